package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.ui.playground.arrows.Arrow;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;

/**
 * Arrows are painted, not nodes, so they take no mouse events; this curve, wide and transparent,
 * is laid over the arrow nearest the mouse and takes its clicks (a right click: the arrow's menu) and
 * shows its tooltip instead.
 */
final class ArrowHover {
    private final CubicCurve hit = new CubicCurve();
    private final Tooltip tooltip = new Tooltip();
    private final Pane world;
    private final CanvasArrows arrows;
    private Arrow hovered;
    /**
     * The mouse in scene coordinates, or null when it is not over the canvas: kept in the scene's
     * terms because scrolling and zooming move the drawing under a mouse that stays still.
     */
    private Point2D mouseInScene;

    /**
     * @param world the drawing, whose mouse moves are followed
     * @param layer where the hit curve goes: between the arrows and the cards
     */
    ArrowHover(Pane world, Pane layer, CanvasArrows arrows, CanvasMenus menus,
               java.util.function.BooleanSupplier editable,
               java.util.function.Consumer<io.netpoldojo.workspace.Connection> onClick,
               java.util.function.Function<Arrow, String> tooltipText) {
        this.world = world;
        this.arrows = arrows;
        hit.setId("arrow-hover");
        hit.setFill(null);
        hit.setStroke(Color.TRANSPARENT);
        hit.setStrokeWidth(2 * CanvasArrows.HIT_DISTANCE);
        hit.setCursor(Cursor.HAND);
        hit.setVisible(false);
        hit.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && hovered != null) {
                onClick.accept(hovered.connection());
            }
            e.consume();
        });
        hit.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.SECONDARY && hovered != null && menus.available()
                    && editable.getAsBoolean()) {
                // Owned by the drawing, not the hit curve: the curve hides as the mouse moves to the menu.
                menus.showForArrow(hovered.connection(), world, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        // The text is made as the tooltip opens, so it tells the arrow's verdict of that moment.
        tooltip.setOnShowing(e -> tooltip.setText(hovered == null ? "" : tooltipText.apply(hovered)));
        Tooltip.install(hit, tooltip);
        layer.getChildren().add(hit);
        world.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            mouseInScene = new Point2D(e.getSceneX(), e.getSceneY());
            refresh();
        });
        world.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseInScene = null;
            refresh();
        });
        // Scrolling, zooming and fitting move the drawing under a still mouse, and send no mouse event.
        world.localToSceneTransformProperty().addListener(o -> {
            world.getLocalToSceneTransform();
            refresh();
        });
    }

    /**
     * Lays the hit curve over the visible arrow nearest the mouse, if one is near enough. Runs when
     * the mouse moves and when arrows move, appear or vanish, so a click always meets what is drawn.
     */
    void refresh() {
        Arrow nearest = mouseInScene == null ? null : arrows.arrowAt(world.sceneToLocal(mouseInScene));
        if (nearest != null) {
            nearest.copyLineTo(hit);
        }
        hovered = nearest;
        hit.setVisible(nearest != null);
    }
}
