package io.netpoldojo.ui.quiz;

import io.netpoldojo.quiz.TrapStats;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The home screen's "Your traps": the three misconceptions the learner has fallen into most
 * lately, each with what is true, and "Practise my traps". Rows are {@code #quiz-trap-1} to
 * {@code -3}.
 */
final class TrapsCard extends VBox {
    private final QuizModel model;
    private final VBox rows = new VBox();
    private final Label empty = new Label("No traps yet. When a wrong answer shows a classic misconception, it is"
            + " counted here, and you can practise exactly those.");

    TrapsCard(QuizModel model) {
        this.model = model;
        setId("quiz-traps-card");
        getStyleClass().addAll("quiz-card", "quiz-mode-card", "quiz-traps-card");
        Label heading = new Label("Your traps");
        heading.getStyleClass().add("quiz-card-title");
        rows.getStyleClass().add("quiz-trap-rows");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.getStyleClass().add("quiz-card-text");
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        Button practise = new Button("Practise my traps");
        practise.setId("quiz-practise-traps");
        practise.getStyleClass().add("accent");
        practise.setOnAction(e -> model.practiseTraps());
        practise.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.weakestTrapsProperty().get().isEmpty(), model.weakestTrapsProperty()));
        getChildren().addAll(heading, rows, empty, push, practise);
        model.weakestTrapsProperty().addListener((o, a, now) -> fill(now));
        fill(model.weakestTrapsProperty().get());
        setPrefWidth(200);
        setMaxWidth(Double.MAX_VALUE);
    }

    private void fill(List<TrapStats.Score> weakest) {
        rows.getChildren().clear();
        for (int i = 0; i < weakest.size(); i++) {
            TrapStats.Score s = weakest.get(i);
            Label name = new Label(s.trap().title());
            name.getStyleClass().add("quiz-trap-name");
            Label count = new Label("fell for it " + s.fell() + " of the last " + s.risked()
                    + (s.risked() == 1 ? " time" : " times"));
            count.getStyleClass().add("quiz-trap-count");
            Label truth = new Label(s.trap().mistake());
            truth.setWrapText(true);
            truth.setMinHeight(Region.USE_PREF_SIZE);
            truth.getStyleClass().add("quiz-muted");
            VBox row = new VBox(name, count, truth);
            row.setId("quiz-trap-" + (i + 1));
            row.getStyleClass().add("quiz-trap-row");
            rows.getChildren().add(row);
        }
        empty.setVisible(weakest.isEmpty());
        empty.setManaged(weakest.isEmpty());
    }
}
