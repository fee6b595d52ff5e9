package io.netpoldojo.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Parts shared by the overlay cards, so they look alike. */
final class OverlayCards {
    private OverlayCards() {}

    static HBox header(String iconPath, String title) {
        Label text = new Label(title);
        text.getStyleClass().add("overlay-title");
        HBox header = new HBox(Icons.icon(iconPath, 24), text);
        header.getStyleClass().add("overlay-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    static Label closeHint() {
        Label hint = new Label("Press Esc or click anywhere to close");
        hint.getStyleClass().add("overlay-hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setAlignment(Pos.CENTER);
        return hint;
    }
}
