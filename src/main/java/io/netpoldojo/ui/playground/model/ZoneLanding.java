package io.netpoldojo.ui.playground.model;

import io.netpoldojo.diagram.ArrowRouter;
import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Sizes;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.Workspace;
import io.netpoldojo.workspace.PlacedEndpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a dropped pod lands, so that it is drawn inside the zone of the namespace it belongs to
 * and on no other card: a new pod joins the zone under it or the nearest zone, a moved pod goes
 * back into its own, and a namespace with no zone gets one around the pod. In its zone it takes
 * the free spot nearest to where it was let go; a zone with no free spot grows downwards to make
 * one. Before this, such a pod silently joined {@code default} while drawn outside it, and then
 * landed on whatever card was nearest (redis-2 over mysql). A new pod also keeps off the arrows
 * already drawn where it can (dropped between two cards, it landed on the line between them);
 * a pod a person moves goes where it is put, as long as it keeps {@link #GAP} clear of every card.
 */
public final class ZoneLanding {
    /** Half a pod card (its position is the card's centre) plus a little room, and a zone's header. */
    static final double HALF_WIDTH = Sizes.CARD_WIDTH / 2 + 12;
    static final double HALF_HEIGHT = Sizes.CARD_HEIGHT / 2 + 12;
    static final double HEADER = 30;
    /**
     * The least room between two cards, so each card's arrows run between them and can be clicked:
     * at 16 px a pod added under mysql sat 18 px from it, and their two arrows were stubs.
     */
    static final double GAP = 40;
    /** How finely the free spots are looked for, in canvas pixels. */
    private static final double STEP = 10;
    /**
     * How much further a new pod may land to be under no arrow, and, when every spot is under
     * some, to be under fewer (each of the first {@link #ARROWS_COUNTED} arrows counts {@link #PER_ARROW}).
     */
    static final double OFF_THE_ARROWS = 120;
    static final double PER_ARROW = 10;
    static final int ARROWS_COUNTED = 12;
    /**
     * Routing every arrow to find where they run grows fast with the cards (measured: 15 ms of CPU
     * a drop with 12 cards, 2 s with 52), so a canvas with more cards lands new pods off cards only.
     */
    static final int MOST_CARDS_ROUTED = 12;

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
        Optional<NamespaceZone> zone = ws.zoneAt(p)
                .or(() -> ws.namespaces().stream().min(Comparator.comparingDouble(z -> distance(z.rect(), p))));
        return zone.map(z -> freeSpot(ws, z, p, "", true)).orElseGet(() -> around("default", p));
    }

    /**
     * Pod {@code id} of {@code namespace} moved to {@code p}: a zone under it decides (moving it
     * there), else it goes back inside its own zone, which is made when there is none.
     */
    public static Landing forMovedPod(Workspace ws, String id, String namespace, Point p) {
        return ws.zoneAt(p).or(() -> ws.zone(namespace)).map(z -> freeSpot(ws, z, p, id, false))
                .orElseGet(() -> around(namespace, p));
    }

    /**
     * The point of the zone nearest to {@code p} where a whole card fits below the header and
     * clear of every other card (but {@code self}'s), and, with {@code offArrows}, preferably off
     * the arrows drawn now; when there is none, the zone grows downwards by a row and the pod goes
     * in the new row, under {@code p}.
     */
    static Landing freeSpot(Workspace ws, NamespaceZone zone, Point p, String self, boolean offArrows) {
        List<Point> others = ws.endpoints().stream().filter(e -> !e.id().equals(self)).map(PlacedEndpoint::at)
                .toList();
        Rect r = zone.rect();
        ArrowPaths paths = offArrows && ws.endpoints().size() > 1 && ws.endpoints().size() <= MOST_CARDS_ROUTED
                ? new ArrowPaths(ws) : null;
        for (int grown = 0; grown < 50; grown++) {
            Optional<Point> spot = nearestFree(r, p, others, paths);
            if (spot.isPresent()) {
                Optional<NamespaceZone> changed = r.equals(zone.rect()) ? Optional.empty()
                        : Optional.of(new NamespaceZone(zone.namespace(), r));
                return new Landing(zone.name(), spot.get(), changed);
            }
            double row = 2 * HALF_HEIGHT + GAP;
            r = new Rect(r.x(), r.y(), Math.max(r.width(), 2 * HALF_WIDTH), Math.max(r.height(), HEADER) + row);
        }
        return new Landing(zone.name(), inside(r, p), Optional.of(new NamespaceZone(zone.namespace(), r)));
    }

    /**
     * The free spot nearest to {@code p}, or, with {@code paths}, the one with the least cost:
     * its distance, plus a penalty when arrows run through it.
     */
    private static Optional<Point> nearestFree(Rect r, Point p, List<Point> others, ArrowPaths paths) {
        double x0 = r.x() + HALF_WIDTH;
        double x1 = r.x() + r.width() - HALF_WIDTH;
        double y0 = r.y() + HEADER + HALF_HEIGHT;
        double y1 = r.y() + r.height() - HALF_HEIGHT;
        List<Point> free = new ArrayList<>();
        for (double y = y0; y <= y1; y += STEP) {
            for (double x = x0; x <= x1; x += STEP) {
                // The wanted point itself when it is inside and free, not the nearest grid point.
                Point c = new Point(Math.abs(x - p.x()) <= STEP / 2 && p.x() <= x1 ? p.x() : x,
                        Math.abs(y - p.y()) <= STEP / 2 && p.y() <= y1 ? p.y() : y);
                if (others.stream().noneMatch(o -> overlaps(o, c))) {
                    free.add(c);
                }
            }
        }
        free.sort(Comparator.comparingDouble(c -> distance(c, p)));
        Point best = null;
        double bestCost = Double.MAX_VALUE;
        for (Point c : free) {
            double d = distance(c, p);
            if (d >= bestCost || (paths == null && best != null)) {
                break; // sorted by distance, and a penalty only adds to it: no later spot costs less
            }
            double cost = d + (paths == null ? 0 : arrowPenalty(paths, c));
            if (cost < bestCost) {
                best = c;
                bestCost = cost;
            }
        }
        return Optional.ofNullable(best);
    }

    /** What being under arrows costs a spot, in pixels of distance. */
    private static double arrowPenalty(ArrowPaths paths, Point c) {
        int crossing = paths.crossing(Box.centredOn(c.x(), c.y(), Sizes.CARD_WIDTH, Sizes.CARD_HEIGHT)
                .inflate(ArrowRouter.OFFSET + ArrowRouter.CLEARANCE));
        return crossing == 0 ? 0 : OFF_THE_ARROWS + PER_ARROW * Math.min(crossing, ARROWS_COUNTED);
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** Two cards centred at these points would touch, or come closer than {@link #GAP}. */
    static boolean overlaps(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < Sizes.CARD_WIDTH + GAP && Math.abs(a.y() - b.y()) < Sizes.CARD_HEIGHT + GAP;
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
