package io.netpoldojo.workspace;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.DiagramLayout;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.Pod;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a workspace out with the one diagram layout ({@link DiagramLayout}): cards apart with room
 * for arrows, zones sized to their cards, outside endpoints at the left edge. Used for files that
 * come without a layout, the Playground's Auto-layout, and every diagram the app draws of a
 * scenario; a layout stored in a file is kept as it is.
 */
public final class AutoLayout {
    /** The Playground's snapping grid. */
    public static final double GRID = 20;
    /** The shape of the Playground's canvas on a common screen: what a layout is made to fill by default. */
    public static final DiagramLayout.Frame CANVAS = new DiagramLayout.Frame(1100, 700, 1, false);

    /**
     * A lesson's diagram: at full size no wider than the reading column in a 1360-pixel window
     * (the diagram is then zoomed to fill the column, whatever its width), and then as compact as
     * it can be; taller than a screen only when it cannot be helped.
     */
    public static final DiagramLayout.Frame LESSON = new DiagramLayout.Frame(700, 1400, 1, true);

    /**
     * A quiz card's diagram: the pane beside the question, above the policies in effect, as it is
     * in a 1360 x 860 window (665 x 475). A wider frame (800 x 440) chose wide layouts that the pane
     * then shrank: microservices-open's card text was 8.6 px, now 10.1; and-vs-or's 10.4, now 11.1.
     */
    public static final DiagramLayout.Frame QUIZ = new DiagramLayout.Frame(665, 475);

    private AutoLayout() {}

    /**
     * Other shapes a lesson's diagram is laid out for when the {@link #LESSON} layout would be shown
     * too small in the window (see {@link #forLesson}): a frame of the window's shape, with cards
     * closer, and two wider ones. Tall diagrams in the {@link #LESSON} frame came out 1,024 to
     * 1,218 tall (platform-traffic, tenants), and a window then showed their cards' words at 7-8 px.
     */
    private static final List<DiagramLayout.Frame> LESSON_SHAPES = List.of(
            new DiagramLayout.Frame(682, 727, 1, true).compact(), new DiagramLayout.Frame(760, 700, 1, true).compact(),
            new DiagramLayout.Frame(720, 700, 1, true));

    /**
     * Where a lesson's diagram is shown, at 100%, in a window of 1360 x 860 and of 1024 x 700: the
     * reading column's width, and the page's height less the step buttons and a margin (Learn
     * zooms a diagram to fit both). In each, the zoom at which its cards' words (12 px) are read
     * comfortably: 11 px, and 9 px in the small window.
     */
    private static final double[][] LESSON_VIEWS = {{682, 727, 11.0 / 12}, {634, 567, 9.0 / 12}};

    /**
     * A scenario as Learn draws it: laid out for the reading column, unless its file brings a
     * layout. When that layout would show its cards' words below 11 px in a 1360 x 860 window or
     * below 9 px in a 1024 x 700 one, the {@link #LESSON_SHAPES} are tried too (and, for more zones
     * than the layout puts in every order, other orders of them), and the one shown largest whose
     * every arrow is clear of third cards and titles is taken.
     */
    public static Workspace forLesson(ScenarioFiles.Opened opened) {
        Workspace ws = opened.workspace().orElseThrow(() -> new IllegalArgumentException("the scenario did not open"));
        if (!opened.laidOut()) {
            return ws;
        }
        Workspace best = arrange(ws, LESSON);
        double score = lessonScore(best, false);
        for (int i = 0; i < LESSON_SHAPES.size() && score < 1; i++) {
            Workspace other = arrange(ws, LESSON_SHAPES.get(i));
            double s = lessonScore(other, true);
            if (s > score) {
                best = other;
                score = s;
            }
        }
        // The layout tries every order of a few zones, but only the file's order of more: then
        // the orders one swap of two zones away are tried in the window's shape too, until one is
        // large enough. Tenants (five zones) came out at 10.3 px in the file's order and the three
        // shapes (ingress-nginx beside the tenants made the drawing 792 wide); with ingress-nginx
        // and monitoring swapped, 601 x 706 and 12.4 px, every arrow clear.
        if (score < 1 && ws.namespaces().size() > DiagramLayout.MAX_PERMUTED_ZONES) {
            for (List<NamespaceZone> order : oneSwapAway(ws.namespaces())) {
                if (score >= 1) {
                    break;
                }
                Workspace other = inFileOrder(arrange(new Workspace(order, ws.endpoints(), ws.policies()),
                        LESSON_SHAPES.get(0)), ws.namespaces());
                double s = lessonScore(other, true);
                if (s > score) {
                    best = other;
                    score = s;
                }
            }
        }
        return best;
    }

    /** Every order of the zones that swaps two of them, first zones first. */
    private static List<List<NamespaceZone>> oneSwapAway(List<NamespaceZone> zones) {
        List<List<NamespaceZone>> out = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                List<NamespaceZone> order = new ArrayList<>(zones);
                order.set(i, zones.get(j));
                order.set(j, zones.get(i));
                out.add(order);
            }
        }
        return out;
    }

    /** The laid-out workspace with its zones listed in the file's order again (the order the app lists them in). */
    private static Workspace inFileOrder(Workspace laid, List<NamespaceZone> fileOrder) {
        List<NamespaceZone> zones = new ArrayList<>();
        for (NamespaceZone z : fileOrder) {
            zones.add(laid.zone(z.name()).orElse(z));
        }
        return new Workspace(zones, laid.endpoints(), laid.policies());
    }

    /**
     * How large a laid-out lesson diagram is shown against the zoom wanted in the smaller of
     * {@link #LESSON_VIEWS} (1 or more: large enough in both); with {@code clearOnly}, 0 when an
     * arrow cannot be laid clear of every third card and title.
     */
    private static double lessonScore(Workspace ws, boolean clearOnly) {
        io.netpoldojo.diagram.ArrowRouter router = Drawings.router(ws);
        Box around = null;
        for (PlacedEndpoint e : ws.endpoints()) {
            Box card = Drawings.cardBox(e).inflate(Drawings.MARGIN);
            around = around == null ? card : around.union(card);
        }
        for (NamespaceZone z : ws.namespaces()) {
            Box zone = new Box(z.rect().x(), z.rect().y(), z.rect().width(), z.rect().height()).inflate(Drawings.MARGIN);
            around = around == null ? zone : around.union(zone);
        }
        for (String[] a : arrows(ws)) {
            io.netpoldojo.diagram.ArrowRouter.Route route = router.routeOf(a[0], a[1]);
            if (clearOnly && !route.clear()) {
                return 0;
            }
            around = around.union(route.curve().extent().inflate(io.netpoldojo.diagram.Sizes.ARROW_REACH
                    + io.netpoldojo.diagram.Sizes.ARROW_MARGIN));
        }
        if (around == null) {
            return 1;
        }
        double score = Double.MAX_VALUE;
        for (double[] view : LESSON_VIEWS) {
            score = Math.min(score, Math.min(view[0] / around.maxX(), view[1] / around.maxY()) / view[2]);
        }
        return score;
    }

    public static Workspace arrange(Workspace ws) {
        return arrange(ws, CANVAS);
    }

    /** The workspace laid out to be as large as it can be on a frame of this shape. */
    public static Workspace arrange(Workspace ws, DiagramLayout.Frame frame) {
        List<DiagramLayout.Zone> zones = ws.namespaces().stream()
                .map(z -> new DiagramLayout.Zone(z.name(), labelWidth(z))).toList();
        List<DiagramLayout.Card> cards = ws.endpoints().stream()
                .map(e -> new DiagramLayout.Card(e.id(), e.endpoint() instanceof Pod p ? p.namespace() : "")).toList();
        DiagramLayout.Placement placed = DiagramLayout.arrange(zones, cards, arrows(ws), frame);
        List<NamespaceZone> newZones = new ArrayList<>();
        for (NamespaceZone z : ws.namespaces()) {
            Box b = placed.zones().get(z.name());
            newZones.add(b == null ? z : new NamespaceZone(z.namespace(), new Rect(b.x(), b.y(), b.width(), b.height())));
        }
        // Zones for pods whose namespace had none (a file of pods only).
        placed.zones().forEach((name, b) -> {
            if (ws.zone(name).isEmpty()) {
                newZones.add(new NamespaceZone(Namespace.named(name), new Rect(b.x(), b.y(), b.width(), b.height())));
            }
        });
        // The endpoints keep their order: it is the order of the file and of the matrix.
        List<PlacedEndpoint> placedEndpoints = ws.endpoints().stream().map(e -> {
            Box b = placed.cards().get(e.id());
            return b == null ? e : e.at(new Point(Math.round(b.centreX()), Math.round(b.centreY())));
        }).toList();
        return new Workspace(newZones, placedEndpoints, ws.policies());
    }

    /** About how wide a zone's header is: its title and its own labels, as the canvas shows them. */
    public static double labelWidth(NamespaceZone z) {
        return io.netpoldojo.diagram.Sizes.zoneLabelWidth(z.name(), zoneLabels(z));
    }

    /** A zone's own labels as its header shows them ("" when it has none). */
    public static String zoneLabels(NamespaceZone z) {
        return z.namespace().labels().without(Namespace.NAME_LABEL).toString();
    }

    /**
     * The pairs arrows may be drawn between: every endpoint to every other, except from outside
     * to outside (the engine draws no arrow there).
     */
    public static List<String[]> arrows(Workspace ws) {
        List<String[]> out = new ArrayList<>();
        for (PlacedEndpoint from : ws.endpoints()) {
            for (PlacedEndpoint to : ws.endpoints()) {
                if (from != to && (from.endpoint() instanceof Pod || to.endpoint() instanceof Pod)) {
                    out.add(new String[] {from.id(), to.id()});
                }
            }
        }
        return out;
    }
}
