package io.netpoldojo.ui.quiz;

import io.netpoldojo.quiz.QuizMode;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The buttons under a question, each with the key that does the same: check (Enter, or
 * Ctrl+Enter from the YAML editor), skip or show the answer, and next once feedback shows.
 */
final class ActionBar extends HBox {
    static final String ENTER = "Enter";

    ActionBar(QuizModel model, AnswerModel answer, Listeners listeners) {
        getStyleClass().add("quiz-actions");
        setAlignment(Pos.CENTER_RIGHT);
        boolean interview = model.modeProperty().get() == QuizMode.INTERVIEW;
        boolean policy = answer.isPolicyTask();
        String checkKeys = policy ? QuizKeys.CHECK_FROM_EDITOR.getDisplayText() : ENTER;

        Label hint = new Label();
        hint.setId("quiz-hint");
        hint.getStyleClass().add("quiz-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(answer.hintProperty());
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);

        // Choice cards say "I don't know" in their option list (key 0); a policy card says it here.
        Button skip = new Button(interview ? "Skip" : "I don't know");
        skip.setId("quiz-skip");
        skip.setTooltip(new Tooltip(interview ? "Move on; this question counts as not answered"
                : "Counts as not known: the model answer shows and the card comes back soon"));
        skip.setOnAction(e -> {
            if (interview) {
                model.skip();
            } else {
                model.dontKnow();
            }
        });

        Button submit = withKey(new Button(interview ? "Submit answer" : policy ? "Check policy" : "Check answer"),
                checkKeys);
        submit.setId("quiz-submit");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(answer.canSubmitProperty().not());
        submit.setOnAction(e -> model.submit());

        Button recheck = withKey(new Button("Check again"), checkKeys);
        recheck.setId("quiz-recheck");
        recheck.setOnAction(e -> model.submit());

        Button next = withKey(new Button("Next question"), ENTER);
        next.setId("quiz-next");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> model.next());

        Region gap = new Region();
        getChildren().addAll(hint, gap, skip, recheck, submit, next);
        Runnable phase = () -> {
            boolean answering = model.phaseProperty().get() == QuizModel.Phase.ANSWERING;
            boolean feedback = model.phaseProperty().get() == QuizModel.Phase.FEEDBACK;
            show(skip, answering && policy);
            show(submit, answering);
            show(recheck, feedback && policy);
            show(next, feedback);
        };
        listeners.on(model.phaseProperty(), (o, a, b) -> phase.run());
        phase.run();
    }

    private static Button withKey(Button button, String keys) {
        Label cap = new Label(keys);
        cap.getStyleClass().addAll("key-cap", "quiz-button-key");
        button.setGraphic(cap);
        button.setContentDisplay(ContentDisplay.RIGHT);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static void show(Button b, boolean on) {
        b.setVisible(on);
        b.setManaged(on);
    }
}
