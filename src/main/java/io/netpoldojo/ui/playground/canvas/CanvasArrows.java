package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.diagram.ArrowRouter;
import io.netpoldojo.diagram.Box;
import io.netpoldojo.ui.playground.arrows.Arrow;
import io.netpoldojo.ui.playground.arrows.ArrowLayer;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Point2D;
import javafx.util.Duration;

/**
 * The canvas's arrows, one per connection of the model's evaluation, kept in step with it: their
 * verdicts, where they run between the cards, which are shown (hide-denied, focus), selected,
 * lifted by a drag or marked by a teacher, and the change an edit made. {@link ArrowLayer} paints them.
 */
final class CanvasArrows {
    private static final Duration CHANGE_ANIMATION = Duration.millis(1400);
    /** Half the hit curve's width: how near the line a click must land to count as on the arrow. */
    static final double HIT_DISTANCE = 7;

    private final PlaygroundModel model;
    private final Map<String, EndpointNode> cards;
    private final Map<String, Arrow> arrows = new HashMap<>();
    private final ArrowLayer layer;
    /** Every arrow that changed in the last edit is animated by this one timeline. */
    private Timeline changeAnimation;
    private final DoubleProperty changeProgress = new SimpleDoubleProperty(1);
    private Arrow selectedArrow;
    /** The card whose arrows are lifted, or null. */
    private String liftedEndpoint;
    /** The boxes of the zones' titles, which arrows keep clear of. */
    private final Supplier<List<Box>> titles;
    /** Routes arrows around the cards and titles where they are; null when they moved since. */
    private ArrowRouter router;
    /** The box the arrows' lines reach (see {@link #reach}); null when they moved, appeared or vanished since. */
    private Box reach;
    /** Run when arrows move, appear or vanish, so the arrow under the mouse is found again. */
    private Runnable onArrowsMoved = () -> { };

    /**
     * @param cards     the canvas's cards by endpoint id (a live view), which arrows run between
     * @param titles    the zones' title boxes where they are now
     * @param flowPhase where the traffic dots are along their dashes
     * @param zoom      the drawing's zoom, for painting sharp at any zoom
     */
    CanvasArrows(PlaygroundModel model, Map<String, EndpointNode> cards, Supplier<List<Box>> titles,
                 ObservableDoubleValue flowPhase, ObservableDoubleValue zoom) {
        this.model = model;
        this.cards = cards;
        this.titles = titles;
        this.layer = new ArrowLayer(arrows.values(), flowPhase, zoom);
        changeProgress.addListener(o -> layer.setChangeProgress(changeProgress.get()));
        layer.setLabelObstacles(() -> {
            List<Box> boxes = new ArrayList<>(cards.size() + 8);
            cards.values().forEach(card -> boxes.add(card.box()));
            boxes.addAll(titles.get());
            return boxes;
        });
    }

    ArrowLayer layer() {
        return layer;
    }

    void setOnArrowsMoved(Runnable onArrowsMoved) {
        this.onArrowsMoved = onArrowsMoved;
    }

    Collection<Arrow> all() {
        return arrows.values();
    }

    Optional<Arrow> arrow(String fromId, String toId) {
        return Optional.ofNullable(arrows.get(Connection.key(fromId, toId)));
    }

    /**
     * Gives every arrow its new verdict. This runs after every edit, for 2,500 arrows on a 50-pod
     * canvas, so it walks the map without copying it and only looks for arrows to remove when the
     * set of arrows can have changed.
     */
    void sync(ConnectionMap connections) {
        boolean[] changed = {false};
        boolean[] created = {false};
        connections.forEach((key, c) -> {
            Arrow arrow = arrows.get(key);
            if (arrow == null) {
                arrow = new Arrow(c);
                arrows.put(key, arrow);
                layout(arrow);
                created[0] = true;
            } else {
                changed[0] |= arrow.update(c);
            }
        });
        if (created[0] || arrows.size() != connections.size()) {
            if (arrows.keySet().removeIf(key -> !connections.contains(key))) {
                layer.arrowsRemoved();
                reach = null;
            }
            changed[0] = true;
        }
        if (changed[0]) {
            layer.arrowsChanged();
        }
        refreshVisibility();
        refreshSelection();
    }

    /**
     * Shows what an edit opened and closed: each changed arrow pulses and says so. One timeline
     * drives them all; a new edit first settles what the last one was still showing.
     */
    void animate(ConnectionMap.Change change) {
        if (change.changed().isEmpty()) {
            return; // an edit that changed no arrow leaves the last one's marks to finish
        }
        if (changeAnimation != null) {
            changeAnimation.stop();
            changeAnimation = null;
            layer.endChange();
        }
        Set<String> opened = new HashSet<>(change.opened());
        List<Arrow> now = new ArrayList<>();
        for (String key : change.changed()) {
            Arrow arrow = arrows.get(key);
            if (arrow != null) {
                arrow.beginChange(opened.contains(key));
                now.add(arrow);
            }
        }
        if (now.isEmpty()) {
            return;
        }
        layer.showChange(now);
        changeAnimation = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(changeProgress, 0)),
                new KeyFrame(CHANGE_ANIMATION, new KeyValue(changeProgress, 1)));
        changeAnimation.setOnFinished(e -> {
            changeAnimation = null;
            layer.endChange();
        });
        changeAnimation.play();
    }

    private void layout(Arrow a) {
        String from = a.connection().fromId();
        String to = a.connection().toId();
        if (cards.containsKey(from) && cards.containsKey(to)) {
            io.netpoldojo.diagram.Curve route = router().route(from, to);
            if (!route.equals(a.curve())) {
                a.layout(route);
                reach = null;
            }
        }
    }

    /**
     * The box every arrow's line reaches, its stroke included, or empty when there is no arrow:
     * a line bowed around a card can run beyond every card and zone, and the drawing must hold it
     * (as the layout and the exported picture do).
     */
    Optional<Box> reach() {
        if (reach == null) {
            for (Arrow a : arrows.values()) {
                if (a.curve() != null) {
                    Box line = a.curve().extent().inflate(io.netpoldojo.diagram.Sizes.ARROW_REACH);
                    reach = reach == null ? line : reach.union(line);
                }
            }
        }
        return Optional.ofNullable(reach);
    }

    /** The router for where the cards and zone titles are now, made again after anything moved. */
    private ArrowRouter router() {
        if (router == null) {
            router = routerForNow();
        }
        return router;
    }

    /**
     * A router for where the cards and titles stand now. When only one card moved since the last
     * router was made (a drag step, a drop), it is made from the last one and keeps the routes the
     * move cannot change ({@link ArrowRouter#withCardAt}: the same routes as a new router's, found
     * without routing every pair of cards again); otherwise it is new.
     */
    private ArrowRouter routerForNow() {
        Map<String, Box> boxes = new HashMap<>();
        cards.forEach((id, card) -> boxes.put(id, card.box()));
        List<Box> titlesNow = titles.get();
        if (router == null || !router.titles().equals(titlesNow) || !router.cards().keySet().equals(boxes.keySet())) {
            return new ArrowRouter(boxes, titlesNow);
        }
        String moved = null;
        for (Map.Entry<String, Box> e : boxes.entrySet()) {
            if (!e.getValue().equals(router.cards().get(e.getKey()))) {
                if (moved != null) {
                    return new ArrowRouter(boxes, titlesNow);
                }
                moved = e.getKey();
            }
        }
        return moved == null ? router : router.withCardAt(moved, boxes.get(moved));
    }

    /**
     * Cards or zones moved (a drop, an undo, a file opened): every arrow gets the route a new
     * router gives it, since any of them may now run where a card stands; after one card's move
     * only the routes it can change are looked for again. A policy edit moves nothing and routes nothing.
     */
    void geometryChanged() {
        router = routerForNow();
        for (Arrow a : arrows.values()) {
            layout(a);
        }
        layer.arrowsChanged();
        onArrowsMoved.run();
    }

    /**
     * Live arrow geometry while a card is dragged: its own arrows follow it, routed around the
     * cards where they stand; the others wait for the drop (the model only hears of the drop).
     */
    void relayoutArrowsOf(String endpointId) {
        router = routerForNow();
        for (Arrow a : arrows.values()) {
            Connection c = a.connection();
            if (c.fromId().equals(endpointId) || c.toId().equals(endpointId)) {
                layout(a);
            }
        }
        if (endpointId.equals(liftedEndpoint)) {
            layer.motionChanged(); // the arrows that moved are all lifted: the still ones stay painted
        } else {
            layer.arrowsChanged();
        }
        onArrowsMoved.run();
    }

    /**
     * Lifts a card's arrows off the still ones while it is dragged, so each frame of the drag paints
     * its hundred-odd arrows and not all 2,650 of a 50-pod canvas.
     */
    void liftArrowsOf(String endpointId) {
        putArrowsDown();
        liftedEndpoint = endpointId;
        for (Arrow a : arrows.values()) {
            Connection c = a.connection();
            a.setLifted(c.fromId().equals(endpointId) || c.toId().equals(endpointId));
        }
        layer.arrowsChanged();
    }

    void putArrowsDown() {
        if (liftedEndpoint == null) {
            return;
        }
        liftedEndpoint = null;
        for (Arrow a : arrows.values()) {
            a.setLifted(false);
        }
        layer.arrowsChanged();
    }

    /** Hide-denied and focus keep a busy canvas readable. */
    void refreshVisibility() {
        String focus = model.focusedEndpointProperty().get();
        boolean hideDenied = model.hideDeniedProperty().get();
        boolean changed = false;
        if (focus.isEmpty()) {
            // The common case, after every edit: no card is dimmed and only hide-denied matters.
            for (Arrow a : arrows.values()) {
                changed |= a.setShown(!(hideDenied && a.state() == Connection.State.DENIED));
            }
            cards.values().forEach(n -> n.setDimmed(false));
        } else {
            Set<String> touched = new HashSet<>();
            for (Arrow a : arrows.values()) {
                Connection c = a.connection();
                boolean inFocus = c.fromId().equals(focus) || c.toId().equals(focus);
                boolean shown = inFocus && !(hideDenied && c.state() == Connection.State.DENIED);
                changed |= a.setShown(shown);
                if (shown) {
                    touched.add(c.fromId());
                    touched.add(c.toId());
                }
            }
            for (EndpointNode n : cards.values()) {
                n.setDimmed(!touched.contains(n.endpointId()) && !n.endpointId().equals(focus));
            }
        }
        if (changed) {
            layer.arrowsChanged();
        }
        onArrowsMoved.run();
    }

    /** At most one arrow is selected, so only the one that was and the one that is are touched. */
    void refreshSelection() {
        String selected = model.selectedEndpointProperty().get();
        cards.forEach((id, n) -> n.setSelected(id.equals(selected)));
        Arrow arrow = model.selectedConnectionProperty().get().map(c -> arrows.get(c.key())).orElse(null);
        if (selectedArrow == arrow) {
            return;
        }
        if (selectedArrow != null) {
            selectedArrow.setSelected(false);
        }
        if (arrow != null) {
            arrow.setSelected(true);
        }
        selectedArrow = arrow;
        layer.arrowsChanged();
    }

    /**
     * The arrow whose visible run is nearest a canvas point, if one is within reach of a click.
     * Cards are drawn over arrows: a point on a card belongs to the card, and a stretch of line
     * under a card does not count, so a click beside a card goes to the arrow seen there.
     */
    Arrow arrowAt(Point2D p) {
        List<Box> covers = new ArrayList<>();
        for (EndpointNode card : cards.values()) {
            Box box = card.box();
            if (box.contains(p.getX(), p.getY())) {
                return null;
            }
            // Only a card within reach of the point can hide the stretch of line nearest it.
            if (box.inflate(HIT_DISTANCE).contains(p.getX(), p.getY())) {
                covers.add(box);
            }
        }
        Arrow nearest = null;
        double best = Double.MAX_VALUE;
        for (Arrow a : arrows.values()) {
            // The distance first: it turns most arrows away on their bounding box alone.
            double d = a.distanceTo(p.getX(), p.getY(), HIT_DISTANCE);
            if (d != Double.MAX_VALUE && !covers.isEmpty()) {
                d = VisibleRun.distance(a.curve(), p.getX(), p.getY(), HIT_DISTANCE, covers);
            }
            // Ties go to the selected arrow, which is drawn on top.
            if ((d < best || (d == best && d != Double.MAX_VALUE && a == selectedArrow)) && layer.isDrawn(a)) {
                best = d;
                nearest = a;
            }
        }
        return nearest;
    }

    /** Puts a style class on an arrow (the stylesheets say how it looks); false if there is no such arrow. */
    boolean mark(String fromId, String toId, String styleClass) {
        Arrow arrow = arrows.get(Connection.key(fromId, toId));
        if (arrow == null) {
            return false;
        }
        arrow.mark(styleClass);
        layer.arrowsChanged();
        return true;
    }

    void clearMarks() {
        boolean cleared = false;
        for (Arrow a : arrows.values()) {
            cleared |= a.clearMarks();
        }
        if (cleared) {
            layer.arrowsChanged();
        }
    }
}
