package io.netpoldojo.diagram;

import java.util.Locale;

/**
 * The line of an arrow: a cubic Bézier curve from a start point, pulled towards two control
 * points, to an end point, in pixels of the drawing. Every arrow of every diagram is one of
 * these, so the canvas, the SVG and the PNG draw the same line.
 */
public record Curve(double sx, double sy, double c1x, double c1y, double c2x, double c2y, double ex, double ey) {

    /** A quadratic curve (start, one control point, end), which a cubic draws exactly. */
    public static Curve quadratic(double sx, double sy, double cx, double cy, double ex, double ey) {
        return new Curve(sx, sy, sx + 2.0 / 3 * (cx - sx), sy + 2.0 / 3 * (cy - sy),
                ex + 2.0 / 3 * (cx - ex), ey + 2.0 / 3 * (cy - ey), ex, ey);
    }

    /** A straight line, as a curve. */
    public static Curve straight(double sx, double sy, double ex, double ey) {
        return new Curve(sx, sy, sx + (ex - sx) / 3, sy + (ey - sy) / 3, sx + 2 * (ex - sx) / 3,
                sy + 2 * (ey - sy) / 3, ex, ey);
    }

    public double x(double t) {
        return at(t, sx, c1x, c2x, ex);
    }

    public double y(double t) {
        return at(t, sy, c1y, c2y, ey);
    }

    /** One coordinate of the point at {@code t} (0 to 1) of a cubic curve. */
    public static double at(double t, double a, double b, double c, double d) {
        double u = 1 - t;
        return u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
    }

    /** The middle of the curve (t = 0.5), where an arrow's marker sits. */
    public double midX() {
        return x(0.5);
    }

    public double midY() {
        return y(0.5);
    }

    /**
     * The direction the curve arrives in at its end, as a unit vector {x, y} (for the head); from
     * the last control point, or the one before when that one sits on the end.
     */
    public double[] endDirection() {
        double dx = ex - c2x;
        double dy = ey - c2y;
        if (Math.hypot(dx, dy) < 1e-6) {
            dx = ex - c1x;
            dy = ey - c1y;
        }
        if (Math.hypot(dx, dy) < 1e-6) {
            dx = ex - sx;
            dy = ey - sy;
        }
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        return new double[] {dx / len, dy / len};
    }

    /** The direction the curve leaves its start in, as a unit vector {x, y}. */
    public double[] startDirection() {
        double[] back = reversed().endDirection();
        return new double[] {-back[0], -back[1]};
    }

    public Curve moved(double dx, double dy) {
        return new Curve(sx + dx, sy + dy, c1x + dx, c1y + dy, c2x + dx, c2y + dy, ex + dx, ey + dy);
    }

    public Curve reversed() {
        return new Curve(ex, ey, c2x, c2y, c1x, c1y, sx, sy);
    }

    /** About how long the curve is: the length of 32 straight pieces along it. */
    public double length() {
        double len = 0;
        double px = sx;
        double py = sy;
        for (int i = 1; i <= 32; i++) {
            double t = i / 32.0;
            double qx = x(t);
            double qy = y(t);
            len += Math.hypot(qx - px, qy - py);
            px = qx;
            py = qy;
        }
        return len;
    }

    /**
     * The curve moved {@code d} pixels to the left of its direction of travel (to the right when
     * negative): its ends along their own directions' normals, which keeps the two arrows of a
     * pair of cards side by side.
     */
    public Curve offset(double d) {
        double[] s = startDirection();
        double[] e = endDirection();
        // Left of (ux, uy) on a screen whose y grows downwards is (uy, -ux).
        double snx = s[1] * d;
        double sny = -s[0] * d;
        double enx = e[1] * d;
        double eny = -e[0] * d;
        return new Curve(sx + snx, sy + sny, c1x + snx, c1y + sny, c2x + enx, c2y + eny, ex + enx, ey + eny);
    }

    /** The box holding the curve (its control points' box, which always holds it). */
    public Box bounds() {
        double minX = Math.min(Math.min(sx, c1x), Math.min(c2x, ex));
        double minY = Math.min(Math.min(sy, c1y), Math.min(c2y, ey));
        double maxX = Math.max(Math.max(sx, c1x), Math.max(c2x, ex));
        double maxY = Math.max(Math.max(sy, c1y), Math.max(c2y, ey));
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    /** The box the line itself reaches (its points, not its control points), for sizing a drawing. */
    public Box extent() {
        double minX = Math.min(sx, ex);
        double minY = Math.min(sy, ey);
        double maxX = Math.max(sx, ex);
        double maxY = Math.max(sy, ey);
        for (int i = 1; i < 64; i++) {
            double t = i / 64.0;
            double px = x(t);
            double py = y(t);
            minX = Math.min(minX, px);
            minY = Math.min(minY, py);
            maxX = Math.max(maxX, px);
            maxY = Math.max(maxY, py);
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    /** The curve as SVG path data in absolute commands: {@code M x y C x y x y x y}. */
    public String svgPath() {
        return String.format(Locale.ROOT, "M%s %s C%s %s %s %s %s %s", num(sx), num(sy), num(c1x), num(c1y),
                num(c2x), num(c2y), num(ex), num(ey));
    }

    /** A coordinate to two decimals, without trailing zeros. */
    static String num(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
    }
}
