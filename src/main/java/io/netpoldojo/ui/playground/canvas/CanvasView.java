package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.ui.playground.arrows.Arrow;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.ui.playground.arrows.ArrowLayer;
import io.netpoldojo.ui.playground.arrows.ArrowLooks;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.model.TierWords;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Workspace;
import java.util.List;
import java.util.Optional;
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
    private final Pane zoneLayer = new Pane();
    private final DoubleProperty flowPhase = new SimpleDoubleProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final CanvasArrows arrows;
    private final ArrowLayer arrowLayer;
    /** Holds the one hit curve laid over the arrow under the mouse, between the arrows and the cards. */
    private final Pane hoverLayer = new Pane();
    private final Pane nodeLayer = new Pane();
    private final CardDragging dragging;
    private final CardsAndZones nodes = new CardsAndZones(zoneLayer, nodeLayer);
    private final DrawingSize size;
    private final TrafficFlow flow;
    /** What a click on an arrow does: explain it, unless a mode (drawing the intent) takes clicks over. */
    private java.util.function.Consumer<io.netpoldojo.workspace.Connection> arrowClick;
    /** What an arrow's tooltip says in such a mode; empty: its verdict. */
    private java.util.function.Function<io.netpoldojo.workspace.Connection, Optional<String>> arrowTooltip =
            c -> Optional.empty();
    /** Whether a person may drag cards and zones; a read-only diagram can be switched to editing (live demos). */
    private boolean editable;

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
        this.arrowClick = explain();
        this.arrows = new CanvasArrows(model, nodes.cards(), nodes::titleBoxes, flowPhase, zoom);
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
                    nodes.forgetZones();
                    syncWorkspace(ws);
                }, nodes::endpointAt);
        Scale scale = new Scale();
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        world.getTransforms().add(scale);
        world.setManaged(false);
        holder.getStyleClass().add("canvas-holder");
        // A canvas people build on keeps room to drop things; a diagram is as large as what it shows.
        size = new DrawingSize(editable, world, List.of(zoneLayer, arrowLayer, hoverLayer, nodeLayer), holder, zoom);
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
        double contentW = size.width();
        double contentH = size.height();
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
        if (viewW <= 0 || size.width() <= 0) {
            return size.height();
        }
        double z = Math.max(0.4, Math.min(maxZoom, viewW / size.width()));
        zoom.set(z);
        world.setTranslateX(Math.max(0, viewW - size.width() * z) / 2);
        world.setTranslateY(0);
        setHvalue(0);
        setVvalue(0);
        return size.height() * z;
    }

    /** The drawing's size at 100%. */
    public double drawingWidth() {
        return size.width();
    }

    public double drawingHeight() {
        return size.height();
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
        nodes.zones().forEach(dragging::showZoneHandles);
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

    // ---- keeping in step with the model -------------------------------------------------------

    private void syncWorkspace(Workspace ws) {
        CardsAndZones.Sync sync = nodes.sync(ws, dragging);
        if (sync == CardsAndZones.Sync.SAME) {
            return;
        }
        if (sync == CardsAndZones.Sync.MOVED) {
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

    /** The drawing holds its zones, cards and arrows (see {@link DrawingSize#fit}). */
    private void sizeWorld(Workspace ws) {
        size.fit(ws, arrows.reach());
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
        return Optional.ofNullable(nodes.cards().get(id));
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

    /** Puts a dragged card's arrows back among the still ones, as a drop does (the benchmark times a drop). */
    public void putArrowsDown() {
        arrows.putArrowsDown();
    }
}
