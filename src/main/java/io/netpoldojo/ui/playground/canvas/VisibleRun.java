package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Curve;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a point is from what a person sees of an arrow: its runs between the cards. Cards are
 * drawn over arrows, so a stretch of line under a card cannot be pointed at; without this, a click
 * on one arrow's visible run beside a card went to another arrow passing under that card.
 */
final class VisibleRun {
    /** The curve is walked in this many straight steps: well under a pixel at the sizes drawn. */
    private static final int STEPS = 32;

    private VisibleRun() {}

    /**
     * The distance from (x, y) to the nearest point of {@code line} that lies under none of
     * {@code covers}, or {@code Double.MAX_VALUE} when no such point is within {@code within}.
     * Only the cards near the point can hide the nearest stretch, so callers pass just those.
     */
    static double distance(Curve line, double x, double y, double within, List<Box> covers) {
        double[] xs = new double[STEPS + 1];
        double[] ys = new double[STEPS + 1];
        for (int i = 0; i <= STEPS; i++) {
            xs[i] = line.x((double) i / STEPS);
            ys[i] = line.y((double) i / STEPS);
        }
        double nearest = within * within;
        boolean found = false;
        for (int i = 1; i <= STEPS; i++) {
            double dx = xs[i] - xs[i - 1];
            double dy = ys[i] - ys[i - 1];
            for (double[] run : uncovered(xs[i - 1], ys[i - 1], xs[i], ys[i], covers)) {
                double squared = Line2D.ptSegDistSq(xs[i - 1] + run[0] * dx, ys[i - 1] + run[0] * dy,
                        xs[i - 1] + run[1] * dx, ys[i - 1] + run[1] * dy, x, y);
                found |= squared <= nearest;
                nearest = Math.min(nearest, squared);
            }
        }
        return found ? Math.sqrt(nearest) : Double.MAX_VALUE;
    }

    /** The parts of the segment a to b, as [from, to] fractions along it, that no box covers. */
    static List<double[]> uncovered(double ax, double ay, double bx, double by, List<Box> covers) {
        List<double[]> runs = new ArrayList<>();
        runs.add(new double[] {0, 1});
        for (Box box : covers) {
            double[] hidden = box.clip(ax, ay, bx, by);
            if (hidden == null) {
                continue;
            }
            List<double[]> next = new ArrayList<>();
            for (double[] r : runs) {
                if (hidden[0] > r[0]) {
                    next.add(new double[] {r[0], Math.min(r[1], hidden[0])});
                }
                if (hidden[1] < r[1]) {
                    next.add(new double[] {Math.max(r[0], hidden[1]), r[1]});
                }
            }
            runs = next;
            runs.removeIf(r -> r[1] <= r[0]);
        }
        return runs;
    }
}
