package io.netpoldojo.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A calm bar under the menus for things the user should know but need not act on (settings
 * that could not be loaded or saved). It pushes the content down rather than covering it, and
 * never blocks: the app works while it is shown. Hidden when the notice is empty.
 */
final class NoticeBar extends HBox {
    NoticeBar(FrameModel model) {
        setId("notice-bar");
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId("notice-text");
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        // All of it, however long: the place below would squeeze the bar to one line, and the end
        // of the sentence, cut to "...", is where the damaged file now is.
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(model.noticeProperty());
        Button close = new Button();
        close.setId("notice-close");
        close.getStyleClass().add("notice-close");
        close.setGraphic(Icons.icon(Icons.CLOSE, 16));
        close.setAccessibleText("Dismiss this message");
        close.setOnAction(e -> model.dismissNotice());
        getChildren().addAll(Icons.icon(Icons.WARNING, 20), text, close);
        visibleProperty().bind(model.noticeProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
