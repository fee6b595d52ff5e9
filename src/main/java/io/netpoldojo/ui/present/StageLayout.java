package io.netpoldojo.ui.present;

import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layout for a projector, for scenarios that do not bring their own: the Playground's tidy
 * layout packs cards edge to edge, where arrows between neighbours cannot be seen from the back
 * of a room. Here cards keep room between them for arrows, outside endpoints stand in a column on
 * the left, and zones are arranged (how many per row, how many pod columns each) so the drawing
 * is as large as possible on a stage of the given shape.
 */
final class StageLayout {
    /** The canvas's card size (the Playground's EndpointNode). */
    static final double CARD_WIDTH = 158;
    static final double CARD_HEIGHT = 66;
    /** Centre to centre: a card plus room for an arrow and its marker between neighbours. */
    static final double SPACING_X = 250;
    static final double SPACING_Y = 160;
    private static final double ZONE_SIDE = 36;
    private static final double ZONE_TOP = 48;
    private static final double ZONE_BOTTOM = 28;
    private static final double ZONE_GAP = 56;
    private static final double MARGIN = 24;
    /** A layout this much of the largest possible one is large enough to be chosen for clarity. */
    private static final double CLOSE_ENOUGH = 0.85;
    private static final int MAX_PERMUTED_ZONES = 5;
    /** Average widths of a character of a zone's title (bold) and of its labels, on the canvas. */
    private static final double TITLE_CHAR = 9.6;
    private static final double LABEL_CHAR = 7.8;

    private StageLayout() {}

    /**
     * @param arrows the pairs the canvas draws arrows between, {@code {fromId, toId}}
     * @param aspect the stage's canvas width over its height
     */
    static Workspace arrange(Workspace ws, List<String[]> arrows, double aspect) {
        Map<String, List<PlacedEndpoint>> pods = new LinkedHashMap<>();
        ws.namespaces().forEach(z -> pods.put(z.name(), new ArrayList<>()));
        List<PlacedEndpoint> externals = new ArrayList<>();
        for (PlacedEndpoint e : ws.endpoints()) {
            if (e.endpoint() instanceof Pod p) {
                pods.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(e);
            } else {
                externals.add(e);
            }
        }
        int mostPods = pods.values().stream().mapToInt(List::size).max().orElse(1);
        Map<String, Double> headerWidth = new HashMap<>();
        ws.namespaces().forEach(z -> headerWidth.put(z.name(), headerWidth(z)));
        List<Plan> plans = new ArrayList<>();
        for (List<String> order : orders(new ArrayList<>(pods.keySet()))) {
            Map<String, List<PlacedEndpoint>> ordered = new LinkedHashMap<>();
            order.forEach(name -> ordered.put(name, pods.get(name)));
            for (int columns = 1; columns <= Math.max(1, mostPods); columns++) {
                for (int perRow = 1; perRow <= Math.max(1, pods.size()); perRow++) {
                    plans.add(new Plan(ordered, headerWidth, externals, columns, perRow));
                }
            }
        }
        double largest = plans.stream().mapToDouble(p -> p.scale(aspect)).max().orElse(0);
        // Nearly as large, with the fewest arrows drawn through a card (the eye loses those).
        Plan best = plans.stream().filter(p -> p.scale(aspect) >= CLOSE_ENOUGH * largest)
                .min(Comparator.comparingInt((Plan p) -> p.crossings(arrows))
                        .thenComparing(p -> -p.scale(aspect)))
                .orElse(null);
        return best == null ? ws : best.apply(ws);
    }

    /**
     * About how wide a zone's header is ("namespace: NAME  key=value"), so its zone is never
     * narrower: the zone's title in bold and its labels at the canvas's type size.
     */
    private static double headerWidth(NamespaceZone z) {
        String labels = z.namespace().labels().without(Namespace.NAME_LABEL).toString();
        return 44 + ("namespace: " + z.name()).length() * TITLE_CHAR + (labels.isEmpty() ? 0 : 8 + labels.length() * LABEL_CHAR);
    }

    /** Every order of the zones while there are few; beyond that, the file's order only. */
    private static List<List<String>> orders(List<String> names) {
        if (names.size() > MAX_PERMUTED_ZONES) {
            return List.of(names);
        }
        List<List<String>> out = new ArrayList<>();
        permute(new ArrayList<>(), names, out);
        return out;
    }

    private static void permute(List<String> prefix, List<String> rest, List<List<String>> out) {
        if (rest.isEmpty()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < rest.size(); i++) {
            List<String> remaining = new ArrayList<>(rest);
            prefix.add(remaining.remove(i));
            permute(prefix, remaining, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** Zones flowed {@code perRow} to a row (centred in it), pods in at most {@code columns} columns per zone. */
    private static final class Plan {
        private final Map<String, Rect> zones = new LinkedHashMap<>();
        private final Map<String, Point> at = new HashMap<>();
        private double width;
        private double height;

        Plan(Map<String, List<PlacedEndpoint>> pods, Map<String, Double> headerWidth, List<PlacedEndpoint> externals,
             int columns, int perRow) {
            double left = MARGIN + (externals.isEmpty() ? 0 : CARD_WIDTH + ZONE_GAP);
            List<List<String>> rows = new ArrayList<>();
            for (String name : pods.keySet()) {
                if (rows.isEmpty() || rows.get(rows.size() - 1).size() == perRow) {
                    rows.add(new ArrayList<>());
                }
                rows.get(rows.size() - 1).add(name);
            }
            double y = MARGIN;
            for (List<String> row : rows) {
                Map<String, double[]> sizes = new LinkedHashMap<>();
                for (String name : row) {
                    int n = Math.max(1, pods.get(name).size());
                    int c = Math.min(columns, n);
                    int r = (int) Math.ceil(n / (double) c);
                    sizes.put(name, new double[] {Math.max(headerWidth.get(name), 2 * ZONE_SIDE + CARD_WIDTH + (c - 1) * SPACING_X),
                            ZONE_TOP + CARD_HEIGHT + (r - 1) * SPACING_Y + ZONE_BOTTOM, c});
                }
                double rowHeight = sizes.values().stream().mapToDouble(v -> v[1]).max().orElse(0);
                double x = left;
                for (String name : row) {
                    double[] size = sizes.get(name);
                    Rect zone = new Rect(x, y + (rowHeight - size[1]) / 2, size[0], size[1]);
                    zones.put(name, zone);
                    List<PlacedEndpoint> list = pods.get(name);
                    int c = (int) size[2];
                    for (int i = 0; i < list.size(); i++) {
                        at.put(list.get(i).id(), new Point(zone.x() + ZONE_SIDE + CARD_WIDTH / 2 + (i % c) * SPACING_X,
                                zone.y() + ZONE_TOP + CARD_HEIGHT / 2 + (i / c) * SPACING_Y));
                    }
                    x += size[0] + ZONE_GAP;
                }
                width = Math.max(width, x - ZONE_GAP + MARGIN);
                y += rowHeight + ZONE_GAP;
            }
            height = Math.max(2 * MARGIN, y - ZONE_GAP + MARGIN);
            // Outside endpoints face the first row of zones, centred on it: traffic comes in from the left.
            double firstRowMiddle = zones.values().stream().filter(r -> r.y() <= MARGIN + 1e-9 || rows.size() == 1)
                    .mapToDouble(r -> r.y() + r.height() / 2).max().orElse(MARGIN + CARD_HEIGHT / 2);
            double top = Math.max(MARGIN + CARD_HEIGHT / 2, firstRowMiddle - (externals.size() - 1) * SPACING_Y / 2);
            for (int i = 0; i < externals.size(); i++) {
                at.put(externals.get(i).id(), new Point(MARGIN + CARD_WIDTH / 2, top + i * SPACING_Y));
                height = Math.max(height, top + i * SPACING_Y + CARD_HEIGHT / 2 + MARGIN);
            }
            width = Math.max(width, left);
        }

        /** How large the drawing can be shown on a stage of this shape (relative; larger is better). */
        double scale(double aspect) {
            return Math.min(aspect / width, 1 / height);
        }

        /** How many times an arrow, drawn straight from card to card, runs through a third card. */
        int crossings(List<String[]> arrows) {
            int n = 0;
            for (String[] a : arrows) {
                Point from = at.get(a[0]);
                Point to = at.get(a[1]);
                if (from == null || to == null) {
                    continue;
                }
                for (Map.Entry<String, Point> card : at.entrySet()) {
                    if (!card.getKey().equals(a[0]) && !card.getKey().equals(a[1])
                            && throughCard(from, to, card.getValue())) {
                        n++;
                    }
                }
            }
            return n;
        }

        /** Whether the segment passes through the card centred on {@code c} (Liang-Barsky clipping). */
        private static boolean throughCard(Point from, Point to, Point c) {
            double[] p = {-(to.x() - from.x()), to.x() - from.x(), -(to.y() - from.y()), to.y() - from.y()};
            double[] q = {from.x() - (c.x() - CARD_WIDTH / 2), (c.x() + CARD_WIDTH / 2) - from.x(),
                    from.y() - (c.y() - CARD_HEIGHT / 2), (c.y() + CARD_HEIGHT / 2) - from.y()};
            double t0 = 0;
            double t1 = 1;
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) {
                        return false;
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
            return t0 < t1;
        }

        Workspace apply(Workspace ws) {
            List<NamespaceZone> newZones = ws.namespaces().stream()
                    .map(z -> new NamespaceZone(z.namespace(), zones.getOrDefault(z.name(), z.rect()))).toList();
            List<PlacedEndpoint> placed = ws.endpoints().stream().map(e -> e.at(at.getOrDefault(e.id(), e.at()))).toList();
            return new Workspace(newZones, placed, ws.policies());
        }
    }
}
