package io.netpoldojo.ui.playground.raster;

import static io.netpoldojo.ui.playground.raster.ArrowRaster.CAP_END;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.CAP_START;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.FIELDS;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.SMALL_DOT;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.TILE;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.TILE_SHIFT;

import io.netpoldojo.ui.playground.raster.ArrowRaster.PixelPen;
import io.netpoldojo.ui.playground.raster.RasterPicture.Cap;
import java.util.Arrays;

/**
 * Paints the strokes of a raster within one tile: each straight piece of a dash or line, with its
 * caps, a small dot as the square of its area, and the pieces of one dash merged (each pixel takes
 * the most any piece covers it) before they are laid, so no seam shows. Colour is laid by
 * {@link TilePixels}.
 */
final class StrokePainter {
    private final TilePixels pixels;
    private final int width;
    /** The items' numbers, {@link ArrowRaster#FIELDS} per item, and their caps. */
    private final double[] numbers;
    private final int[] caps;

    StrokePainter(TilePixels pixels, int width, double[] numbers, int[] caps) {
        this.pixels = pixels;
        this.width = width;
        this.numbers = numbers;
        this.caps = caps;
    }

    /**
     * Paints piece {@code i} within the pixels [x0, x1) by [y0, y1), or, given {@code merged}, keeps
     * the most each pixel of the tile is covered there. Its ends are capped when they are the
     * dash's, flat when they are joints inside it. Each pixel is covered as much as its square
     * overlaps the stroke across and along.
     */
    void paintPiece(int i, PixelPen p, int x0, int y0, int x1, int y1, Merge merged) {
        int k = i * FIELDS;
        double ax = numbers[k];
        double ay = numbers[k + 1];
        double dx = numbers[k + 2];
        double dy = numbers[k + 3];
        double length = numbers[k + 4];
        boolean capStart = (caps[i] & CAP_START) != 0;
        boolean capEnd = (caps[i] & CAP_END) != 0;
        double hw = p.halfWidth();
        Cap cap = p.cap();
        if (cap == Cap.ROUND && capStart && capEnd && 2 * hw + length <= SMALL_DOT) {
            paintDot(ax + dx * length / 2, ay + dy * length / 2, Math.sqrt(Math.PI * hw * hw + 2 * hw * length), p,
                    x0, y0, x1, y1);
            return;
        }
        boolean roundStart = capStart && cap == Cap.ROUND;
        boolean roundEnd = capEnd && cap == Cap.ROUND;
        // Inside a dash the pieces reach a little past their joint; each pixel takes the most any
        // piece covers it, so the overlap fills the joint without laying ink twice.
        double joint = 0.5 + 0.1 * hw;
        double extStart = !capStart ? joint : cap != Cap.BUTT ? hw : 0;
        double extEnd = !capEnd ? joint : cap != Cap.BUTT ? hw : 0;
        // Along the piece, flat ends stop the stroke; a round end leaves it to the round cap.
        double lo = roundStart ? Double.NEGATIVE_INFINITY : -extStart;
        double hi = roundEnd ? Double.POSITIVE_INFINITY : length + extEnd;
        double nx = -dy;
        double ny = dx;
        double reachAcross = hw + 0.5;
        double reachBefore = extStart + 0.5;
        double reachAfter = length + extEnd + 0.5;
        double bx = ax + dx * length;
        double by = ay + dy * length;
        // The rows whose pixel centres lie within half a pixel of the stroke's outline.
        double across = hw * Math.abs(ny) + 0.5;
        int rowFrom = Math.max(y0, (int) Math.floor(Math.min(ay - dy * extStart, by + dy * extEnd) - across));
        int rowTo = Math.min(y1 - 1, (int) Math.ceil(Math.max(ay - dy * extStart, by + dy * extEnd) + across) - 1);
        boolean steep = Math.abs(nx) > 1e-12;
        boolean sideways = Math.abs(dx) > 1e-12;
        double perNx = steep ? 1 / nx : 0;
        double perDx = sideways ? 1 / dx : 0;
        for (int row = rowFrom; row <= rowTo; row++) {
            double oy = row + 0.5 - ay;
            // The pixel centres of this row within reach across the piece, and along it.
            double xFrom = x0 + 0.5;
            double xTo = x1 - 0.5;
            if (steep) {
                double c1 = (-reachAcross - oy * ny) * perNx;
                double c2 = (reachAcross - oy * ny) * perNx;
                xFrom = Math.max(xFrom, ax + Math.min(c1, c2));
                xTo = Math.min(xTo, ax + Math.max(c1, c2));
            } else if (Math.abs(oy * ny) >= reachAcross) {
                continue;
            }
            if (sideways) {
                double c1 = (-reachBefore - oy * dy) * perDx;
                double c2 = (reachAfter - oy * dy) * perDx;
                xFrom = Math.max(xFrom, ax + Math.min(c1, c2));
                xTo = Math.min(xTo, ax + Math.max(c1, c2));
            } else {
                double along = oy * dy;
                if (along <= -reachBefore || along >= reachAfter) {
                    continue;
                }
            }
            int colFrom = (int) Math.ceil(xFrom - 0.5);
            int colTo = (int) Math.floor(xTo - 0.5);
            if (merged != null && colFrom <= colTo) {
                merged.span(row - y0, colFrom - x0, colTo - x0);
            }
            int rowStart = row * width;
            for (int col = colFrom; col <= colTo; col++) {
                double ox = col + 0.5 - ax;
                double u = ox * dx + oy * dy;
                double coverage;
                if (u < 0 && roundStart) {
                    coverage = roundCoverage(Math.sqrt(ox * ox + oy * oy), hw);
                } else if (u > length && roundEnd) {
                    double ex = col + 0.5 - bx;
                    double ey = row + 0.5 - by;
                    coverage = roundCoverage(Math.sqrt(ex * ex + ey * ey), hw);
                } else {
                    double v = ox * nx + oy * ny;
                    coverage = overlap(v - 0.5, v + 0.5, -hw, hw) * overlap(u - 0.5, u + 0.5, lo, hi);
                }
                if (coverage > 0) {
                    if (merged == null) {
                        pixels.blend(rowStart + col, coverage * p.alpha(), p.red(), p.green(), p.blue());
                    } else {
                        merged.keep(row - y0, col - x0, coverage);
                    }
                }
            }
        }
    }


    /**
     * A small round dot, as the square of its area (side {@code side}) centred on (cx, cy); a dot
     * is always a dash of one piece, so it is laid straight away.
     */
    private void paintDot(double cx, double cy, double side, PixelPen p, int x0, int y0, int x1, int y1) {
        double h = side / 2;
        int colFrom = Math.max(x0, (int) Math.floor(cx - h));
        int colTo = Math.min(x1 - 1, (int) Math.floor(cx + h));
        int rowFrom = Math.max(y0, (int) Math.floor(cy - h));
        int rowTo = Math.min(y1 - 1, (int) Math.floor(cy + h));
        for (int row = rowFrom; row <= rowTo; row++) {
            double across = overlap(row, row + 1, cy - h, cy + h);
            for (int col = colFrom; col <= colTo; col++) {
                double coverage = across * overlap(col, col + 1, cx - h, cx + h);
                if (coverage > 0) {
                    pixels.blend(row * width + col, coverage * p.alpha(), p.red(), p.green(), p.blue());
                }
            }
        }
    }


    /** The coverage of one dash's pieces within a tile, and the columns they touched in each row. */
    static final class Merge {
        final float[] cover = new float[TILE * TILE];
        final int[] rowFrom = new int[TILE];
        final int[] rowTo = new int[TILE];
        int minRow = TILE;
        int maxRow = -1;

        Merge() {
            Arrays.fill(rowFrom, TILE);
            Arrays.fill(rowTo, -1);
        }

        /** Columns {@code from} to {@code to} of a row (within the tile) are about to be kept. */
        void span(int row, int from, int to) {
            minRow = Math.min(minRow, row);
            maxRow = Math.max(maxRow, row);
            rowFrom[row] = Math.min(rowFrom[row], from);
            rowTo[row] = Math.max(rowTo[row], to);
        }

        void keep(int row, int col, double coverage) {
            int at = (row << TILE_SHIFT) + col;
            if (coverage > cover[at]) {
                cover[at] = (float) coverage;
            }
        }
    }


    /** Lays a tile's merged coverage in the pen's colour, and clears it for the next dash. */
    void layMerged(Merge merged, PixelPen p, int x0, int y0) {
        for (int r = merged.minRow; r <= merged.maxRow; r++) {
            for (int c = merged.rowFrom[r]; c <= merged.rowTo[r]; c++) {
                int at = (r << TILE_SHIFT) + c;
                float coverage = merged.cover[at];
                if (coverage > 0) {
                    pixels.blend((y0 + r) * width + x0 + c, coverage * p.alpha(), p.red(), p.green(), p.blue());
                    merged.cover[at] = 0;
                }
            }
            merged.rowFrom[r] = TILE;
            merged.rowTo[r] = -1;
        }
        merged.minRow = TILE;
        merged.maxRow = -1;
    }


    /**
     * How much of [a0, a1] (one pixel wide) lies in [b0, b1]. Comparisons, not Math.min and max:
     * this runs for every pixel, and those also sort out NaN and -0, which cannot occur here.
     */
    private static double overlap(double a0, double a1, double b0, double b1) {
        double d = (a1 < b1 ? a1 : b1) - (a0 > b0 ? a0 : b0);
        return d > 0 ? d : 0;
    }

    /** A pixel whose centre is {@code distance} from a round cap's centre. */
    private static double roundCoverage(double distance, double hw) {
        double c = hw + 0.5 - distance;
        return (c <= 0 ? 0 : c >= 1 ? 1 : c) * Math.min(1, 2 * hw);
    }

}
