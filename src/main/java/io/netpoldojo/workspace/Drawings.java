package io.netpoldojo.workspace;

import io.netpoldojo.diagram.ArrowRouter;
import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Drawing;
import io.netpoldojo.diagram.Sizes;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A workspace as a {@link Drawing}: its cards where they stand, its zones with their titles, and
 * its arrows routed by the one {@link ArrowRouter}, as the canvas shows them.
 */
public final class Drawings {
    /** Room around what is drawn, as on the canvas. */
    static final double MARGIN = 24;

    private Drawings() {}

    /**
     * The drawing of a workspace with these arrows: as large as its zones and cards with a margin
     * around them, and its arrows' lines with {@link Sizes#ARROW_MARGIN} around them, as the
     * canvas and the layout size it.
     */
    public static Drawing of(Workspace ws, ConnectionMap connections) {
        ArrowRouter router = router(ws);
        List<Drawing.Zone> zones = new ArrayList<>();
        Box things = null;
        for (NamespaceZone z : ws.namespaces()) {
            Box box = box(z.rect());
            zones.add(new Drawing.Zone(z.name(), box, Sizes.zoneTitle(z.name()), AutoLayout.zoneLabels(z),
                    Sizes.zoneLabelBox(box, AutoLayout.labelWidth(z))));
            things = things == null ? box : things.union(box);
        }
        List<Drawing.Card> cards = new ArrayList<>();
        for (PlacedEndpoint e : ws.endpoints()) {
            Box box = cardBox(e);
            cards.add(new Drawing.Card(e.id(), e.endpoint() instanceof External, box, e.endpoint().name(),
                    detail(e.endpoint()), ports(e.endpoint())));
            things = things == null ? box : things.union(box);
        }
        List<Drawing.Arrow> arrows = new ArrayList<>();
        Box lines = null;
        for (Connection c : connections.all()) {
            if (ws.endpoint(c.fromId()).isEmpty() || ws.endpoint(c.toId()).isEmpty()) {
                continue;
            }
            var curve = router.route(c.fromId(), c.toId());
            arrows.add(new Drawing.Arrow(c.fromId(), c.toId(), state(c.state()), curve, portList(c.allowedPorts()),
                    portList(c.deniedPorts()), c.decidingTier()));
            Box line = curve.extent().inflate(Sizes.ARROW_REACH);
            lines = lines == null ? line : lines.union(line);
        }
        if (things == null) {
            return new Drawing(2 * MARGIN, 2 * MARGIN, zones, cards, arrows);
        }
        Box around = things.inflate(MARGIN);
        if (lines != null) {
            around = around.union(lines.inflate(Sizes.ARROW_MARGIN));
        }
        // Something left of or above the origin (a card dragged there, a hand-made file, an arrow
        // bowed out past the edge) is moved in, by whole pixels so cards stay on the pixel grid.
        double dx = things.x() < 0 || lines != null && lines.x() < 0 ? Math.ceil(-around.x()) : 0;
        double dy = things.y() < 0 || lines != null && lines.y() < 0 ? Math.ceil(-around.y()) : 0;
        Drawing d = new Drawing(around.maxX() + dx, around.maxY() + dy, zones, cards, arrows);
        return dx == 0 && dy == 0 ? d : d.moved(dx, dy);
    }

    /**
     * The drawing of a workspace with its first {@code applied} enabled policies applied
     * ({@code -1}: all of them, as the Playground applies them), arrows on {@code ports}.
     */
    public static Drawing at(Workspace ws, int applied, PortFilter ports) {
        return of(ws, connectionsAt(ws, applied, ports));
    }

    /** The arrows of a workspace with its first {@code applied} enabled policies applied (as {@link #at}). */
    public static ConnectionMap connectionsAt(Workspace ws, int applied, PortFilter ports) {
        PolicyDrafts drafts = new PolicyDrafts();
        List<io.netpoldojo.engine.model.NetworkPolicy> policies = new ArrayList<>();
        List<io.netpoldojo.engine.model.ClusterNetworkPolicy> clusterPolicies = new ArrayList<>();
        int taken = 0;
        for (PolicyDraft d : ws.policies()) {
            // A draft of either kind counts as one step, as the Playground's stepper counts them.
            PolicyDrafts.Parsed parsed = drafts.parse(d.yaml());
            if (d.enabled() && parsed.valid() && (applied < 0 || taken < applied)) {
                parsed.policy().ifPresent(policies::add);
                parsed.clusterPolicy().ifPresent(clusterPolicies::add);
                taken++;
            }
        }
        io.netpoldojo.engine.model.Cluster cluster = new io.netpoldojo.engine.model.Cluster(
                ws.namespaces().stream().map(NamespaceZone::namespace).toList(),
                ws.endpoints().stream().map(PlacedEndpoint::endpoint).toList(), policies, clusterPolicies);
        return ConnectionMap.compute(new io.netpoldojo.engine.Engine(cluster), ports);
    }

    /** How many of a workspace's policies stepping can apply: the enabled ones that parse. */
    public static int steps(Workspace ws) {
        PolicyDrafts drafts = new PolicyDrafts();
        return (int) ws.policies().stream().filter(d -> d.enabled() && drafts.parse(d.yaml()).valid()).count();
    }

    /** The router for a workspace's cards, which keeps arrows clear of every other card and zone title. */
    public static ArrowRouter router(Workspace ws) {
        Map<String, Box> cards = new HashMap<>();
        for (PlacedEndpoint e : ws.endpoints()) {
            cards.put(e.id(), cardBox(e));
        }
        List<Box> titles = ws.namespaces().stream()
                .map(z -> Sizes.zoneLabelBox(box(z.rect()), AutoLayout.labelWidth(z))).toList();
        return new ArrowRouter(cards, titles);
    }

    public static Box cardBox(PlacedEndpoint e) {
        return Box.centredOn(e.at().x(), e.at().y(), Sizes.CARD_WIDTH, Sizes.CARD_HEIGHT);
    }

    private static Box box(Rect r) {
        return new Box(r.x(), r.y(), r.width(), r.height());
    }

    /** A card's second line: a pod's labels, or "outside" for an outside endpoint. */
    public static String detail(Endpoint endpoint) {
        if (endpoint instanceof Pod pod) {
            return pod.labels().isEmpty() ? "no labels" : pod.labels().toString();
        }
        // "outside the cluster" does not fit the card; the cloud icon and the dashed border say the rest.
        return "outside";
    }

    /** A card's third line: a pod's container ports, or an outside endpoint's address. */
    public static String ports(Endpoint endpoint) {
        if (endpoint instanceof Pod pod) {
            return pod.ports().isEmpty() ? "no ports" : pod.ports().stream().map(Drawings::port)
                    .collect(Collectors.joining(" "));
        }
        return endpoint.ip().toString();
    }

    private static String port(ContainerPort p) {
        return (p.name().isEmpty() ? "" : p.name() + ":") + p.number() + (p.protocol().name().equals("TCP") ? ""
                : "/" + p.protocol());
    }

    private static String portList(List<Port> ports) {
        return ports.stream().map(Port::toString).collect(Collectors.joining(" "));
    }

    private static Drawing.State state(Connection.State s) {
        return switch (s) {
            case ALLOWED -> Drawing.State.ALLOWED;
            case PARTLY_ALLOWED -> Drawing.State.PARTLY;
            case DENIED -> Drawing.State.DENIED;
        };
    }
}
