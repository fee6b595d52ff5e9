package io.netpoldojo.diagram;

/** Points on the curves arrows are drawn as, shared by the layout, the painters and hit-testing. */
public final class Curves {
    private Curves() {}

    /**
     * One coordinate of the point at {@code t} (0 to 1) along a quadratic curve from {@code a},
     * bending towards {@code c}, to {@code e}.
     */
    public static double quadAt(double t, double a, double c, double e) {
        double u = 1 - t;
        return u * u * a + 2 * u * t * c + t * t * e;
    }
}
