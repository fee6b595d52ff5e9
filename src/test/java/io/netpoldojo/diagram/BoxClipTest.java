package io.netpoldojo.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Box#clip}: where a segment runs inside a box. Its quick answer for a segment wholly to one
 * side must never differ from the full Liang-Barsky clipping, on edges and corners too.
 */
class BoxClipTest {
    private static final Box BOX = new Box(10, 20, 30, 40); // x 10..40, y 20..60

    @Test
    void segmentsThroughAlongAndBesideTheBox() {
        assertArrayEquals(new double[] {0.2, 0.8}, BOX.clip(0, 40, 50, 40), 1e-12, "straight through");
        assertNull(BOX.clip(0, 10, 50, 10), "above it");
        assertNull(BOX.clip(41, 0, 41, 100), "just right of it");
        assertNull(BOX.clip(0, 0, 9.999, 100), "just left of it");
        assertArrayEquals(new double[] {0, 1}, BOX.clip(15, 25, 20, 30), 1e-12, "wholly inside");
        assertArrayEquals(new double[] {0.2, 0.6}, BOX.clip(10, 0, 10, 100), 1e-12,
                "along the left edge: inside, as the clipping counts edges");
        assertNull(BOX.clip(0, 0, 10, 20), "ends on the corner: touches, does not run inside");
    }

    @Test
    void theQuickAnswerAgreesWithTheFullClippingOnRandomSegments() {
        Random random = new Random(24);
        for (int i = 0; i < 200_000; i++) {
            // Small whole numbers hit the edges and corners often; fractions the rest.
            double[] c = new double[4];
            for (int k = 0; k < 4; k++) {
                c[k] = i % 2 == 0 ? random.nextInt(71) - 5 : random.nextDouble() * 80 - 10;
            }
            double[] expected = liangBarsky(BOX, c[0], c[1], c[2], c[3]);
            double[] actual = BOX.clip(c[0], c[1], c[2], c[3]);
            if (expected == null) {
                assertNull(actual, () -> java.util.Arrays.toString(c));
            } else {
                assertArrayEquals(expected, actual, () -> java.util.Arrays.toString(c));
            }
            assertEquals(expected != null, BOX.crossedBy(c[0], c[1], c[2], c[3]));
        }
    }

    /** The clipping as it was before the quick answer: the reference. */
    private static double[] liangBarsky(Box b, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - b.x(), b.maxX() - x0, y0 - b.y(), b.maxY() - y0};
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
