package io.netpoldojo.ui.playground.arrows;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;

/**
 * How finely an {@link ArrowLayer} paints: the pixels per drawing unit of its canvases (the zoom,
 * bounded so a canvas stays within {@link #MAX_CANVAS_SIDE}) and of its sheets (the zoom and the
 * screen's scale, bounded by {@link #MAX_SHEET_PIXELS}), the sheets' size, and the part of the
 * drawing the moving sheet covers. Plain numbers, worked out again whenever the arrows are painted.
 */
final class PaintScale {
    /**
     * Canvases larger than this on a side are painted at a lower resolution, to bound memory: a
     * 50-pod drawing is sharp up to a zoom of about 160%.
     */
    private static final double MAX_CANVAS_SIDE = 4096;
    /**
     * Sheets hold two sets of pixels each (one shown, one being painted), so they are kept to
     * 8 million pixels: a 50-pod drawing is sharp up to a zoom of about 180% (90% on a screen
     * of double density).
     */
    private static final double MAX_SHEET_PIXELS = 8_000_000;
    /** Sheet pixels painted around the visible part of the drawing on the moving sheet. */
    private static final double MOVING_MARGIN = 64;

    /** Canvas pixels per drawing unit: the zoom (the canvas itself adds the screen's scale). */
    private double pixelScale = 1;
    /** Sheet pixels per drawing unit: the zoom and the screen's scale. */
    private double sheetScale = 1;
    private int sheetWidth = 1;
    private int sheetHeight = 1;
    /** The screen scale the sheets were sized for. */
    private double outputScale = 1;

    /**
     * Sizes everything for a drawing of {@code w} by {@code h} units at {@code zoom} on a screen of
     * {@code outputScale}; true when the sheets' scale changed (what was stamped at the old one is stale).
     */
    boolean size(double w, double h, double zoom, double outputScale) {
        pixelScale = Math.min(zoom, Math.min(MAX_CANVAS_SIDE / w, MAX_CANVAS_SIDE / h));
        // A canvas paints at the screen's own scale by itself; the sheets are told it.
        this.outputScale = outputScale;
        double sheet = Math.min(pixelScale * outputScale, Math.min(Math.sqrt(MAX_SHEET_PIXELS / (w * h)),
                Math.min(MAX_CANVAS_SIDE / w, MAX_CANVAS_SIDE / h)));
        boolean changed = sheet != sheetScale;
        sheetScale = sheet;
        sheetWidth = (int) Math.ceil(w * sheet);
        sheetHeight = (int) Math.ceil(h * sheet);
        return changed;
    }

    double pixelScale() {
        return pixelScale;
    }

    double sheetScale() {
        return sheetScale;
    }

    int sheetWidth() {
        return sheetWidth;
    }

    int sheetHeight() {
        return sheetHeight;
    }

    double outputScale() {
        return outputScale;
    }

    /**
     * The part of a drawing of {@code w} by {@code h} the moving sheet covers: what is on screen
     * ({@code seen}; null: all of it) and a margin, so that a short scroll shows no bare strip
     * while the next picture is painted; to whole sheet pixels, so that its pixels fall on the
     * still sheet's.
     */
    Rectangle2D movingArea(double w, double h, Bounds seen) {
        double margin = MOVING_MARGIN / sheetScale;
        double minX = seen == null ? 0 : Math.max(0, seen.getMinX() - margin);
        double minY = seen == null ? 0 : Math.max(0, seen.getMinY() - margin);
        double maxX = seen == null ? w : Math.min(w, seen.getMaxX() + margin);
        double maxY = seen == null ? h : Math.min(h, seen.getMaxY() + margin);
        if (maxX <= minX || maxY <= minY) {
            return new Rectangle2D(0, 0, 1 / sheetScale, 1 / sheetScale);
        }
        minX = Math.floor(minX * sheetScale) / sheetScale;
        minY = Math.floor(minY * sheetScale) / sheetScale;
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * A size in sheet pixels, rounded up to a whole tile: the moving sheet's size then stays the
     * same as the drawing scrolls, and its pixels are used again rather than made anew.
     */
    static int roundUp(double pixels) {
        return (int) Math.ceil(pixels / 64) * 64;
    }
}
