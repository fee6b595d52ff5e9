package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Workspace;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;

/**
 * The canvas's namespace zones and endpoint cards, one node each on their own layers, kept in step
 * with the workspace: nodes made for new zones and cards (and handed to the dragging to wire),
 * updated for changed ones, moved to where the workspace puts them, dropped with theirs.
 */
final class CardsAndZones {
    /** What a {@link #sync} found. */
    enum Sync {
        /** The zones and cards are as last shown: a policy-only edit. */
        SAME,
        /** Something changed, but no card moved and no zone changed: the arrows stay where they run. */
        CHANGED,
        /** A card moved, or a zone changed: the arrows must be routed again. */
        MOVED
    }

    private final Pane zoneLayer;
    private final Pane nodeLayer;
    private final Map<String, EndpointNode> cards = new HashMap<>();
    private final Map<String, ZoneNode> zones = new HashMap<>();
    /** What the zones and cards last showed, so a policy-only edit can skip them. */
    private List<NamespaceZone> shownZones;
    private List<PlacedEndpoint> shownEndpoints;

    CardsAndZones(Pane zoneLayer, Pane nodeLayer) {
        this.zoneLayer = zoneLayer;
        this.nodeLayer = nodeLayer;
    }

    /** The cards by endpoint id (a live view). */
    Map<String, EndpointNode> cards() {
        return cards;
    }

    Iterable<ZoneNode> zones() {
        return zones.values();
    }

    /** The boxes of the zones' titles where they are now, which arrows keep clear of. */
    List<Box> titleBoxes() {
        return zones.values().stream().map(ZoneNode::titleBox).toList();
    }

    /** The card under a point of the drawing, if any. */
    Optional<String> endpointAt(Point2D p) {
        return cards.values().stream().filter(n -> n.getBoundsInParent().contains(p))
                .map(EndpointNode::endpointId).findFirst();
    }

    /** Forgets what the zones showed, so the next {@link #sync} lays them out again (a zone was dragged). */
    void forgetZones() {
        shownZones = null;
    }

    /** Brings the zones and cards in step with {@code ws}; new nodes are wired by {@code dragging}. */
    Sync sync(Workspace ws, CardDragging dragging) {
        // Switching or editing a policy changes the workspace but nothing drawn from it here; the
        // arrows follow the evaluation. Checking first keeps a policy edit off 2,500 arrows.
        if (ws.namespaces().equals(shownZones) && ws.endpoints().equals(shownEndpoints)) {
            return Sync.SAME;
        }
        boolean zonesChanged = !ws.namespaces().equals(shownZones);
        shownZones = ws.namespaces();
        shownEndpoints = ws.endpoints();
        Set<String> names = new HashSet<>();
        for (NamespaceZone z : ws.namespaces()) {
            names.add(z.name());
            ZoneNode node = zones.get(z.name());
            if (node == null) {
                node = new ZoneNode(z);
                dragging.wireZone(node);
                zones.put(z.name(), node);
                zoneLayer.getChildren().add(node);
            } else {
                node.update(z);
            }
        }
        zones.keySet().removeIf(name -> {
            if (!names.contains(name)) {
                zoneLayer.getChildren().remove(zones.get(name));
                return true;
            }
            return false;
        });
        Set<String> ids = new HashSet<>();
        boolean moved = false;
        for (PlacedEndpoint e : ws.endpoints()) {
            ids.add(e.id());
            EndpointNode node = cards.get(e.id());
            if (node == null) {
                node = new EndpointNode(e.endpoint());
                dragging.wireEndpoint(node);
                cards.put(e.id(), node);
                nodeLayer.getChildren().add(node);
            } else {
                node.update(e.endpoint());
            }
            if (node.centreX() != e.at().x() || node.centreY() != e.at().y()) {
                node.centreOn(e.at().x(), e.at().y());
                moved = true;
            }
        }
        cards.keySet().removeIf(id -> {
            if (!ids.contains(id)) {
                nodeLayer.getChildren().remove(cards.get(id));
                return true;
            }
            return false;
        });
        return moved || zonesChanged ? Sync.MOVED : Sync.CHANGED;
    }
}
