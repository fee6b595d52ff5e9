package io.netpoldojo.workspace;

/** A position on the canvas, in canvas units (pixels at 100% zoom). */
public record Point(double x, double y) {
    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    /** This point moved to the nearest multiple of {@code grid}. */
    public Point snapped(double grid) {
        return new Point(Math.round(x / grid) * grid, Math.round(y / grid) * grid);
    }
}
