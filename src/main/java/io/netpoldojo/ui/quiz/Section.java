package io.netpoldojo.ui.quiz;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A titled column of the history and report pages, for the caller to fill below its title. */
final class Section {
    private Section() {}

    /** A column with {@code title} on top, found by {@code id}, styled with {@code styleClasses} (quiz.css). */
    static VBox titled(String title, String id, String... styleClasses) {
        Label heading = new Label(title);
        heading.getStyleClass().add("quiz-section-title");
        VBox box = new VBox(heading);
        box.setId(id);
        box.getStyleClass().addAll(styleClasses);
        return box;
    }
}
