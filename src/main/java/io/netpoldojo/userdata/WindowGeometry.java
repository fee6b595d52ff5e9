package io.netpoldojo.userdata;

/**
 * Where the main window was and how big, in screen coordinates. The bounds are the window's
 * normal (not maximized) bounds, so un-maximizing after a restart goes back to them.
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    public WindowGeometry {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("window position must be finite: " + x + ", " + y);
        }
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("window size must be positive: " + width + " x " + height);
        }
    }

    public WindowGeometry withMaximized(boolean value) {
        return new WindowGeometry(x, y, width, height, value);
    }
}
