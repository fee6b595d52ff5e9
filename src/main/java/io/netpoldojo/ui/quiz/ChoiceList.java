package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.Grader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import io.netpoldojo.ui.text.SpanFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The options of a choice, true/false or prediction card as large rows with their number key,
 * then "I don't know" on 0. After grading each row says how it fared, in words as well as
 * colour: picked and right, picked and wrong, or right but missed. Ids {@code #quiz-choice-1},
 * {@code -2}, ... (numbered as the keys are) and {@code #quiz-dont-know}; the choice's words are a
 * {@code .quiz-choice-text} flow, with inline code set as code, and the verdict a
 * {@code .quiz-choice-verdict} label.
 */
final class ChoiceList extends VBox {
    static final String DONT_KNOW = "I don't know";
    /** About "\u2717 your pick," at its size: the narrowest a row's verdict wraps to. */
    static final double VERDICT_MIN_WIDTH = 84;
    private final List<ToggleButton> rows = new ArrayList<>();
    private final List<Label> verdicts = new ArrayList<>();
    private final ToggleButton dontKnow;
    private final AnswerModel answer;

    ChoiceList(AnswerModel answer, List<String> labels, IntConsumer onChoose, Runnable onDontKnow,
               Listeners listeners) {
        this.answer = answer;
        getStyleClass().add("quiz-choices");
        boolean multiple = answer.card().kind() == CardKind.MULTIPLE;
        for (int i = 0; i < labels.size(); i++) {
            int index = i;
            Label key = new Label(String.valueOf(i + 1));
            key.getStyleClass().add("key-cap");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Region mark = new Region();
            mark.getStyleClass().addAll("quiz-choice-mark",
                    multiple ? "quiz-choice-mark-multiple" : "quiz-choice-mark-single");
            mark.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            mark.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            SpanFlow text = CardText.flow(labels.get(i), "quiz-choice-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            Label verdict = new Label();
            verdict.getStyleClass().add("quiz-choice-verdict");
            // In a narrow column (a prediction's, beside its diagram) the verdict wraps onto a second
            // line rather than squeeze the choice's words until one breaks in the middle.
            verdict.setWrapText(true);
            verdict.setMinWidth(VERDICT_MIN_WIDTH);
            verdict.setMinHeight(Region.USE_PREF_SIZE);
            verdict.managedProperty().bind(verdict.visibleProperty());
            verdicts.add(verdict);
            HBox content = new HBox(key, mark, text, verdict);
            content.setAlignment(Pos.CENTER_LEFT);
            content.getStyleClass().add("quiz-choice-content");
            ToggleButton row = new ToggleButton();
            row.setGraphic(content);
            row.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // Wrapping gives the row a horizontal content bias: its parent asks its height at its width,
            // and the choice text wraps inside it.
            row.setWrapText(true);
            row.setMinHeight(Region.USE_PREF_SIZE);
            row.setId("quiz-choice-" + (i + 1));
            row.getStyleClass().add("quiz-choice");
            row.setMaxWidth(Double.MAX_VALUE);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setAccessibleText((i + 1) + ": " + CardText.plain(labels.get(i)));
            // Number keys pick answers; a row that took the keyboard on a click would keep Enter for itself.
            row.setFocusTraversable(false);
            // The toggle flips itself on a click; the model decides, and sync() puts the truth back.
            row.setOnAction(e -> {
                onChoose.accept(index);
                sync();
            });
            rows.add(row);
        }
        getChildren().addAll(rows);
        dontKnow = dontKnowRow(onDontKnow);
        getChildren().add(dontKnow);
        listeners.onAny(answer.chosen(), o -> sync());
        listeners.on(answer.cursorProperty(), (o, a, b) -> sync());
        listeners.on(answer.gradeProperty(), (o, a, b) -> sync());
        listeners.on(answer.lockedProperty(), (o, a, b) -> sync());
        sync();
    }

    private ToggleButton dontKnowRow(Runnable onDontKnow) {
        Label key = new Label("0");
        key.getStyleClass().add("key-cap");
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(DONT_KNOW);
        text.getStyleClass().add("quiz-dont-know-text");
        Label note = new Label("the answer shows, and the card comes back soon");
        note.getStyleClass().add("quiz-dont-know-note");
        // In the narrow side of a prediction at 1024 px the note wraps under itself, never "...".
        note.setWrapText(true);
        note.setMinWidth(0);
        note.setMinHeight(Region.USE_PREF_SIZE);
        text.setMinWidth(Region.USE_PREF_SIZE);
        HBox content = new HBox(key, text, note);
        content.setAlignment(Pos.CENTER_LEFT);
        content.getStyleClass().add("quiz-choice-content");
        ToggleButton row = new ToggleButton();
        row.setGraphic(content);
        row.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        row.setId("quiz-dont-know");
        row.getStyleClass().addAll("quiz-choice", "quiz-dont-know");
        row.setMaxWidth(Double.MAX_VALUE);
        row.setWrapText(true);
        row.setMinHeight(Region.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setAccessibleText("0: " + DONT_KNOW);
        row.setFocusTraversable(false);
        row.setOnAction(e -> {
            onDontKnow.run();
            sync();
        });
        return row;
    }

    private void sync() {
        Set<Integer> right = answer.gradeProperty().get().map(g -> rightOptions(answer, g)).orElse(Set.of());
        boolean graded = answer.gradeProperty().get().isPresent();
        boolean saidDontKnow = answer.gradeProperty().get().map(g -> g.notes().contains(Grader.DONT_KNOW)).orElse(false);
        dontKnow.setSelected(saidDontKnow);
        dontKnow.setDisable(answer.lockedProperty().get() || graded);
        for (int i = 0; i < rows.size(); i++) {
            ToggleButton row = rows.get(i);
            boolean picked = answer.chosen().contains(i);
            row.setSelected(picked);
            row.getStyleClass().removeAll("quiz-choice-highlighted", "choice-right", "choice-wrong", "choice-missed",
                    "quiz-choice-locked");
            if (answer.cursorProperty().get() == i && answer.card().kind() == CardKind.MULTIPLE
                    && !answer.lockedProperty().get()) {
                row.getStyleClass().add("quiz-choice-highlighted");
            }
            if (answer.lockedProperty().get()) {
                row.getStyleClass().add("quiz-choice-locked");
            }
            String verdict = "";
            if (graded) {
                if (picked) {
                    row.getStyleClass().add(right.contains(i) ? "choice-right" : "choice-wrong");
                    verdict = right.contains(i) ? "\u2713 your pick, right" : "\u2717 your pick, not right";
                } else if (right.contains(i)) {
                    row.getStyleClass().add("choice-missed");
                    verdict = saidDontKnow || answer.card().kind() != CardKind.MULTIPLE ? "\u2713 the answer"
                            : "missed: this one is right too";
                }
            }
            verdicts.get(i).setText(verdict);
            verdicts.get(i).setVisible(!verdict.isEmpty());
        }
    }

    /** The options that are right, as indexes into the rows (the order shown). */
    static Set<Integer> rightOptions(AnswerModel answer, Grade grade) {
        Card.Body body = answer.card().body();
        if (body instanceof Card.Choice c) {
            return c.answer().stream().map(answer.question()::shownPlace).collect(java.util.stream.Collectors.toSet());
        }
        if (body instanceof Card.TrueFalse t) {
            return Set.of(t.answer() ? 0 : 1);
        }
        boolean allowed = grade.verdict().map(v -> v.allowed()).orElse(false);
        return Set.of(allowed ? 0 : 1);
    }
}
