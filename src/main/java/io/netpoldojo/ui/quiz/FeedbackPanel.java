package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.Answer;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.Grader;
import io.netpoldojo.ui.editor.YamlEditor;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What a learner sees after answering with feedback on: right or not, the right answer, why
 * (the card's explanation, and for a prediction the engine's own reasoning), the lesson that
 * covers it, and for scenario cards a way to open the scenario in the Playground.
 */
final class FeedbackPanel extends VBox {
    private final QuizModel model;
    private final AnswerModel answer;
    private final Content content;
    private final QuizActions actions;
    private final Optional<Runnable> openInPlayground;
    private Optional<Node> why = Optional.empty();

    FeedbackPanel(QuizModel model, AnswerModel answer, Content content, QuizActions actions,
                  Optional<Runnable> openInPlayground, Listeners listeners) {
        this.model = model;
        this.answer = answer;
        this.content = content;
        this.actions = actions;
        this.openInPlayground = openInPlayground;
        setId("quiz-feedback");
        getStyleClass().add("quiz-feedback");
        managedProperty().bind(visibleProperty());
        listeners.on(answer.gradeProperty(), (o, a, g) -> {
            show(g);
            if (g.isEmpty() || why.isEmpty()) {
                Reveal.node(this);
                return;
            }
            // Once every listener of the grade has run, the diagram has selected the arrow the
            // "why?" card explains, and the card has its words, and so its height. The verdict
            // down to that card comes into view (the lesson's text below may stay out, and a
            // policy's editor keeps more of its lines). Only here: a later change of height (a
            // resize, another arrow clicked) leaves the column where the learner has put it.
            Node card = why.get();
            if (getScene() == null) {
                return;
            }
            javafx.scene.Scene scene = getScene();
            // After the next layout pass, when the card's words have been wrapped to its width.
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    if (isVisible() && getScene() == scene) {
                        Reveal.span(FeedbackPanel.this, card.isVisible() ? card : FeedbackPanel.this);
                    }
                }
            };
            scene.addPostLayoutPulseListener(once);
        });
        listeners.onAny(answer.hints(), o -> {
            show(answer.gradeProperty().get());
            revealLast();
        });
        listeners.on(answer.modelAnswerShownProperty(), (o, a, b) -> {
            show(answer.gradeProperty().get());
            revealLast();
        });
        show(answer.gradeProperty().get());
    }

    /**
     * Shows the diagram's "why?" card ({@code DiagramView#explanationBeside}) in the feedback: a
     * prediction's below the engine's answer, a policy task's below the hints, so that the hint
     * and model-answer buttons stay where they were. Laid over the diagram it hid other cards or
     * a zone's title. It shows the arrow selected on the diagram, and hides itself when none is.
     */
    void showWhy(Region card) {
        why = Optional.of(card);
        show(answer.gradeProperty().get());
    }

    /** The newest part (a hint, the model answer) in view; the footer below it may stay out. */
    private void revealLast() {
        getChildren().stream().filter(n -> "quiz-hint-actions".equals(n.getId())
                || n.getStyleClass().contains("quiz-model-answer")).findFirst().ifPresent(Reveal::node);
    }

    private void show(Optional<Grade> grade) {
        getChildren().clear();
        getStyleClass().removeAll("quiz-feedback-right", "quiz-feedback-wrong");
        setVisible(grade.isPresent());
        if (grade.isEmpty()) {
            return;
        }
        Grade g = grade.get();
        boolean skipped = !(g.notes().isEmpty()) && (g.notes().contains(Grader.NOT_ANSWERED)
                || g.notes().contains(Grader.DONT_KNOW));
        getStyleClass().add(g.correct() ? "quiz-feedback-right" : "quiz-feedback-wrong");
        getChildren().add(titleRow(g, skipped));
        Card.Body body = answer.card().body();
        if (body instanceof Card.PolicyTask) {
            policy(g);
            why.ifPresent(card -> {
                // The check selects the first connection still wrong; with every goal met, none.
                Label lead = wrapped("Why, in the engine's words: the arrow marked on the diagram (click any"
                        + " other to ask about it).", "quiz-feedback-note");
                lead.setId("quiz-why-lead");
                lead.visibleProperty().bind(card.visibleProperty());
                lead.managedProperty().bind(card.managedProperty());
                getChildren().addAll(lead, card);
            });
        } else if (body instanceof Card.Predict) {
            text("The engine says: " + g.correctAnswer(), "quiz-feedback-answer");
            // The engine's reasoning for the asked arrow: the diagram's "why?" card, here beside the
            // diagram rather than over it, where it hid other cards.
            why.ifPresent(card -> {
                text("The diagram now shows the arrows on this port. Why, in the engine's words (click any arrow"
                        + " to ask about it):", "quiz-feedback-note");
                getChildren().add(card);
            });
        } else if (!g.correct()) {
            // The right choices and the notes quote the card's choices, written in inline Markdown.
            getChildren().add(CardText.flow("The answer: " + g.correctAnswer(), "quiz-feedback-answer"));
            if (g.partlyRight()) {
                Label partly = wrapped(QuizText.partialCredit(g), "quiz-feedback-partial");
                partly.setId("quiz-feedback-partial");
                getChildren().add(partly);
            }
            g.notes().stream().filter(n -> !n.equals(Grader.NOT_ANSWERED) && !n.equals(Grader.DONT_KNOW))
                    .forEach(n -> getChildren().add(CardText.flow(n, "quiz-feedback-note")));
        }
        g.traps().stream().findFirst().ifPresent(t -> {
            Label trap = wrapped("The trap: " + t.title() + ". " + t.mistake(),
                    "quiz-feedback-trap");
            trap.setId("quiz-feedback-trap");
            getChildren().add(trap);
        });
        if (!answer.question().generated()) {
            Node explanation = CardText.blocks(answer.card().explanation(), "quiz-explanation");
            explanation.setId("quiz-explanation");
            getChildren().add(explanation);
        }
        getChildren().add(footer());
    }

    private Node titleRow(Grade g, boolean skipped) {
        Label title = new Label(g.correct() ? "Right" : skipped ? "Here is the answer" : "Not quite");
        title.setId("quiz-feedback-title");
        title.getStyleClass().add("quiz-feedback-title");
        // The verdict and the points are never cut short; the breakdown beside them wraps instead.
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(title);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("quiz-feedback-title-row");
        int points = model.pointsEarnedProperty().get();
        if (points > 0) {
            Label earned = new Label("+" + points + " points");
            earned.setId("quiz-points-earned");
            earned.getStyleClass().add("quiz-points-earned");
            earned.setMinWidth(Region.USE_PREF_SIZE);
            Label how = new Label(QuizText.pointsBreakdown(model.lastPointsProperty().get(), answer.card()));
            how.setId("quiz-points-how");
            how.getStyleClass().add("quiz-points-how");
            how.setWrapText(true);
            how.setMinWidth(0);
            how.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(how, Priority.ALWAYS);
            row.getChildren().addAll(earned, how);
        }
        int streak = model.progressProperty().get().streak();
        if (g.correct() && streak >= 2) {
            Label run = new Label(streak + " in a row");
            run.getStyleClass().add("quiz-streak-note");
            run.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(run);
        }
        return row;
    }

    /**
     * A policy's feedback: what the engine says is still wrong, then hints one at a time, and the
     * model answer only once asked for after a hint, or after {@value AnswerModel#MODEL_ANSWER_AFTER}
     * checks.
     */
    private void policy(Grade g) {
        int unmet = g.stillWrong().size();
        String summary = g.goals().isEmpty() ? "Compare with the model answer below."
                : unmet == 0 ? "Every goal is met: the engine agrees with your policy."
                : unmet + " of " + g.goals().size() + (g.goals().size() == 1 ? " goal is" : " goals are")
                        + " not met yet: see the crossed lines of the goal. Edit the YAML and check again ("
                        + QuizKeys.CHECK_FROM_EDITOR.getDisplayText() + "), or ask for a hint.";
        Label label = wrapped(summary, "quiz-feedback-answer");
        label.setId("quiz-feedback-goals");
        getChildren().add(label);
        for (int i = 0; i < answer.hints().size(); i++) {
            Label hint = wrapped("Hint " + (i + 1) + ": " + answer.hints().get(i).text(), "quiz-feedback-hint");
            hint.setId("quiz-hint-" + (i + 1));
            getChildren().add(hint);
        }
        boolean shown = answer.modelAnswerShownProperty().get();
        if (!shown) {
            HBox buttons = new HBox();
            buttons.setId("quiz-hint-actions");
            buttons.getStyleClass().add("quiz-hint-buttons");
            if (answer.hasMoreHints()) {
                Button hint = new Button(answer.hints().isEmpty() ? "Show a hint" : "Another hint");
                hint.setId("quiz-show-hint");
                hint.setOnAction(e -> answer.showHint());
                buttons.getChildren().add(hint);
            }
            if (!answer.hints().isEmpty() || !answer.hasMoreHints()) {
                Button model = new Button("Show the model answer");
                model.setId("quiz-show-model-answer");
                model.getStyleClass().add("flat");
                model.setOnAction(e -> answer.showModelAnswer());
                buttons.getChildren().add(model);
            }
            int left = AnswerModel.MODEL_ANSWER_AFTER - answer.checksProperty().get();
            Label when = wrapped(answer.hints().isEmpty() ? "A hint first: the model answer comes after it, or by"
                    + " itself after " + left + " more " + (left == 1 ? "check." : "checks.")
                    : "The model answer shows by itself after " + left + " more " + (left == 1 ? "check." : "checks."),
                    "quiz-muted");
            when.setId("quiz-model-answer-when");
            getChildren().addAll(buttons, when);
        } else {
            getChildren().add(modelAnswer(g));
        }
    }

    private Node modelAnswer(Grade g) {
        YamlEditor model = new YamlEditor(g.correctAnswer());
        model.setReadOnly(true);
        model.setId("quiz-model-answer");
        TitledPane pane = new TitledPane(g.correct() ? "Compare with the model answer" : "Model answer", model);
        pane.setExpanded(!g.correct());
        pane.getStyleClass().add("quiz-model-answer");
        return pane;
    }

    private Node footer() {
        Hyperlink lesson = new Hyperlink("Lesson: " + QuizText.lesson(content, answer.card().lesson()));
        lesson.setId("quiz-lesson-link");
        lesson.getStyleClass().add("quiz-lesson-link");
        lesson.setWrapText(true);
        lesson.setOnAction(e -> actions.openLesson(answer.card().lesson()));
        VBox footer = new VBox(lesson);
        footer.getStyleClass().add("quiz-feedback-footer");
        openInPlayground.ifPresent(open -> {
            Button b = new Button("Open in Playground");
            b.setId("quiz-open-in-playground");
            b.setOnAction(e -> open.run());
            footer.getChildren().add(b);
        });
        return footer;
    }

    private void text(String s, String styleClass) {
        getChildren().add(wrapped(s, styleClass));
    }

    static Label wrapped(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
