package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.ui.playground.arrows.Arrow;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.ui.playground.arrows.ArrowLayer;
import io.netpoldojo.ui.playground.arrows.ArrowLooks;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.model.TierWords;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Workspace;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * The drawing: namespace zones, endpoint cards and the arrows between them, kept in step with the
 * {@link PlaygroundModel}. Dragging a card moves it (into another zone: another namespace), the
 * zone header moves a zone, its corner resizes it; clicking an arrow asks why.
 */
public final class CanvasView extends ScrollPane {
    private final PlaygroundModel model;
    private final Pane world = new Pane();
    /**
     * The scroll pane's content: a plain region sized to the zoomed drawing. A Group here would
     * make the scroll pane re-measure every arrow each time any arrow moved.
     */
    private final Pane holder = new Pane(world);
    private double worldWidth = 900;
    private double worldHeight = 600;
    private final Pane zoneLayer = new Pane();
    private final DoubleProperty flowPhase = new SimpleDoubleProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final Map<String, EndpointNode> endpointNodes = new HashMap<>();
    private final CanvasArrows arrows;
    private final ArrowLayer arrowLayer;
    /** Holds the one hit curve laid over the arrow under the mouse, between the arrows and the cards. */
    private final Pane hoverLayer = new Pane();
    private final Pane nodeLayer = new Pane();
    private final CardDragging dragging;
    private final Map<String, ZoneNode> zoneNodes = new HashMap<>();
    /** What the zones and cards last showed, so a policy-only edit can skip them. */
    private List<NamespaceZone> shownZones;
    private List<PlacedEndpoint> shownEndpoints;
    private final TrafficFlow flow;
    /** What a click on an arrow does: explain it, unless a mode (drawing the intent) takes clicks over. */
    private java.util.function.Consumer<io.netpoldojo.workspace.Connection> arrowClick;
    /** What an arrow's tooltip says in such a mode; empty: its verdict. */
    private java.util.function.Function<io.netpoldojo.workspace.Connection, Optional<String>> arrowTooltip =
            c -> Optional.empty();
    /** Whether a person may drag cards and zones; a read-only diagram can be switched to editing (live demos). */
    private boolean editable;
    /** A canvas people build on keeps room to drop things; a diagram is as large as what it shows. */
    private final boolean roomy;
    /** Room right of and below what is drawn (the layouts leave the same on the left and top). */
    private static final double MARGIN = 24;

    public CanvasView(PlaygroundModel model, CanvasActions actions) {
        this(model, actions, null, true);
    }

    /** An editable canvas whose menus also build policies. */
    public CanvasView(PlaygroundModel model, CanvasActions actions, PolicyActions policies) {
        this(model, actions, policies, true);
    }

    /**
     * @param editable false for a diagram a person looks at but does not change (lessons, quiz
     *                 cards, the classroom): no dragging and no menus, but arrows still explain
     *                 themselves when clicked
     */
    public CanvasView(PlaygroundModel model, CanvasActions actions, boolean editable) {
        this(model, actions, null, editable);
    }

    /** @param policies what the menus' policy items call, or null for menus without them */
    private CanvasView(PlaygroundModel model, CanvasActions actions, PolicyActions policies, boolean editable) {
        this.model = model;
        this.editable = editable;
        this.roomy = editable;
        this.arrowClick = explain();
        this.arrows = new CanvasArrows(model, endpointNodes,
                () -> zoneNodes.values().stream().map(ZoneNode::titleBox).toList(), flowPhase, zoom);
        this.arrowLayer = arrows.layer();
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
        CanvasMenus menus = new CanvasMenus(model, actions, policies);
        ArrowHover hover = new ArrowHover(world, hoverLayer, arrows, menus, () -> this.editable,
                c -> arrowClick.accept(c), a -> arrowTooltip.apply(a.connection()).orElseGet(() -> a.tooltipText(
                        a.decidingTier().flatMap(t -> TierWords.decidedBy(model.explain(a.connection()))))));
        arrows.setOnArrowsMoved(hover::refresh);
        dragging = new CardDragging(model, world, arrows, menus, () -> this.editable,
                ws -> {
                    shownZones = null;
                    syncWorkspace(ws);
                }, this::endpointAt);
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
        flow = new TrafficFlow(this, flowPhase);
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
                Arrow arrow = arrows.arrowAt(new Point2D(e.getX(), e.getY()));
                if (arrow != null) {
                    arrowClick.accept(arrow.connection());
                    return;
                }
                model.selectedEndpointProperty().set("");
                model.selectedConnectionProperty().set(Optional.empty());
            }
        });
        model.workspaceProperty().addListener((o, a, ws) -> syncWorkspace(ws));
        model.evaluationProperty().addListener((o, a, ev) -> {
            arrows.sync(ev.connections());
            sizeWorld(model.workspace());
        });
        model.lastChangeProperty().addListener((o, a, change) -> arrows.animate(change));
        model.hideDeniedProperty().addListener((o, a, b) -> arrows.refreshVisibility());
        model.focusedEndpointProperty().addListener((o, a, b) -> {
            arrows.refreshVisibility();
            refreshBusy();
        });
        model.selectedEndpointProperty().addListener((o, a, b) -> arrows.refreshSelection());
        model.selectedConnectionProperty().addListener((o, a, b) -> arrows.refreshSelection());
        syncWorkspace(model.workspace());
        arrows.sync(model.evaluation().connections());
        sizeWorld(model.workspace());
    }

    /** The part of the drawing inside the visible area, in drawing units (the scroll bars' margin included). */
    private Bounds visibleDrawing() {
        return world.sceneToLocal(localToScene(getLayoutBounds()));
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /**
     * Zooms so the whole drawing fits the visible area (never above 100%: small drawings stay at
     * their real size), and scrolls to its top-left.
     */
    public void fitToView() {
        fitToView(1, 1, false);
    }

    /**
     * Fits the drawing to the visible area as {@link #fitToView()} does, but up to
     * {@code maxZoom}, then magnifies it by {@code factor} (above 1 the drawing overflows); with
     * {@code centre}, a drawing smaller than the area sits in its middle.
     */
    public void fitToView(double maxZoom, double factor, boolean centre) {
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

    /**
     * Zooms so the drawing fills the visible width, up to {@code maxZoom}, centred across, from
     * the top; returns how tall the drawing is then, so the view can be made that tall.
     */
    public double fitWidth(double maxZoom) {
        double viewW = getViewportBounds().getWidth();
        if (viewW <= 0 || worldWidth <= 0) {
            return worldHeight;
        }
        double z = Math.max(0.4, Math.min(maxZoom, viewW / worldWidth));
        zoom.set(z);
        world.setTranslateX(Math.max(0, viewW - worldWidth * z) / 2);
        world.setTranslateY(0);
        setHvalue(0);
        setVvalue(0);
        return worldHeight * z;
    }

    /** The drawing's size at 100%. */
    public double drawingWidth() {
        return worldWidth;
    }

    public double drawingHeight() {
        return worldHeight;
    }

    private java.util.function.Consumer<io.netpoldojo.workspace.Connection> explain() {
        return c -> model.selectedConnectionProperty().set(Optional.of(c));
    }

    /**
     * Lets a mode take over clicks on arrows and what their tooltips say; a null handler gives them
     * back to the explanation and the verdict.
     */
    public void setArrowMode(java.util.function.Consumer<io.netpoldojo.workspace.Connection> handler,
                             java.util.function.Function<io.netpoldojo.workspace.Connection, String> tooltip) {
        arrowClick = handler == null ? explain() : handler;
        arrowTooltip = handler == null ? c -> Optional.empty() : c -> Optional.of(tooltip.apply(c));
    }

    /** Turns dragging on or off for a diagram (menus stay off when there are no edit dialogs). */
    public void setEditable(boolean on) {
        editable = on;
        zoneNodes.values().forEach(dragging::showZoneHandles);
    }

    /** Stops the flow animation while the place is hidden, and lets it run (when seen and touched) again. */
    public void setAnimating(boolean on) {
        flow.setAllowed(on);
    }

    /** Whether the traffic is moving now (it rests while nobody can see it or touches the app). */
    public boolean isFlowing() {
        return flow.isRunning();
    }

    /** How long without input before the traffic stands still (tests shorten it). */
    public void setIdleAfter(Duration idle) {
        flow.setIdleAfter(idle);
    }

    /** A scene point in canvas coordinates (for drops from the palette). */
    public Point sceneToCanvas(double sceneX, double sceneY) {
        Point2D p = world.sceneToLocal(sceneX, sceneY);
        return new Point(p.getX(), p.getY());
    }

    /** True when the scene point lies over the visible canvas. */
    public boolean containsScenePoint(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return local != null && contains(local);
    }

    /** The card under a point of the drawing, if any. */
    private Optional<String> endpointAt(Point2D p) {
        return endpointNodes.values().stream().filter(n -> n.getBoundsInParent().contains(p))
                .map(EndpointNode::endpointId).findFirst();
    }

    // ---- keeping in step with the model -------------------------------------------------------

    private void syncWorkspace(Workspace ws) {
        // Switching or editing a policy changes the workspace but nothing drawn from it here; the
        // arrows follow the evaluation. Checking first keeps a policy edit off 2,500 arrows.
        if (ws.namespaces().equals(shownZones) && ws.endpoints().equals(shownEndpoints)) {
            return;
        }
        boolean zonesChanged = !ws.namespaces().equals(shownZones);
        shownZones = ws.namespaces();
        shownEndpoints = ws.endpoints();
        Set<String> zones = new HashSet<>();
        for (NamespaceZone z : ws.namespaces()) {
            zones.add(z.name());
            ZoneNode node = zoneNodes.get(z.name());
            if (node == null) {
                node = new ZoneNode(z);
                dragging.wireZone(node);
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
                dragging.wireEndpoint(node);
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
        if (!moved.isEmpty() || zonesChanged) {
            arrows.geometryChanged();
        }
        arrows.refreshSelection();
        sizeWorld(ws);
        refreshBusy();
    }

    /**
     * A canvas of many endpoints is "busy": its denied arrows fade back (playground.css), so the
     * open ones can be read; a focus on one pod shows its arrows in full again.
     */
    private void refreshBusy() {
        boolean busy = model.workspace().endpoints().size() >= BUSY && model.focusedEndpointProperty().get().isEmpty();
        if (busy != getStyleClass().contains(BUSY_CLASS)) {
            if (busy) {
                getStyleClass().add(BUSY_CLASS);
            } else {
                getStyleClass().remove(BUSY_CLASS);
            }
        }
    }

    /** From this many endpoints a canvas is busy (see {@link #refreshBusy}). */
    static final int BUSY = 12;
    static final String BUSY_CLASS = "busy-canvas";

    /**
     * The drawing reaches its furthest zone, card or arrow and a margin, as a laid-out diagram's
     * placement and its exported picture do (an arrow bowed around a card may run beyond every
     * card); a canvas people build on is at least 400 by 300, so there is room to drop the first pods.
     */
    private void sizeWorld(Workspace ws) {
        double w = roomy ? 400 : 0;
        double h = roomy ? 300 : 0;
        Optional<io.netpoldojo.diagram.Box> lines = arrows.reach();
        if (lines.isPresent()) {
            w = Math.max(w, lines.get().maxX() + io.netpoldojo.diagram.Sizes.ARROW_MARGIN);
            h = Math.max(h, lines.get().maxY() + io.netpoldojo.diagram.Sizes.ARROW_MARGIN);
        }
        for (NamespaceZone z : ws.namespaces()) {
            w = Math.max(w, z.rect().x() + z.rect().width() + MARGIN);
            h = Math.max(h, z.rect().y() + z.rect().height() + MARGIN);
        }
        for (PlacedEndpoint e : ws.endpoints()) {
            w = Math.max(w, e.at().x() + EndpointNode.WIDTH / 2 + MARGIN);
            h = Math.max(h, e.at().y() + EndpointNode.HEIGHT / 2 + MARGIN);
        }
        if (w == worldWidth && h == worldHeight && world.getWidth() == w) {
            return;
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

    // ---- marks a teacher's step puts on arrows ---------------------------------------------------

    /** Shows a change as an edit's is shown: each arrow that opened or closed pulses and says so. */
    public void showChange(ConnectionMap.Change change) {
        arrows.animate(change);
    }

    /** Puts a style class on an arrow (the stylesheets say how it looks); false if there is no such arrow. */
    public boolean markArrow(String fromId, String toId, String styleClass) {
        return arrows.mark(fromId, toId, styleClass);
    }

    public void clearArrowMarks() {
        arrows.clearMarks();
    }

    // ---- lookups for tests and the explanation card -------------------------------------------

    public Optional<Arrow> arrow(String fromId, String toId) {
        return arrows.arrow(fromId, toId);
    }

    /** Whether an arrow is on screen now (not left out by hide-denied or focus, nor hidden by a stylesheet). */
    public boolean isDrawn(Arrow arrow) {
        return arrowLayer.isDrawn(arrow);
    }

    /**
     * Whether the still arrows on screen are the newest: they are painted off the JavaFX thread and
     * follow an edit a few frames later (tests read pixels once they have).
     */
    public boolean arrowsSettled() {
        return arrowLayer.isSettled();
    }

    /** The look an arrow is painted in. */
    public ArrowLooks.Look lookOf(Arrow arrow) {
        return arrowLayer.lookOf(arrow);
    }

    /** Where the traffic dots are along their arrows (tests check that it moves only when seen). */
    public double flowPhase() {
        return flowPhase.get();
    }

    /** A point of the drawing, in the scene. */
    public Point2D canvasToScene(double x, double y) {
        return world.localToScene(x, y);
    }

    /** A point of the drawing, on screen. */
    public Point2D canvasToScreen(double x, double y) {
        return world.localToScreen(x, y);
    }

    public Optional<EndpointNode> endpointNode(String id) {
        return Optional.ofNullable(endpointNodes.get(id));
    }

    public List<Arrow> allArrows() {
        return List.copyOf(arrows.all());
    }

    /** Live arrow geometry while a card is dragged (the benchmark times a drag frame). */
    public void relayoutArrowsOf(String endpointId) {
        arrows.relayoutArrowsOf(endpointId);
    }

    /** Lifts a card's arrows off the still ones, as a drag does. */
    public void liftArrowsOf(String endpointId) {
        arrows.liftArrowsOf(endpointId);
    }
}
