package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Expectation;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.GoalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A policy card's goal as a checklist. Once checked, each line is ticked or crossed, and a
 * crossed one says what the engine found still wrong ("the engine also lets in: ...").
 * Ids {@code #quiz-goal-0}, ... with style class {@code goal-met}, {@code goal-unmet} or
 * {@code goal-pending}.
 */
final class GoalList extends VBox {
    private final List<Expectation> goal;
    private final List<HBox> rows = new ArrayList<>();
    private final List<Label> marks = new ArrayList<>();
    private final List<Label> failures = new ArrayList<>();

    GoalList(List<Expectation> goal) {
        this.goal = goal;
        setId("quiz-goals");
        getStyleClass().add("quiz-goals");
        Label title = new Label("Goal");
        title.getStyleClass().add("quiz-section-title");
        getChildren().add(title);
        for (int i = 0; i < goal.size(); i++) {
            Label mark = new Label();
            mark.getStyleClass().add("quiz-goal-mark");
            mark.setMinWidth(Label.USE_PREF_SIZE);
            Label text = new Label(QuizText.goal(goal.get(i)));
            text.setWrapText(true);
            // When the feedback below fills the side, a goal still shows all its words.
            text.setMinHeight(Label.USE_PREF_SIZE);
            text.getStyleClass().add("quiz-goal-text");
            Label failure = new Label();
            failure.setId("quiz-goal-failure-" + i);
            failure.setWrapText(true);
            failure.setMinHeight(Label.USE_PREF_SIZE);
            failure.getStyleClass().add("quiz-goal-failure");
            failure.managedProperty().bind(failure.visibleProperty());
            VBox words = new VBox(text, failure);
            HBox row = new HBox(mark, words);
            row.setId("quiz-goal-" + i);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("quiz-goal");
            rows.add(row);
            marks.add(mark);
            failures.add(failure);
            getChildren().add(row);
        }
        show(Optional.empty());
    }

    /** Ticks and crosses from a grade; with none, every line waits. */
    void show(Optional<Grade> grade) {
        for (int i = 0; i < goal.size(); i++) {
            int index = i;
            // A grade without goal results (YAML that did not load, a skipped card) leaves every line waiting.
            Optional<GoalResult> result = grade.filter(g -> g.goals().size() == goal.size())
                    .map(g -> g.goals().get(index));
            HBox row = rows.get(i);
            row.getStyleClass().removeAll("goal-met", "goal-unmet", "goal-pending");
            if (result.isEmpty()) {
                row.getStyleClass().add("goal-pending");
                marks.get(i).setText("\u2022");
                failures.get(i).setVisible(false);
            } else if (result.get().met()) {
                row.getStyleClass().add("goal-met");
                marks.get(i).setText("\u2713");
                failures.get(i).setVisible(false);
            } else {
                row.getStyleClass().add("goal-unmet");
                marks.get(i).setText("\u2717");
                failures.get(i).setText(readable(result.get().failure().orElse("")));
                failures.get(i).setVisible(true);
            }
        }
    }

    /** The engine's sentence without the restated expectation, which the line above already shows. */
    static String readable(String failure) {
        int semicolon = failure.indexOf("; the engine");
        if (failure.startsWith("expected ") && semicolon > 0) {
            String rest = failure.substring(semicolon + 2);
            return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1).replace("; the engine",
                    ". The engine") + ".";
        }
        return failure;
    }
}
