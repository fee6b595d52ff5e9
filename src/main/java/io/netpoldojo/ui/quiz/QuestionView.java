package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.QuizMode;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The question screen: a header with the mode, the question number, points and streak (or the
 * time left in an interview) and a way out; below it the current question's pane, rebuilt for
 * every question.
 */
final class QuestionView extends BorderPane {
    private final QuizModel model;
    private final QuizActions actions;
    private final ScenarioDiagrams diagrams;
    private final StackPane holder = new StackPane();
    private final VBox fetching = new VBox();
    private Optional<QuestionPane> pane = Optional.empty();

    QuestionView(QuizModel model, QuizActions actions, ScenarioDiagrams diagrams) {
        this.model = model;
        this.actions = actions;
        this.diagrams = diagrams;
        setId("quiz-question");
        getStyleClass().add("quiz-question-screen");
        setTop(header());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label wait = new Label("Preparing the question\u2026");
        wait.getStyleClass().add("quiz-muted");
        fetching.getChildren().addAll(spinner, wait);
        fetching.setAlignment(Pos.CENTER);
        fetching.setSpacing(12);
        holder.getChildren().add(fetching);
        setCenter(holder);
        model.answerProperty().addListener((o, a, now) -> show(now));
        model.phaseProperty().addListener((o, a, now) -> {
            fetching.setVisible(now == QuizModel.Phase.FETCHING);
            // A clicked button that has just been hidden (Check answer, once checked) would strand the
            // keyboard; give it back to the question unless the learner is typing YAML. A policy
            // card whose answer is settled (a button clicked, or checked right) leaves the editor,
            // so Enter goes on as its button says instead of typing a line.
            if (getScene() == null) {
                return;
            }
            boolean typing = QuizKeys.typing(getScene());
            boolean settledPolicy = now == QuizModel.Phase.FEEDBACK && model.answerProperty().get()
                    .filter(AnswerModel::isPolicyTask)
                    .map(answer -> !typing
                            || answer.gradeProperty().get().map(io.netpoldojo.quiz.Grade::correct).orElse(false))
                    .orElse(false);
            if (settledPolicy) {
                focusWhenShown(this);
            } else if (!typing) {
                focusQuestion();
            }
        });
        show(model.answerProperty().get());
    }

    private HBox header() {
        Label mode = new Label();
        mode.setId("quiz-mode");
        mode.getStyleClass().add("quiz-mode-chip");
        mode.setText(model.modeProperty().get().title());
        model.modeProperty().addListener((o, a, m) -> mode.setText(m.title()));

        Label counter = new Label();
        counter.setId("quiz-counter");
        counter.getStyleClass().add("quiz-counter");
        counter.textProperty().bind(model.counterProperty());

        Label points = new Label();
        points.setId("quiz-points");
        points.getStyleClass().add("quiz-stat-inline");
        Label streak = new Label();
        streak.setId("quiz-streak");
        streak.getStyleClass().add("quiz-stat-inline");
        Runnable score = () -> {
            points.setText(model.progressProperty().get().points() + " points");
            streak.setText("Streak " + model.progressProperty().get().streak());
        };
        model.progressProperty().addListener((o, a, b) -> score.run());
        score.run();

        Label timer = new Label();
        timer.setId("quiz-timer");
        timer.getStyleClass().add("quiz-timer");
        timer.textProperty().bind(model.timeLeftProperty().concat(" left"));
        model.lastMinuteProperty().addListener((o, a, low) -> {
            timer.getStyleClass().remove("quiz-timer-low");
            if (low) {
                timer.getStyleClass().add("quiz-timer-low");
            }
        });

        Button end = new Button();
        end.setId("quiz-end");
        end.setOnAction(e -> model.endSession());
        Runnable byMode = () -> {
            boolean interview = model.modeProperty().get() == QuizMode.INTERVIEW;
            show(points, !interview);
            show(streak, !interview);
            show(timer, interview);
            end.setText(interview ? "Finish now" : "End " + model.modeProperty().get().title().toLowerCase());
        };
        model.modeProperty().addListener((o, a, b) -> byMode.run());
        byMode.run();

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(mode, counter, gap, points, streak, timer, end);
        bar.getStyleClass().add("quiz-header");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void show(Region r, boolean on) {
        r.setVisible(on);
        r.setManaged(on);
    }

    private void show(Optional<AnswerModel> answer) {
        pane.ifPresent(QuestionPane::dispose);
        pane = Optional.empty();
        holder.getChildren().setAll(fetching);
        Optional<Content> content = model.contentProperty().get();
        if (answer.isEmpty() || content.isEmpty()) {
            return;
        }
        AnswerModel a = answer.get();
        Card.Body body = a.card().body();
        QuestionPane next;
        if (body instanceof Card.Predict) {
            next = new PredictPane(model, a, content.get(), actions, diagrams);
        } else if (body instanceof Card.PolicyTask) {
            next = new PolicyPane(model, a, content.get(), actions, diagrams);
        } else {
            next = new ChoicePane(model, a, content.get(), actions);
        }
        pane = Optional.of(next);
        holder.getChildren().setAll(next.node(), fetching);
        fetching.setVisible(false);
        focusQuestion();
    }

    /** Gives the keyboard to the question, so keys do not go to a button left over from the last screen. */
    void focusQuestion() {
        pane.ifPresent(p -> focusWhenShown(p.focusTarget().orElse(this)));
    }

    /**
     * Focuses {@code node} now, or as soon as it joins the scene: inside a scroll pane a node only
     * joins once the scroll pane's skin has laid it out.
     */
    static void focusWhenShown(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene old, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }
}
