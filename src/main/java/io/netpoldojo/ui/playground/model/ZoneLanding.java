package io.netpoldojo.ui.playground.model;

import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.Workspace;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a pod dropped outside every namespace zone lands, so that it is drawn inside the zone of
 * the namespace it belongs to: a new pod joins the nearest zone, a moved pod goes back into its
 * own, and a namespace with no zone gets one around the pod. Before this, such a pod silently
 * joined {@code default} while drawn outside it.
 */
public final class ZoneLanding {
    /** Half a pod card (its position is the card's centre) plus a little room, and a zone's header. */
    static final double HALF_WIDTH = 79 + 12;
    static final double HALF_HEIGHT = 33 + 12;
    static final double HEADER = 30;

    /** Where the pod goes: its namespace, its centre, and the zone to add when its namespace had none. */
    public record Landing(String namespace, Point at, Optional<NamespaceZone> newZone) {
        public Workspace withZone(Workspace ws) {
            return newZone.map(ws::withZone).orElse(ws);
        }
    }

    private ZoneLanding() {
    }

    /** A new pod dropped at {@code p}: the zone under it, else the nearest zone, else a new "default". */
    public static Landing forNewPod(Workspace ws, Point p) {
        Optional<NamespaceZone> under = ws.zoneAt(p);
        if (under.isPresent()) {
            return new Landing(under.get().name(), p, Optional.empty());
        }
        return ws.namespaces().stream().min(Comparator.comparingDouble(z -> distance(z.rect(), p)))
                .map(z -> new Landing(z.name(), inside(z.rect(), p), Optional.empty()))
                .orElseGet(() -> around("default", p));
    }

    /**
     * A pod of {@code namespace} moved to {@code p}: a zone under it decides (moving it there), else
     * it goes back inside its own zone, which is made when there is none.
     */
    public static Landing forMovedPod(Workspace ws, String namespace, Point p) {
        Optional<NamespaceZone> under = ws.zoneAt(p);
        if (under.isPresent()) {
            return new Landing(under.get().name(), p, Optional.empty());
        }
        return ws.zone(namespace).map(z -> new Landing(namespace, inside(z.rect(), p), Optional.empty()))
                .orElseGet(() -> around(namespace, p));
    }

    private static Landing around(String namespace, Point p) {
        Rect r = new Rect(p.x() - HALF_WIDTH - 20, p.y() - HALF_HEIGHT - HEADER - 10,
                2 * HALF_WIDTH + 40, 2 * HALF_HEIGHT + HEADER + 30);
        return new Landing(namespace, p, Optional.of(new NamespaceZone(Namespace.named(namespace), r)));
    }

    /** The point of {@code r} nearest to {@code p} where a whole card fits below the header. */
    static Point inside(Rect r, Point p) {
        return new Point(clamp(p.x(), r.x() + HALF_WIDTH, r.x() + r.width() - HALF_WIDTH),
                clamp(p.y(), r.y() + HEADER + HALF_HEIGHT, r.y() + r.height() - HALF_HEIGHT));
    }

    /** {@code v} within [lo, hi]; the middle when the zone is too small for a card. */
    private static double clamp(double v, double lo, double hi) {
        return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }

    private static double distance(Rect r, Point p) {
        double dx = Math.max(Math.max(r.x() - p.x(), 0), p.x() - (r.x() + r.width()));
        double dy = Math.max(Math.max(r.y() - p.y(), 0), p.y() - (r.y() + r.height()));
        return Math.hypot(dx, dy);
    }
}
