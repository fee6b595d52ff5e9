package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Workspace;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * What a person does to cards and zones with the mouse: drag a card (into another zone: another
 * namespace), Shift+drag from a card to another to allow that connection, drag a zone by its
 * header, resize it by its corner, click a card to select it, and open their context menus. The drag is shown live; the model hears only of the drop.
 */
final class CardDragging {
    private final PlaygroundModel model;
    private final Pane world;
    private final CanvasArrows arrows;
    private final CanvasMenus menus;
    private final BooleanSupplier editable;
    /** Shows the model's workspace again, for a drop that changed nothing (see {@link #showModelIfUnchanged}). */
    private final Consumer<Workspace> reshow;
    private Point2D dragStart;
    private Point2D dragOrigin;
    private boolean dragged;
    /** Shift+drag from a card draws a connection to allow instead of moving the card. */
    private final Line link = new Line();
    private String linkFrom;
    private final java.util.function.Function<Point2D, java.util.Optional<String>> endpointAt;

    /** @param endpointAt the card under a point of the drawing, for a connection drawn to it */
    CardDragging(PlaygroundModel model, Pane world, CanvasArrows arrows, CanvasMenus menus, BooleanSupplier editable,
                 Consumer<Workspace> reshow, java.util.function.Function<Point2D, java.util.Optional<String>> endpointAt) {
        this.endpointAt = endpointAt;
        link.setId("link-drag");
        link.getStyleClass().add("link-drag");
        link.setMouseTransparent(true);
        link.setManaged(false);
        this.model = model;
        this.world = world;
        this.arrows = arrows;
        this.menus = menus;
        this.editable = editable;
        this.reshow = reshow;
    }

    void wireEndpoint(EndpointNode node) {
        node.setOnMouseClicked(e -> {
            if (!editable.getAsBoolean()) {
                model.selectedEndpointProperty().set(node.endpointId());
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() % 2 == 0) {
                // A double-click focuses on the card (its arrows alone), and a second one shows all again.
                String id = node.endpointId();
                model.focusedEndpointProperty().set(model.focusedEndpointProperty().get().equals(id) ? "" : id);
            }
        });
        node.setOnMousePressed(e -> {
            if (!editable.getAsBoolean()) {
                return;
            }
            if (e.getButton() == MouseButton.SECONDARY && menus.available()) {
                menus.showForEndpoint(node.endpointId(), node, e.getScreenX(), e.getScreenY());
                e.consume();
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.isShiftDown() && menus.buildsPolicies()) {
                startLink(node);
                e.consume();
                return;
            }
            dragStart = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            dragOrigin = new Point2D(node.centreX(), node.centreY());
            dragged = false;
            arrows.liftArrowsOf(node.endpointId());
            node.toFront();
            e.consume();
        });
        node.setOnMouseDragged(e -> {
            if (linkFrom != null) {
                Point2D now = world.sceneToLocal(e.getSceneX(), e.getSceneY());
                link.setEndX(now.getX());
                link.setEndY(now.getY());
                e.consume();
                return;
            }
            if (!editable.getAsBoolean() || dragStart == null || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            Point2D now = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            double dx = now.getX() - dragStart.getX();
            double dy = now.getY() - dragStart.getY();
            dragged |= Math.hypot(dx, dy) > 3;
            node.centreOn(dragOrigin.getX() + dx, dragOrigin.getY() + dy);
            arrows.relayoutArrowsOf(node.endpointId());
            e.consume();
        });
        node.setOnMouseReleased(e -> {
            if (linkFrom != null) {
                finishLink(world.sceneToLocal(e.getSceneX(), e.getSceneY()));
                e.consume();
                return;
            }
            if (!editable.getAsBoolean() || dragStart == null || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            String id = node.endpointId();
            arrows.putArrowsDown();
            if (dragged) {
                Workspace before = model.workspace();
                model.moveEndpoint(id, new Point(node.centreX(), node.centreY()));
                showModelIfUnchanged(before);
            } else {
                // A click that wobbled a pixel or two is not a move: the card goes back.
                if (node.centreX() != dragOrigin.getX() || node.centreY() != dragOrigin.getY()) {
                    node.centreOn(dragOrigin.getX(), dragOrigin.getY());
                    arrows.relayoutArrowsOf(id);
                }
                model.selectedEndpointProperty().set(id);
            }
            dragStart = null;
            e.consume();
        });
        node.setOnContextMenuRequested(e -> {
            if (editable.getAsBoolean() && menus.available() && e.isKeyboardTrigger()) {
                menus.showForEndpoint(node.endpointId(), node, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private void startLink(EndpointNode from) {
        linkFrom = from.endpointId();
        link.setStartX(from.centreX());
        link.setStartY(from.centreY());
        link.setEndX(from.centreX());
        link.setEndY(from.centreY());
        if (!world.getChildren().contains(link)) {
            world.getChildren().add(link);
        }
        link.setVisible(true);
    }

    /** Dropped on another card: ask to allow that connection (the dialog shows the change first). */
    private void finishLink(Point2D at) {
        String from = linkFrom;
        linkFrom = null;
        link.setVisible(false);
        endpointAt.apply(at).filter(to -> !to.equals(from)).ifPresent(to -> menus.allowDrawnConnection(from, to));
    }

    /**
     * A drop that snaps back to where it started is no edit, so the model says nothing; the card or
     * zone, moved live during the drag, must then go back to where the model has it.
     */
    private void showModelIfUnchanged(Workspace before) {
        if (model.workspace() == before) {
            reshow.accept(before);
        }
    }

    void wireZone(ZoneNode zone) {
        showZoneHandles(zone);
        Node header = zone.header;
        header.setOnMousePressed(e -> {
            if (!editable.getAsBoolean()) {
                return;
            }
            dragStart = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            dragOrigin = new Point2D(zone.getLayoutX(), zone.getLayoutY());
            e.consume();
        });
        header.setOnMouseDragged(e -> dragZone(zone, e, false));
        header.setOnMouseReleased(e -> dragZone(zone, e, true));
        zone.resizeHandle.setOnMousePressed(e -> {
            if (!editable.getAsBoolean()) {
                return;
            }
            dragStart = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            dragOrigin = new Point2D(zone.getWidth(), zone.getHeight());
            e.consume();
        });
        zone.resizeHandle.setOnMouseDragged(e -> resizeZone(zone, e, false));
        zone.resizeHandle.setOnMouseReleased(e -> resizeZone(zone, e, true));
        zone.setOnMousePressed(e -> {
            if (editable.getAsBoolean() && menus.available() && e.getButton() == MouseButton.SECONDARY) {
                menus.showForZone(zone, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    /** The zone's handles show only where a person may drag. */
    void showZoneHandles(ZoneNode zone) {
        zone.header.setCursor(editable.getAsBoolean() ? Cursor.MOVE : Cursor.DEFAULT);
        zone.resizeHandle.setVisible(editable.getAsBoolean());
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
}
