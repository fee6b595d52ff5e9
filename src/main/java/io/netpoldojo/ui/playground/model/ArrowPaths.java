package io.netpoldojo.ui.playground.model;

import io.netpoldojo.diagram.ArrowRouter;
import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.workspace.Drawings;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the arrows between a workspace's cards run now, as the canvas routes them (one line per
 * pair of cards: the two directions run side by side), so that a new card can be put off them.
 * A card put on a line hides it, or pushes it into a detour around the card.
 */
final class ArrowPaths {
    /** Each line is walked in this many straight steps: close enough for a card-sized test. */
    private static final int STEPS = 16;

    /** Per line, its segments as x0, y0, x1, y1, and its bounds, to skip most lines at once. */
    private final List<double[]> segments = new ArrayList<>();
    private final List<Box> bounds = new ArrayList<>();

    ArrowPaths(Workspace ws) {
        ArrowRouter router = Drawings.router(ws);
        List<PlacedEndpoint> endpoints = ws.endpoints();
        for (int i = 0; i < endpoints.size(); i++) {
            for (int j = i + 1; j < endpoints.size(); j++) {
                Curve line = router.route(endpoints.get(i).id(), endpoints.get(j).id());
                double[] s = new double[2 * (STEPS + 1)];
                for (int k = 0; k <= STEPS; k++) {
                    s[2 * k] = line.x((double) k / STEPS);
                    s[2 * k + 1] = line.y((double) k / STEPS);
                }
                segments.add(s);
                bounds.add(line.bounds());
            }
        }
    }

    /** How many lines run through the box. */
    int crossing(Box box) {
        int n = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (bounds.get(i).overlaps(box) && crosses(segments.get(i), box)) {
                n++;
            }
        }
        return n;
    }

    private static boolean crosses(double[] s, Box box) {
        for (int k = 2; k < s.length; k += 2) {
            if (box.crossedBy(s[k - 2], s[k - 1], s[k], s[k + 1])) {
                return true;
            }
        }
        return false;
    }
}
