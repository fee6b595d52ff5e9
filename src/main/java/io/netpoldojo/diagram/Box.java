package io.netpoldojo.diagram;

/** An axis-aligned box of a drawing, in pixels at 100%: a card, a zone, a label. */
public record Box(double x, double y, double width, double height) {
    public static Box centredOn(double cx, double cy, double width, double height) {
        return new Box(cx - width / 2, cy - height / 2, width, height);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** This box grown by {@code d} on every side (shrunk when negative). */
    public Box inflate(double d) {
        return new Box(x - d, y - d, width + 2 * d, height + 2 * d);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** Whether the boxes share any area (touching edges do not count). */
    public boolean overlaps(Box o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    /** The gap between two boxes: 0 when they touch or overlap, else the shortest distance between them. */
    public double gap(Box o) {
        double dx = Math.max(0, Math.max(o.x - maxX(), x - o.maxX()));
        double dy = Math.max(0, Math.max(o.y - maxY(), y - o.maxY()));
        return Math.hypot(dx, dy);
    }

    /** The smallest box holding both. */
    public Box union(Box o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Box(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
    }

    /** Whether the segment from (x0, y0) to (x1, y1) passes through the box. */
    public boolean crossedBy(double x0, double y0, double x1, double y1) {
        return crosses(x, y, maxX(), maxY(), x0, y0, x1, y1);
    }

    /**
     * Whether the segment from (x0, y0) to (x1, y1) runs inside the box from (minX, minY) to
     * (maxX, maxY): {@link #clip}'s answer, to the last bit, without making its arrays (the arrow
     * router asks this millions of times on a drag frame).
     */
    public static boolean crosses(double minX, double minY, double maxX, double maxY, double x0, double y0,
                                  double x1, double y1) {
        if (Math.max(x0, x1) < minX || Math.min(x0, x1) > maxX || Math.max(y0, y1) < minY
                || Math.min(y0, y1) > maxY) {
            return false;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        // Liang-Barsky, as clip does it, one edge at a time.
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            double p = i == 0 ? -dx : i == 1 ? dx : i == 2 ? -dy : dy;
            double q = i == 0 ? x0 - minX : i == 1 ? maxX - x0 : i == 2 ? y0 - minY : maxY - y0;
            if (p == 0) {
                if (q < 0) {
                    return false;
                }
            } else if (p < 0) {
                t0 = Math.max(t0, q / p);
            } else {
                t1 = Math.min(t1, q / p);
            }
        }
        return t0 < t1;
    }

    /**
     * Where the segment from (x0, y0) to (x1, y1) runs inside the box, as {from, to} fractions of
     * its length (Liang-Barsky clipping); null when it does not pass through.
     */
    public double[] clip(double x0, double y0, double x1, double y1) {
        // A segment wholly to one side of the box cannot run inside it: four comparisons answer
        // nearly every call of the arrow router, which tests each short step of a curve against
        // each card near it (a drag frame on a 50-pod canvas makes millions of these calls).
        if (Math.max(x0, x1) < x || Math.min(x0, x1) > maxX() || Math.max(y0, y1) < y || Math.min(y0, y1) > maxY()) {
            return null;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - x, maxX() - x0, y0 - y, maxY() - y0};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1 ? new double[] {t0, t1} : null;
    }
}
