package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tidy, deterministic arrangement: outside endpoints in a column on the left (where traffic
 * usually comes from), namespaces as zones in rows to the right, pods in a grid inside each zone.
 */
public final class AutoLayout {
    public static final double GRID = 20;
    static final double POD_SPACING_X = 160;
    static final double POD_SPACING_Y = 120;
    static final double ZONE_PADDING = 70;
    static final double ZONE_GAP = 60;
    static final double LEFT_COLUMN = 180;
    static final double MAX_ROW_WIDTH = 1500;

    private AutoLayout() {}

    public static Workspace arrange(Workspace ws) {
        Map<String, List<PlacedEndpoint>> podsByNamespace = new LinkedHashMap<>();
        for (NamespaceZone z : ws.namespaces()) {
            podsByNamespace.put(z.name(), new ArrayList<>());
        }
        List<PlacedEndpoint> externals = new ArrayList<>();
        for (PlacedEndpoint e : ws.endpoints()) {
            if (e.endpoint() instanceof Pod pod) {
                podsByNamespace.computeIfAbsent(pod.namespace(), k -> new ArrayList<>()).add(e);
            } else {
                externals.add(e);
            }
        }
        List<PlacedEndpoint> placed = new ArrayList<>();
        Workspace out = ws;
        double x = LEFT_COLUMN + ZONE_GAP;
        double y = 40;
        double rowHeight = 0;
        for (Map.Entry<String, List<PlacedEndpoint>> entry : podsByNamespace.entrySet()) {
            List<PlacedEndpoint> pods = entry.getValue();
            int columns = Math.max(2, (int) Math.ceil(Math.sqrt(pods.size())));
            int rows = Math.max(1, (int) Math.ceil(pods.size() / (double) columns));
            double width = columns * POD_SPACING_X + ZONE_PADDING / 2;
            double height = rows * POD_SPACING_Y + ZONE_PADDING;
            if (x + width > MAX_ROW_WIDTH && x > LEFT_COLUMN + ZONE_GAP) {
                x = LEFT_COLUMN + ZONE_GAP;
                y += rowHeight + ZONE_GAP;
                rowHeight = 0;
            }
            Rect rect = new Rect(x, y, width, height);
            NamespaceZone zone = out.zone(entry.getKey())
                    .map(z -> new NamespaceZone(z.namespace(), rect))
                    .orElseGet(() -> new NamespaceZone(io.netpoldojo.engine.model.Namespace.named(entry.getKey()), rect));
            out = out.withZone(zone);
            for (int i = 0; i < pods.size(); i++) {
                double px = x + POD_SPACING_X / 2 + 10 + (i % columns) * POD_SPACING_X;
                double py = y + ZONE_PADDING / 2 + 30 + (i / columns) * POD_SPACING_Y;
                placed.add(pods.get(i).at(new Point(px, py).snapped(GRID)));
            }
            x += width + ZONE_GAP;
            rowHeight = Math.max(rowHeight, height);
        }
        for (int i = 0; i < externals.size(); i++) {
            placed.add(externals.get(i).at(new Point(LEFT_COLUMN / 2 + 20, 120 + i * 140).snapped(GRID)));
        }
        // Keep the original order of endpoints: it is the order of the file and of the matrix.
        List<PlacedEndpoint> ordered = new ArrayList<>();
        for (PlacedEndpoint e : ws.endpoints()) {
            placed.stream().filter(p -> p.id().equals(e.id())).findFirst().ifPresent(ordered::add);
        }
        return out.withEndpoints(ordered);
    }
}
