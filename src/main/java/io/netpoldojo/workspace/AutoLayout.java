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

    /** A scenario as Learn draws it: laid out for the reading column, unless its file brings a layout. */
    public static Workspace forLesson(ScenarioFiles.Opened opened) {
        Workspace ws = opened.workspace().orElseThrow(() -> new IllegalArgumentException("the scenario did not open"));
        return opened.laidOut() ? arrange(ws, LESSON) : ws;
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
