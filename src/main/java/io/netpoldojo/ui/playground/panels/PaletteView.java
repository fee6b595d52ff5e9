package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.workspace.Preset;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * What can be dragged onto the canvas. A drag is a plain press-drag-release gesture (not the
 * platform's drag and drop), so it behaves the same with a mouse, a touchpad and in headless tests;
 * a click or Enter adds the item at a free spot.
 */
public final class PaletteView extends VBox {
    private final Label ghost = new Label();

    /**
     * @param overlay  where the ghost that follows the pointer is drawn
     * @param onDrop   called with the preset and the scene point where it was released
     * @param onAdd    called with the preset when it is clicked or chosen with the keyboard
     */
    public PaletteView(Pane overlay, BiConsumer<Preset, javafx.geometry.Point2D> onDrop, Consumer<Preset> onAdd) {
        setId("palette");
        getStyleClass().add("palette");
        Label title = new Label("Drag onto the canvas, or click to add");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add("palette-title");
        getChildren().add(title);
        ghost.getStyleClass().add("palette-ghost");
        ghost.setMouseTransparent(true);
        ghost.setVisible(false);
        overlay.getChildren().add(ghost);
        for (Preset p : Preset.values()) {
            if (p == Preset.NAMESPACE || p == Preset.ALB) {
                Label section = new Label(p == Preset.NAMESPACE ? "Namespaces" : "Outside the cluster");
                section.getStyleClass().add("palette-section");
                getChildren().add(section);
            }
            getChildren().add(item(p, overlay, onDrop, onAdd));
        }
        Label link = new Label("Shift+drag from one card to another to allow that connection; right-click an"
                + " arrow, a pod or a namespace for more.");
        link.setId("palette-link-hint");
        link.setWrapText(true);
        link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        link.getStyleClass().add("palette-section");
        getChildren().add(link);
    }

    private HBox item(Preset preset, Pane overlay, BiConsumer<Preset, javafx.geometry.Point2D> onDrop,
                      Consumer<Preset> onAdd) {
        Circle dot = new Circle(6);
        dot.getStyleClass().addAll("palette-dot", "palette-dot-" + preset.name().toLowerCase(java.util.Locale.ROOT));
        Label name = new Label(preset.title());
        name.setWrapText(true);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox item = new HBox(10, dot, name);
        item.setAlignment(Pos.CENTER_LEFT);
        item.getStyleClass().add("palette-item");
        item.setId("palette-" + preset.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        item.setFocusTraversable(true);
        Tooltip.install(item, new Tooltip(preset.describe()));
        boolean[] dragging = {false};
        item.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragging[0] = false;
                item.requestFocus();
                e.consume();
            }
        });
        item.setOnMouseDragged(e -> {
            if (!dragging[0]) {
                dragging[0] = true;
                ghost.setText(preset.title());
                ghost.setVisible(true);
            }
            moveGhost(overlay, e);
            e.consume();
        });
        item.setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            ghost.setVisible(false);
            if (dragging[0]) {
                onDrop.accept(preset, new javafx.geometry.Point2D(e.getSceneX(), e.getSceneY()));
            } else {
                onAdd.accept(preset);
            }
            dragging[0] = false;
            e.consume();
        });
        item.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onAdd.accept(preset);
                e.consume();
            }
        });
        return item;
    }

    private void moveGhost(Pane overlay, MouseEvent e) {
        javafx.geometry.Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
        ghost.relocate(p.getX() + 8, p.getY() + 8);
        ghost.toFront();
    }
}
