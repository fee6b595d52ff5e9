package io.netpoldojo.ui.drill;

import io.netpoldojo.content.Card;
import io.netpoldojo.explain.Judgement;
import io.netpoldojo.explain.Point;
import io.netpoldojo.explain.Sentence;
import io.netpoldojo.quiz.schedule.Rating;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * After an attempt: the key points covered (each with the sentence that earned it), the ones
 * missed (each with "I did say that"), the myths heard (with "I didn't claim that"), the
 * sentences not read, the model answer at three depths, and the self-rating.
 */
final class FeedbackPane extends VBox {
    private final DrillModel model;
    private final VBox judged = new VBox();
    private final SegmentedButton depths = new SegmentedButton();
    private final Label modelText = new Label();
    private String modelFor = "";
    private final HBox ratingRow = new HBox();
    private final Label saved = new Label();

    FeedbackPane(DrillModel model) {
        this.model = model;
        setId("drill-feedback");
        getStyleClass().add("drill-feedback");
        judged.getStyleClass().add("drill-judged");

        Label modelTitle = heading("Model answer");
        depths.setId("drill-model-depths");
        modelText.setId("drill-model-text");
        modelText.setWrapText(true);
        modelText.getStyleClass().add("drill-model-text");
        // One depth is always chosen: a second click on the chosen one keeps it.
        depths.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                depths.getToggleGroup().selectToggle(was);
            } else if (now != null) {
                modelText.setText((String) now.getUserData());
            }
        });
        VBox modelAnswer = new VBox(depths, modelText);
        modelAnswer.setId("drill-model-answer");
        modelAnswer.getStyleClass().add("drill-model-answer");

        Label rateTitle = heading("How did it go? Your rating sets when this card comes back.");
        rateTitle.setWrapText(true);
        ratingRow.getStyleClass().add("drill-rating-row");
        for (Rating r : Rating.values()) {
            Button b = new Button(label(r));
            b.setId("drill-rate-" + r.id());
            b.setOnAction(e -> model.rate(r));
            b.disableProperty().bind(model.ratedProperty().isNotEqualTo(Optional.empty()));
            ratingRow.getChildren().add(b);
        }
        Button next = new Button("Next card");
        next.setId("drill-next");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> model.next());
        next.setMinWidth(Region.USE_PREF_SIZE);
        saved.setId("drill-saved");
        saved.getStyleClass().add("drill-muted");
        saved.setWrapText(true);
        HBox after = new HBox(12, saved, next);
        after.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(saved, Priority.ALWAYS);
        saved.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(judged, modelTitle, modelAnswer, rateTitle, ratingRow, after);
        model.judgementProperty().addListener((o, a, j) -> fill());
        model.ratedProperty().addListener((o, a, r) -> fillSaved());
        fill();
        fillSaved();
    }

    private void fill() {
        judged.getChildren().clear();
        Optional<Judgement> maybe = model.judgementProperty().get();
        Optional<Card> card = model.cardProperty().get();
        if (maybe.isEmpty() || card.isEmpty()) {
            depths.getButtons().clear();
            modelText.setText("");
            modelFor = "";
            return;
        }
        Judgement j = maybe.get();
        int total = j.covered().size() + j.missed().size();
        Label summary = new Label("You covered " + j.covered().size() + " of " + total + " key points"
                + (j.misconceptions().isEmpty() ? "." : ", and said " + count(j.misconceptions().size(), "myth") + "."));
        summary.setId("drill-summary");
        summary.getStyleClass().add("drill-summary");
        summary.setWrapText(true);
        Label took = new Label(model.timeTakenProperty().get());
        took.setId("drill-time-taken");
        took.getStyleClass().add("drill-muted");
        judged.getChildren().addAll(summary, took);

        if (!j.covered().isEmpty()) {
            judged.getChildren().add(heading("Covered"));
            for (Judgement.Credit c : j.covered()) {
                judged.getChildren().add(row("drill-covered", c.point(), "\u2713",
                        c.sentence().map(s -> "You said: \u201c" + s.text() + "\u201d")
                                .orElse("Your call: you said you made this point."), null));
            }
        }
        if (!j.missed().isEmpty()) {
            judged.getChildren().add(heading("Missed"));
            for (Point p : j.missed()) {
                Button mine = new Button("I did say that");
                mine.setOnAction(e -> model.creditPoint(p.id()));
                judged.getChildren().add(row("drill-missed", p, "\u2717", null, mine));
            }
        }
        if (!j.misconceptions().isEmpty()) {
            judged.getChildren().add(heading("Myths heard"));
            for (Judgement.Credit c : j.misconceptions()) {
                Button notMine = new Button("I didn't claim that");
                notMine.setOnAction(e -> model.withdrawMyth(c.point().id()));
                judged.getChildren().add(row("drill-myth", c.point(), "!",
                        c.sentence().map(s -> "You said: \u201c" + s.text() + "\u201d").orElse(""), notMine));
            }
        }
        if (!j.unread().isEmpty() || j.truncated()) {
            StringBuilder sb = new StringBuilder("Not graded: ");
            for (Sentence s : j.unread()) {
                sb.append("\u201c").append(s.text()).append("\u201d (")
                        .append(s.reason()).append(") ");
            }
            if (j.truncated()) {
                sb.append("everything after the first ").append(io.netpoldojo.explain.ExplainGrader.MAX_CHARS)
                        .append(" characters.");
            }
            Label unread = new Label(sb.toString().trim());
            unread.setId("drill-unread");
            unread.getStyleClass().add("drill-muted");
            unread.setWrapText(true);
            judged.getChildren().add(unread);
        }
        fillModelAnswer(card.get());
    }

    private void fillModelAnswer(Card card) {
        if (card.id().equals(modelFor)) {
            return; // an override re-fills the judgement; the depth the learner reads stays
        }
        Card.ModelAnswer m = DrillModel.body(card).model();
        modelFor = card.id();
        ToggleButton minute = depth("In a minute", "drill-model-minute", m.oneMinute());
        depths.getButtons().setAll(depth("In 20 seconds", "drill-model-short", m.twentySeconds()), minute,
                depth("Senior add-on", "drill-model-senior", m.seniorAddOn()));
        depths.getToggleGroup().selectToggle(minute);
    }

    private void fillSaved() {
        saved.setText(model.ratedProperty().get().map(r -> "Saved as \u201c" + label(r) + "\u201d: this card is "
                + model.cardProperty().get().map(model::dueText).orElse("") + ".")
                .orElse("Rate it to save the attempt, or go on without saving."));
    }

    /** A depth of the model answer; the YAML's line breaks inside a paragraph become spaces. */
    private static ToggleButton depth(String title, String id, String text) {
        ToggleButton b = new ToggleButton(title);
        b.setId(id);
        b.setUserData(text.strip().replaceAll("(?<!\n)\n(?!\n)", " "));
        return b;
    }

    private static Node row(String styleClass, Point p, String mark, String quote, Button action) {
        Label icon = new Label(mark);
        icon.getStyleClass().add("drill-mark");
        icon.setMinWidth(Region.USE_PREF_SIZE);
        Label says = new Label(p.says());
        says.setWrapText(true);
        says.getStyleClass().add("drill-point-text");
        VBox text = new VBox(2, says);
        if (quote != null && !quote.isEmpty()) {
            Label q = new Label(quote);
            q.setWrapText(true);
            q.getStyleClass().add("drill-quote");
            text.getChildren().add(q);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10, icon, text);
        if (action != null) {
            action.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(action);
        }
        row.setId(styleClass + "-" + p.id());
        row.getStyleClass().addAll("drill-point", styleClass);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("drill-heading");
        return l;
    }

    private static String count(int n, String word) {
        return (n == 1 ? "one " : n + " ") + word + (n == 1 ? "" : "s");
    }

    static String label(Rating r) {
        return switch (r) {
            case AGAIN -> "Again: I could not explain it";
            case HARD -> "Hard";
            case GOOD -> "Good";
            case EASY -> "Easy";
        };
    }
}
