package io.netpoldojo.ui.learn;

import io.netpoldojo.engine.model.External;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Arranges a scenario for a lesson's column. The Playground lays scenarios out for a wide canvas
 * (zones in long rows, room on the left for outside endpoints); squeezed into a column that
 * drawing would be zoomed down until pod names are unreadable. Here each namespace zone moves
 * whole, with its pods as they were, into rows no wider than the column; outside endpoints
 * get a column on the left only when there are any.
 */
final class ColumnLayout {
    static final double MARGIN = 24;
    static final double GAP = 40;
    /** An endpoint's box on the canvas (the Playground draws them 158 x 66). */
    static final double ENDPOINT_WIDTH = 158;
    static final double ENDPOINT_HEIGHT = 66;

    private ColumnLayout() {}

    /** The workspace with its zones flowed into rows of at most {@code width}, and its drawing's size. */
    record Arranged(Workspace workspace, double width, double height) {}

    /**
     * Flows the zones into rows of at most {@code width}; a drawing narrower than
     * {@code minWidth} is moved to the middle of that width, so a small cluster is not
     * pushed into a corner of its frame.
     */
    static Arranged fit(Workspace ws, double width, double minWidth) {
        Arranged arranged = fit(ws, width);
        if (arranged.width() >= minWidth) {
            return arranged;
        }
        double dx = (minWidth - arranged.width()) / 2;
        Workspace out = arranged.workspace();
        for (NamespaceZone zone : out.namespaces()) {
            out = out.moveZone(zone.name(), dx, 0);
        }
        out = out.withEndpoints(out.endpoints().stream()
                .map(e -> e.endpoint() instanceof External ? e.at(e.at().plus(dx, 0)) : e).toList());
        return new Arranged(out, minWidth, arranged.height());
    }

    static Arranged fit(Workspace ws, double width) {
        List<PlacedEndpoint> externals = ws.endpoints().stream().filter(e -> e.endpoint() instanceof External).toList();
        double left = externals.isEmpty() ? MARGIN : MARGIN + ENDPOINT_WIDTH + GAP;
        // The zones in the order a reader meets them in the original drawing: by row, then left to right.
        List<NamespaceZone> zones = new ArrayList<>(ws.namespaces());
        zones.sort(Comparator.comparingDouble((NamespaceZone z) -> z.rect().y()).thenComparingDouble(z -> z.rect().x()));
        Workspace out = ws;
        double x = left;
        double y = MARGIN;
        double rowHeight = 0;
        double right = left;
        for (NamespaceZone zone : zones) {
            Rect r = zone.rect();
            if (x + r.width() > width - MARGIN && x > left) {
                x = left;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            out = out.moveZone(zone.name(), x - r.x(), y - r.y());
            x += r.width() + GAP;
            right = Math.max(right, x - GAP);
            rowHeight = Math.max(rowHeight, r.height());
        }
        double bottom = zones.isEmpty() ? MARGIN : y + rowHeight;
        List<PlacedEndpoint> placed = new ArrayList<>();
        int next = 0;
        for (PlacedEndpoint e : out.endpoints()) {
            if (e.endpoint() instanceof External) {
                Point at = new Point(MARGIN + ENDPOINT_WIDTH / 2,
                        MARGIN + ENDPOINT_HEIGHT / 2 + next * (ENDPOINT_HEIGHT + GAP));
                bottom = Math.max(bottom, at.y() + ENDPOINT_HEIGHT / 2);
                right = Math.max(right, MARGIN + ENDPOINT_WIDTH);
                placed.add(e.at(at));
                next++;
            } else {
                placed.add(e);
            }
        }
        return new Arranged(out.withEndpoints(placed), right + MARGIN, bottom + MARGIN);
    }
}
