package io.netpoldojo.ui;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * A dimmed layer over the whole window that shows one card (the shortcut list, About). A click
 * anywhere on it closes it; Esc is handled by the window's key dispatch.
 */
final class OverlayLayer extends StackPane {
    OverlayLayer(FrameModel model, Supplier<Node> shortcutsCard, Supplier<Node> aboutCard) {
        setId("overlay-layer");
        getStyleClass().add("overlay-layer");
        setAlignment(Pos.CENTER);
        setVisible(false);
        setFocusTraversable(false);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> model.closeOverlay());
        model.overlayProperty().addListener((o, old, now) -> {
            switch (now) {
                case SHORTCUTS:
                    // Built afresh each time: places may have added shortcuts since.
                    open(shortcutsCard.get());
                    break;
                case ABOUT:
                    open(aboutCard.get());
                    break;
                default:
                    getChildren().clear();
                    setVisible(false);
            }
        });
    }

    private void open(Node card) {
        getChildren().setAll(card);
        setVisible(true);
        requestFocus();
    }
}
