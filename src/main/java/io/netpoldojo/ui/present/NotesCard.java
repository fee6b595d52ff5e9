package io.netpoldojo.ui.present;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The step's narration, for the teacher to say; a key takes it off the projected picture. */
final class NotesCard extends VBox {
    /** @param toggleKeys the key that hides it, for its caption */
    NotesCard(Presentation presentation, String toggleKeys) {
        setId("present-notes");
        getStyleClass().addAll("present-card", "present-notes");
        Label caption = new Label("Notes \u00b7 " + toggleKeys + " hides them");
        caption.getStyleClass().add("present-hint");
        Label text = new Label();
        text.setId("present-notes-text");
        text.getStyleClass().add("present-notes-text");
        text.setWrapText(true);
        getChildren().addAll(caption, text);
        InvalidationListener refresh = o -> {
            text.setText(presentation.currentStep().narration());
            boolean shown = presentation.narrationShownProperty().get() && !presentation.liveProperty().get();
            setVisible(shown);
            setManaged(shown);
        };
        presentation.stepProperty().addListener(refresh);
        presentation.liveProperty().addListener(refresh);
        presentation.narrationShownProperty().addListener(refresh);
        refresh.invalidated(null);
    }
}
