package io.netpoldojo.ui.playground;

import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.QuadCurve;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * The drawing: namespace zones, endpoint cards and the arrows between them, kept in step with the
 * {@link PlaygroundModel}. Dragging a card moves it (into another zone: another namespace), the
 * zone header moves a zone, its corner resizes it; clicking an arrow asks why.
 */
final class CanvasView extends ScrollPane {
    private final PlaygroundModel model;
    private final CanvasActions actions;
    private final Pane world = new Pane();
    /**
     * The scroll pane's content: a plain region sized to the zoomed drawing. A Group here would
     * make the scroll pane re-measure every arrow each time any arrow moved.
     */
    private final Pane holder = new Pane(world);
    private double worldWidth = 900;
    private double worldHeight = 600;
    private final Pane zoneLayer = new Pane();
    private final Map<String, Arrow> arrows = new HashMap<>();
    private final DoubleProperty flowPhase = new SimpleDoubleProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ArrowLayer arrowLayer = new ArrowLayer(arrows.values(), flowPhase, zoom);
    /** Holds the one hit curve laid over the arrow under the mouse, between the arrows and the cards. */
    private final Pane hoverLayer = new Pane();
    private final Pane nodeLayer = new Pane();
    /**
     * Arrows are painted, not nodes, so they take no mouse events; this curve, wide and transparent,
     * is laid over the arrow nearest the mouse and takes its clicks instead.
     */
    private final QuadCurve hoverHit = new QuadCurve();
    private final Tooltip hoverTooltip = new Tooltip();
    private Arrow hovered;
    /**
     * The mouse in scene coordinates, or null when it is not over the canvas: kept in the scene's
     * terms because scrolling and zooming move the drawing under a mouse that stays still.
     */
    private Point2D mouseInScene;
    /** Every arrow that changed in the last edit is animated by this one timeline. */
    private Timeline changeAnimation;
    private final DoubleProperty changeProgress = new SimpleDoubleProperty(1);
    private final Map<String, EndpointNode> endpointNodes = new HashMap<>();
    private final Map<String, ZoneNode> zoneNodes = new HashMap<>();
    /** What the zones and cards last showed, so a policy-only edit can skip them. */
    private List<NamespaceZone> shownZones;
    private List<PlacedEndpoint> shownEndpoints;
    private Arrow selectedArrow;
    private final Timeline flowAnimation;
    /** Whether a person may drag cards and zones; a read-only diagram can be switched to editing (live demos). */
    private boolean editable;
    private Point2D dragStart;
    private Point2D dragOrigin;
    private boolean dragged;

    CanvasView(PlaygroundModel model, CanvasActions actions) {
        this(model, actions, true);
    }

    /**
     * @param editable false for a diagram a person looks at but does not change (lessons, quiz
     *                 cards, the classroom): no dragging and no menus, but arrows still explain
     *                 themselves when clicked
     */
    CanvasView(PlaygroundModel model, CanvasActions actions, boolean editable) {
        this.model = model;
        this.actions = actions;
        this.editable = editable;
        setId("canvas");
        getStyleClass().add("dojo-canvas");
        // Taking the keyboard on a click makes Ctrl+Z undo the canvas, not the last text field.
        setFocusTraversable(true);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        world.getStyleClass().add("canvas-world");
        world.setId("canvas-world");
        for (Pane layer : new Pane[] {zoneLayer, arrowLayer, hoverLayer, nodeLayer}) {
            layer.setPickOnBounds(false);
            // Unmanaged layers: otherwise every arrow that moves makes the world re-measure all
            // 2,000+ arrows to find its preferred size, and a drag of one pod on a 50-pod canvas
            // took over a second per frame.
            layer.setManaged(false);
        }
        world.getChildren().addAll(zoneLayer, arrowLayer, hoverLayer, nodeLayer);
        setUpHoverHit();
        Scale scale = new Scale();
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        world.getTransforms().add(scale);
        world.setManaged(false);
        holder.getStyleClass().add("canvas-holder");
        zoom.addListener((o, a, b) -> sizeHolder());
        setContent(holder);
        setFitToWidth(false);
        setFitToHeight(false);
        // Traffic flowing along allowed arrows: one shared phase for every arrow, not a timeline each.
        flowAnimation = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(flowPhase, 0)),
                new KeyFrame(Duration.seconds(1), new KeyValue(flowPhase, -18, Interpolator.LINEAR)));
        flowAnimation.setCycleCount(Animation.INDEFINITE);
        flowAnimation.play();
        changeProgress.addListener(o -> arrowLayer.setChangeProgress(changeProgress.get()));
        // What moves is painted only where it is seen, so a scroll or a zoom repaints it.
        arrowLayer.setVisibleArea(this::visibleDrawing);
        for (javafx.beans.Observable seen : new javafx.beans.Observable[] {hvalueProperty(), vvalueProperty(),
                viewportBoundsProperty(), zoom, world.translateXProperty(), world.translateYProperty()}) {
            seen.addListener(o -> arrowLayer.motionChanged());
        }

        world.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() == world) {
                // The hit curve normally takes clicks on arrows; this catches one that lands before
                // the curve has followed the drawing.
                Arrow arrow = arrowAt(new Point2D(e.getX(), e.getY()));
                if (arrow != null) {
                    model.selectedConnectionProperty().set(Optional.of(arrow.connection()));
                    return;
                }
                model.selectedEndpointProperty().set("");
                model.selectedConnectionProperty().set(Optional.empty());
            }
        });
        model.workspaceProperty().addListener((o, a, ws) -> syncWorkspace(ws));
        model.evaluationProperty().addListener((o, a, ev) -> syncArrows(ev.connections()));
        model.lastChangeProperty().addListener((o, a, change) -> animate(change));
        model.hideDeniedProperty().addListener((o, a, b) -> refreshVisibility());
        model.focusedEndpointProperty().addListener((o, a, b) -> refreshVisibility());
        model.selectedEndpointProperty().addListener((o, a, b) -> refreshSelection());
        model.selectedConnectionProperty().addListener((o, a, b) -> refreshSelection());
        syncWorkspace(model.workspace());
        syncArrows(model.evaluation().connections());
    }

    /** The part of the drawing inside the visible area, in drawing units (the scroll bars' margin included). */
    private Bounds visibleDrawing() {
        return world.sceneToLocal(localToScene(getLayoutBounds()));
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    /**
     * Zooms so the whole drawing fits the visible area (never above 100%: small drawings stay at
     * their real size), and scrolls to its top-left.
     */
    void fitToView() {
        fitToView(1, 1, false);
    }

    /**
     * Fits the drawing to the visible area as {@link #fitToView()} does, but up to
     * {@code maxZoom}, then magnifies it by {@code factor} (above 1 the drawing overflows); with
     * {@code centre}, a drawing smaller than the area sits in its middle.
     */
    void fitToView(double maxZoom, double factor, boolean centre) {
        double viewW = getViewportBounds().getWidth();
        double viewH = getViewportBounds().getHeight();
        double contentW = worldWidth;
        double contentH = worldHeight;
        if (viewW <= 0 || viewH <= 0 || contentW <= 0 || contentH <= 0) {
            return;
        }
        double z = factor * Math.max(0.4, Math.min(maxZoom, Math.min(viewW / contentW, viewH / contentH)));
        zoom.set(z);
        world.setTranslateX(centre ? Math.max(0, viewW - contentW * z) / 2 : 0);
        world.setTranslateY(centre ? Math.max(0, viewH - contentH * z) / 2 : 0);
        setHvalue(0);
        setVvalue(0);
    }

    /** Turns dragging on or off for a diagram (menus stay off when there are no edit dialogs). */
    void setEditable(boolean on) {
        editable = on;
        zoneNodes.values().forEach(this::showZoneHandles);
    }

    private void showZoneHandles(ZoneNode zone) {
        zone.header.setCursor(editable ? javafx.scene.Cursor.MOVE : javafx.scene.Cursor.DEFAULT);
        zone.resizeHandle.setVisible(editable);
    }

    /** Stops the flow animation, e.g. while the place is hidden. */
    void setAnimating(boolean on) {
        if (on) {
            flowAnimation.play();
        } else {
            flowAnimation.pause();
        }
    }

    /** A scene point in canvas coordinates (for drops from the palette). */
    Point sceneToCanvas(double sceneX, double sceneY) {
        Point2D p = world.sceneToLocal(sceneX, sceneY);
        return new Point(p.getX(), p.getY());
    }

    /** True when the scene point lies over the visible canvas. */
    boolean containsScenePoint(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return local != null && contains(local);
    }

    // ---- keeping in step with the model -------------------------------------------------------

    private void syncWorkspace(Workspace ws) {
        // Switching or editing a policy changes the workspace but nothing drawn from it here; the
        // arrows follow the evaluation. Checking first keeps a policy edit off 2,500 arrows.
        if (ws.namespaces().equals(shownZones) && ws.endpoints().equals(shownEndpoints)) {
            return;
        }
        shownZones = ws.namespaces();
        shownEndpoints = ws.endpoints();
        Set<String> zones = new HashSet<>();
        for (NamespaceZone z : ws.namespaces()) {
            zones.add(z.name());
            ZoneNode node = zoneNodes.get(z.name());
            if (node == null) {
                node = new ZoneNode(z);
                wireZone(node);
                zoneNodes.put(z.name(), node);
                zoneLayer.getChildren().add(node);
            } else {
                node.update(z);
            }
        }
        zoneNodes.keySet().removeIf(name -> {
            if (!zones.contains(name)) {
                zoneLayer.getChildren().remove(zoneNodes.get(name));
                return true;
            }
            return false;
        });
        Set<String> ids = new HashSet<>();
        Set<String> moved = new HashSet<>();
        for (PlacedEndpoint e : ws.endpoints()) {
            ids.add(e.id());
            EndpointNode node = endpointNodes.get(e.id());
            if (node == null) {
                node = new EndpointNode(e.endpoint());
                wireEndpoint(node);
                endpointNodes.put(e.id(), node);
                nodeLayer.getChildren().add(node);
            } else {
                node.update(e.endpoint());
            }
            if (node.centreX() != e.at().x() || node.centreY() != e.at().y()) {
                node.centreOn(e.at().x(), e.at().y());
                moved.add(e.id());
            }
        }
        endpointNodes.keySet().removeIf(id -> {
            if (!ids.contains(id)) {
                nodeLayer.getChildren().remove(endpointNodes.get(id));
                return true;
            }
            return false;
        });
        // Only arrows whose ends moved need new geometry: a policy edit moves nothing, and
        // re-laying 2,000+ arrows would cost far more than a frame.
        if (!moved.isEmpty()) {
            for (Arrow a : arrows.values()) {
                Connection c = a.connection();
                if (moved.contains(c.fromId()) || moved.contains(c.toId())) {
                    layoutArrow(a);
                }
            }
            arrowLayer.arrowsChanged();
            refreshHover();
        }
        refreshSelection();
        sizeWorld(ws);
    }

    private void sizeWorld(Workspace ws) {
        double w = 400;
        double h = 300;
        for (NamespaceZone z : ws.namespaces()) {
            w = Math.max(w, z.rect().x() + z.rect().width() + 30);
            h = Math.max(h, z.rect().y() + z.rect().height() + 30);
        }
        for (PlacedEndpoint e : ws.endpoints()) {
            w = Math.max(w, e.at().x() + EndpointNode.WIDTH / 2 + 30);
            h = Math.max(h, e.at().y() + EndpointNode.HEIGHT / 2 + 30);
        }
        worldWidth = w;
        worldHeight = h;
        world.resize(w, h);
        for (Pane layer : new Pane[] {zoneLayer, arrowLayer, hoverLayer, nodeLayer}) {
            layer.resize(w, h);
        }
        sizeHolder();
    }

    /** The holder is exactly the zoomed drawing, so the scroll bars match what is seen. */
    private void sizeHolder() {
        double w = worldWidth * zoom.get();
        double h = worldHeight * zoom.get();
        holder.setMinSize(w, h);
        holder.setPrefSize(w, h);
        holder.setMaxSize(w, h);
    }

    /**
     * Gives every arrow its new verdict. This runs after every edit, for 2,500 arrows on a 50-pod
     * canvas, so it walks the map without copying it and only looks for arrows to remove when the
     * set of arrows can have changed.
     */
    private void syncArrows(ConnectionMap connections) {
        boolean[] changed = {false};
        boolean[] created = {false};
        connections.forEach((key, c) -> {
            Arrow arrow = arrows.get(key);
            if (arrow == null) {
                arrow = new Arrow(c);
                arrows.put(key, arrow);
                layoutArrow(arrow);
                created[0] = true;
            } else {
                changed[0] |= arrow.update(c);
            }
        });
        if (created[0] || arrows.size() != connections.size()) {
            if (arrows.keySet().removeIf(key -> !connections.contains(key))) {
                arrowLayer.arrowsRemoved();
            }
            changed[0] = true;
        }
        if (changed[0]) {
            arrowLayer.arrowsChanged();
        }
        refreshVisibility();
        refreshSelection();
    }

    private static final Duration CHANGE_ANIMATION = Duration.millis(1400);

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
            arrowLayer.endChange();
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
        arrowLayer.showChange(now);
        changeAnimation = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(changeProgress, 0)),
                new KeyFrame(CHANGE_ANIMATION, new KeyValue(changeProgress, 1)));
        changeAnimation.setOnFinished(e -> {
            changeAnimation = null;
            arrowLayer.endChange();
        });
        changeAnimation.play();
    }

    private void layoutArrow(Arrow a) {
        EndpointNode from = endpointNodes.get(a.connection().fromId());
        EndpointNode to = endpointNodes.get(a.connection().toId());
        if (from != null && to != null) {
            a.layout(from.centreX(), from.centreY(), to.centreX(), to.centreY(), EndpointNode.WIDTH / 2,
                    EndpointNode.HEIGHT / 2);
        }
    }

    /** Hide-denied and focus keep a busy canvas readable. */
    private void refreshVisibility() {
        showVisibleArrows();
        refreshHover();
    }

    private void showVisibleArrows() {
        String focus = model.focusedEndpointProperty().get();
        boolean hideDenied = model.hideDeniedProperty().get();
        boolean changed = false;
        if (focus.isEmpty()) {
            // The common case, after every edit: no card is dimmed and only hide-denied matters.
            for (Arrow a : arrows.values()) {
                changed |= a.setShown(!(hideDenied && a.state() == Connection.State.DENIED));
            }
            endpointNodes.values().forEach(n -> n.setDimmed(false));
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
            for (EndpointNode n : endpointNodes.values()) {
                n.setDimmed(!touched.contains(n.endpointId()) && !n.endpointId().equals(focus));
            }
        }
        if (changed) {
            arrowLayer.arrowsChanged();
        }
    }

    /** At most one arrow is selected, so only the one that was and the one that is are touched. */
    private void refreshSelection() {
        String selected = model.selectedEndpointProperty().get();
        endpointNodes.forEach((id, n) -> n.setSelected(id.equals(selected)));
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
        arrowLayer.arrowsChanged();
    }

    // ---- the arrow under the mouse ------------------------------------------------------------

    /** Half the hit curve's width: how near the line a click must land to count as on the arrow. */
    private static final double HIT_DISTANCE = 7;

    private void setUpHoverHit() {
        hoverHit.setId("arrow-hover");
        hoverHit.setFill(null);
        hoverHit.setStroke(Color.TRANSPARENT);
        hoverHit.setStrokeWidth(2 * HIT_DISTANCE);
        hoverHit.setCursor(Cursor.HAND);
        hoverHit.setVisible(false);
        hoverHit.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && hovered != null) {
                model.selectedConnectionProperty().set(Optional.of(hovered.connection()));
            }
            e.consume();
        });
        // The text is made as the tooltip opens, so it tells the arrow's verdict of that moment.
        hoverTooltip.setOnShowing(e -> hoverTooltip.setText(hovered == null ? "" : hovered.tooltipText()));
        Tooltip.install(hoverHit, hoverTooltip);
        hoverLayer.getChildren().add(hoverHit);
        world.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            mouseInScene = new Point2D(e.getSceneX(), e.getSceneY());
            refreshHover();
        });
        world.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseInScene = null;
            refreshHover();
        });
        // Scrolling, zooming and fitting move the drawing under a still mouse, and send no mouse event.
        world.localToSceneTransformProperty().addListener(o -> {
            world.getLocalToSceneTransform();
            refreshHover();
        });
    }

    /**
     * Lays the hit curve over the visible arrow nearest the mouse, if one is near enough. Runs when
     * the mouse moves and when arrows move, appear or vanish, so a click always meets what is drawn.
     */
    private void refreshHover() {
        Arrow nearest = mouseInScene == null ? null : arrowAt(world.sceneToLocal(mouseInScene));
        if (nearest != null) {
            nearest.copyLineTo(hoverHit);
        }
        hovered = nearest;
        hoverHit.setVisible(nearest != null);
    }

    /** The visible arrow nearest a canvas point, if one is within reach of a click. */
    private Arrow arrowAt(Point2D p) {
        Arrow nearest = null;
        double best = Double.MAX_VALUE;
        for (Arrow a : arrows.values()) {
            // The distance first: it turns most arrows away on their bounding box alone.
            double d = a.distanceTo(p.getX(), p.getY(), HIT_DISTANCE);
            // Ties go to the selected arrow, which is drawn on top.
            if ((d < best || (d == best && d != Double.MAX_VALUE && a == selectedArrow)) && arrowLayer.isDrawn(a)) {
                best = d;
                nearest = a;
            }
        }
        return nearest;
    }

    // ---- interaction --------------------------------------------------------------------------

    private void wireEndpoint(EndpointNode node) {
        node.setOnMouseClicked(e -> {
            if (!editable) {
                model.selectedEndpointProperty().set(node.endpointId());
            }
        });
        node.setOnMousePressed(e -> {
            if (!editable) {
                return;
            }
            if (e.getButton() == MouseButton.SECONDARY && actions != null) {
                showMenu(endpointMenu(node.endpointId()), node, e.getScreenX(), e.getScreenY());
                e.consume();
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            dragStart = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            dragOrigin = new Point2D(node.centreX(), node.centreY());
            dragged = false;
            liftArrowsOf(node.endpointId());
            node.toFront();
            e.consume();
        });
        node.setOnMouseDragged(e -> {
            if (!editable || dragStart == null || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            Point2D now = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            double dx = now.getX() - dragStart.getX();
            double dy = now.getY() - dragStart.getY();
            dragged |= Math.hypot(dx, dy) > 3;
            node.centreOn(dragOrigin.getX() + dx, dragOrigin.getY() + dy);
            relayoutArrowsOf(node.endpointId());
            e.consume();
        });
        node.setOnMouseReleased(e -> {
            if (!editable || dragStart == null || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            String id = node.endpointId();
            putArrowsDown();
            if (dragged) {
                Workspace before = model.workspace();
                model.moveEndpoint(id, new Point(node.centreX(), node.centreY()));
                showModelIfUnchanged(before);
            } else {
                // A click that wobbled a pixel or two is not a move: the card goes back.
                if (node.centreX() != dragOrigin.getX() || node.centreY() != dragOrigin.getY()) {
                    node.centreOn(dragOrigin.getX(), dragOrigin.getY());
                    relayoutArrowsOf(id);
                }
                model.selectedEndpointProperty().set(id);
            }
            dragStart = null;
            e.consume();
        });
        node.setOnContextMenuRequested(e -> {
            if (editable && actions != null && e.isKeyboardTrigger()) {
                showMenu(endpointMenu(node.endpointId()), node, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    /**
     * A drop that snaps back to where it started is no edit, so the model says nothing; the card or
     * zone, moved live during the drag, must then go back to where the model has it.
     */
    private void showModelIfUnchanged(Workspace before) {
        if (model.workspace() == before) {
            shownZones = null;
            syncWorkspace(before);
        }
    }

    /** Live arrow geometry while a card is dragged; the model only hears of the drop. */
    void relayoutArrowsOf(String endpointId) {
        for (Arrow a : arrows.values()) {
            Connection c = a.connection();
            if (c.fromId().equals(endpointId) || c.toId().equals(endpointId)) {
                layoutArrow(a);
            }
        }
        if (endpointId.equals(liftedEndpoint)) {
            arrowLayer.motionChanged(); // the arrows that moved are all lifted: the still ones stay painted
        } else {
            arrowLayer.arrowsChanged();
        }
        refreshHover();
    }

    /** The card whose arrows are lifted, or null. */
    private String liftedEndpoint;

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
        arrowLayer.arrowsChanged();
    }

    private void putArrowsDown() {
        if (liftedEndpoint == null) {
            return;
        }
        liftedEndpoint = null;
        for (Arrow a : arrows.values()) {
            a.setLifted(false);
        }
        arrowLayer.arrowsChanged();
    }

    private ContextMenu endpointMenu(String id) {
        boolean pod = model.workspace().endpoint(id).map(e -> e.endpoint() instanceof Pod).orElse(false);
        MenuItem rename = item("Rename\u2026", "menu-rename", () -> actions.rename(id));
        MenuItem focus = item(model.focusedEndpointProperty().get().equals(id) ? "Show all arrows" : "Focus on this",
                "menu-focus", () -> model.focusedEndpointProperty().set(
                        model.focusedEndpointProperty().get().equals(id) ? "" : id));
        MenuItem delete = item("Delete", "menu-delete", () -> model.deleteEndpoint(id));
        ContextMenu menu = new ContextMenu();
        if (pod) {
            menu.getItems().addAll(rename, item("Edit labels\u2026", "menu-labels", () -> actions.editLabels(id)),
                    item("Edit ports\u2026", "menu-ports", () -> actions.editPorts(id)));
        } else {
            menu.getItems().addAll(rename, item("Edit address\u2026", "menu-address", () -> actions.editAddress(id)));
        }
        menu.getItems().addAll(focus, new SeparatorMenuItem(), delete);
        return menu;
    }

    private ContextMenu openMenu;

    /**
     * Context menus open on the secondary button's press (the platform's context-menu event does
     * not come on every platform, e.g. headless), one at a time.
     */
    private void showMenu(ContextMenu menu, Node owner, double screenX, double screenY) {
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menu;
        menu.show(owner, screenX, screenY);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void wireZone(ZoneNode zone) {
        showZoneHandles(zone);
        Node header = zone.header;
        header.setOnMousePressed(e -> {
            if (!editable) {
                return;
            }
            dragStart = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            dragOrigin = new Point2D(zone.getLayoutX(), zone.getLayoutY());
            e.consume();
        });
        header.setOnMouseDragged(e -> dragZone(zone, e, false));
        header.setOnMouseReleased(e -> dragZone(zone, e, true));
        zone.resizeHandle.setOnMousePressed(e -> {
            if (!editable) {
                return;
            }
            dragStart = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            dragOrigin = new Point2D(zone.getWidth(), zone.getHeight());
            e.consume();
        });
        zone.resizeHandle.setOnMouseDragged(e -> resizeZone(zone, e, false));
        zone.resizeHandle.setOnMouseReleased(e -> resizeZone(zone, e, true));
        zone.setOnMousePressed(e -> {
            if (editable && actions != null && e.getButton() == MouseButton.SECONDARY) {
                showMenu(new ContextMenu(
                        item("Edit labels\u2026", "menu-namespace-labels", () -> actions.editNamespaceLabels(zone.namespace())),
                        new SeparatorMenuItem(),
                        item("Delete namespace and its pods", "menu-delete-namespace",
                                () -> model.deleteZone(zone.namespace()))), zone, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    private void dragZone(ZoneNode zone, MouseEvent e, boolean done) {
        if (dragStart == null) {
            return;
        }
        Point2D now = world.sceneToLocal(e.getSceneX(), e.getSceneY());
        double dx = now.getX() - dragStart.getX();
        double dy = now.getY() - dragStart.getY();
        if (done) {
            dragStart = null;
            Point snapped = model.snap(new Point(dragOrigin.getX() + dx, dragOrigin.getY() + dy));
            double sdx = snapped.x() - dragOrigin.getX();
            double sdy = snapped.y() - dragOrigin.getY();
            Workspace before = model.workspace();
            if (sdx != 0 || sdy != 0) {
                model.moveZone(zone.namespace(), sdx, sdy);
            }
            showModelIfUnchanged(before);
        } else {
            zone.relocate(dragOrigin.getX() + dx, dragOrigin.getY() + dy);
        }
        e.consume();
    }

    private void resizeZone(ZoneNode zone, MouseEvent e, boolean done) {
        if (dragStart == null) {
            return;
        }
        Point2D now = world.sceneToLocal(e.getSceneX(), e.getSceneY());
        double w = Math.max(160, dragOrigin.getX() + now.getX() - dragStart.getX());
        double h = Math.max(120, dragOrigin.getY() + now.getY() - dragStart.getY());
        if (done) {
            dragStart = null;
            Point snapped = model.snap(new Point(w, h));
            Workspace before = model.workspace();
            model.resizeZone(zone.namespace(), snapped.x(), snapped.y());
            showModelIfUnchanged(before);
        } else {
            zone.setPrefSize(w, h);
            zone.resize(w, h);
            zone.resizeHandle.relocate(w - 16, h - 16);
            zone.header.resize(w, ZoneNode.HEADER_HEIGHT);
        }
        e.consume();
    }

    // ---- marks a teacher's step puts on arrows ---------------------------------------------------

    /** Puts a style class on an arrow (the stylesheets say how it looks); false if there is no such arrow. */
    boolean markArrow(String fromId, String toId, String styleClass) {
        Arrow arrow = arrows.get(Connection.key(fromId, toId));
        if (arrow == null) {
            return false;
        }
        arrow.mark(styleClass);
        arrowLayer.arrowsChanged();
        return true;
    }

    void clearArrowMarks() {
        boolean cleared = false;
        for (Arrow a : arrows.values()) {
            cleared |= a.clearMarks();
        }
        if (cleared) {
            arrowLayer.arrowsChanged();
        }
    }

    // ---- lookups for tests and the explanation card -------------------------------------------

    Optional<Arrow> arrow(String fromId, String toId) {
        return Optional.ofNullable(arrows.get(Connection.key(fromId, toId)));
    }

    /** Whether an arrow is on screen now (not left out by hide-denied or focus, nor hidden by a stylesheet). */
    boolean isDrawn(Arrow arrow) {
        return arrowLayer.isDrawn(arrow);
    }

    /**
     * Whether the still arrows on screen are the newest: they are painted off the JavaFX thread and
     * follow an edit a few frames later (tests read pixels once they have).
     */
    boolean arrowsSettled() {
        return arrowLayer.isSettled();
    }

    /** The look an arrow is painted in. */
    ArrowLooks.Look lookOf(Arrow arrow) {
        return arrowLayer.lookOf(arrow);
    }

    /** Where the traffic dots are along their arrows (tests check that it moves only when seen). */
    double flowPhase() {
        return flowPhase.get();
    }

    /** A point of the drawing, on screen. */
    Point2D canvasToScreen(double x, double y) {
        return world.localToScreen(x, y);
    }

    Optional<EndpointNode> endpointNode(String id) {
        return Optional.ofNullable(endpointNodes.get(id));
    }

    List<Arrow> allArrows() {
        return List.copyOf(arrows.values());
    }
}
