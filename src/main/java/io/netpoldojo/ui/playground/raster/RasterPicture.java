package io.netpoldojo.ui.playground.raster;

import java.util.ArrayList;
import java.util.List;

/**
 * What to paint on an {@link ArrowRaster}, in order: recorded on the JavaFX thread, painted on
 * another. It holds plain numbers, pens that keep their own copy of their dashes, and sprites
 * nobody writes to, so nothing in it changes once it is recorded, whatever happens to the arrows
 * it was recorded from.
 */
public final class RasterPicture {
    /** How a stroke ends, as {@code StrokeLineCap} says. */
    public enum Cap { BUTT, SQUARE, ROUND }

    /**
     * How a curve is stroked: its colour (0xRRGGBB), opacity (0 to 1), width and dash pattern in
     * drawing units, where the pattern starts, and how each dash ends. As JavaFX's canvas does, a
     * pattern that is empty, all zeros, or holds a negative or endless length draws a solid line.
     */
    public record Pen(int rgb, double alpha, double width, Cap cap, double[] dashes, double dashOffset) {
        public Pen {
            dashes = isPattern(dashes) ? dashes.clone() : new double[0];
            dashOffset = Double.isFinite(dashOffset) ? dashOffset : 0;
        }

        private static boolean isPattern(double[] dashes) {
            double sum = 0;
            for (double d : dashes) {
                if (!(d >= 0) || !Double.isFinite(d)) {
                    return false;
                }
                sum += d;
            }
            return sum > 0;
        }

        /** Whether the pen leaves anything: some width and opacity. */
        boolean marks() {
            return alpha > 0 && width > 0 && Double.isFinite(width);
        }
    }

    /**
     * A small image, such as a letter, in premultiplied ARGB pixels at the raster's scale;
     * {@code originX}/{@code originY} are where, within it, the point it is stamped at falls
     * (negated: the image's top-left is at the point plus these).
     */
    public record Sprite(int[] pixels, int width, int height, int originX, int originY) {}

    /** One thing to paint. */
    public sealed interface Op permits Cubic, Triangle, Stamp {}

    /** A cubic curve from (x0, y0), pulled towards (c1x, c1y) and (c2x, c2y), to (x1, y1). */
    public record Cubic(Pen pen, double x0, double y0, double c1x, double c1y, double c2x, double c2y, double x1,
                        double y1) implements Op {}

    /** A filled triangle of one colour (0xRRGGBB) at an opacity. */
    public record Triangle(int rgb, double alpha, double x0, double y0, double x1, double y1, double x2, double y2)
            implements Op {}

    /** A sprite at a point, at an opacity. */
    public record Stamp(Sprite sprite, double alpha, double x, double y) implements Op {}

    private final List<Op> ops = new ArrayList<>();

    /** A quadratic curve from (x0, y0) bending towards (cx, cy) to (x1, y1), as the cubic that draws it exactly. */
    public void strokeQuad(Pen pen, double x0, double y0, double cx, double cy, double x1, double y1) {
        strokeCubic(pen, x0, y0, x0 + 2.0 / 3 * (cx - x0), y0 + 2.0 / 3 * (cy - y0), x1 + 2.0 / 3 * (cx - x1),
                y1 + 2.0 / 3 * (cy - y1), x1, y1);
    }

    public void strokeCubic(Pen pen, double x0, double y0, double c1x, double c1y, double c2x, double c2y, double x1,
                            double y1) {
        if (pen.marks()) {
            ops.add(new Cubic(pen, x0, y0, c1x, c1y, c2x, c2y, x1, y1));
        }
    }

    public void fillTriangle(int rgb, double alpha, double x0, double y0, double x1, double y1, double x2, double y2) {
        if (alpha > 0) {
            ops.add(new Triangle(rgb, alpha, x0, y0, x1, y1, x2, y2));
        }
    }

    public void stamp(Sprite sprite, double alpha, double x, double y) {
        if (alpha > 0 && sprite.width() > 0 && sprite.height() > 0) {
            ops.add(new Stamp(sprite, alpha, x, y));
        }
    }

    public List<Op> ops() {
        return ops;
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }
}
