package io.netpoldojo.ui;

import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * A dimmed layer over the whole window that shows one card (the welcome, the shortcut list,
 * About). A click anywhere on it closes it; Esc is handled by the window's key dispatch.
 */
final class OverlayLayer extends StackPane {
    /**
     * @param cards the card for each overlay, built afresh each time it opens (places may have
     *              added shortcuts since)
     */
    OverlayLayer(FrameModel model, Map<FrameModel.Overlay, Supplier<Node>> cards) {
        setId("overlay-layer");
        getStyleClass().add("overlay-layer");
        setAlignment(Pos.CENTER);
        setFocusTraversable(false);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> model.closeOverlay());
        show(model.overlayProperty().get(), cards);
        model.overlayProperty().addListener((o, old, now) -> show(now, cards));
    }

    private void show(FrameModel.Overlay overlay, Map<FrameModel.Overlay, Supplier<Node>> cards) {
        Supplier<Node> card = cards.get(overlay);
        if (card == null) {
            getChildren().clear();
            setVisible(false);
            return;
        }
        getChildren().setAll(card.get());
        setVisible(true);
        requestFocus();
    }
}
