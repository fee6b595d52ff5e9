package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.engine.Verdict;
import java.util.List;
import java.util.Optional;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.TranslateTransition;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Predict, then reveal: the step's question for the class, then, on the teacher's key, the
 * engine's verdict with its explanation. Hidden on steps that ask nothing and while editing live.
 */
final class QuestionCard extends VBox {
    private final Presentation presentation;
    private final Label tag = new Label();
    private final Label question = new Label();
    private final Label hint = new Label();
    private final Label verdict = new Label();
    private final Label ask = new Label();
    /** Which tier decided, where a ClusterNetworkPolicy had a part. */
    private final Label decided = new Label();
    private final Reasons because = new Reasons();
    private final VBox answer = new VBox(verdict, ask, decided, because);
    private final ParallelTransition revealAnimation;

    /** @param revealKeys how the teacher reveals, for the hint ("→ or Space") */
    QuestionCard(Presentation presentation, String revealKeys) {
        this.presentation = presentation;
        setId("present-question");
        getStyleClass().addAll("present-card", "present-question");
        tag.getStyleClass().add("present-tag");
        // "THE ENGINE SAYS" in large type on a narrow column: on two lines rather than cut short.
        tag.setWrapText(true);
        question.setId("present-question-text");
        question.getStyleClass().add("present-question-text");
        question.setWrapText(true);
        hint.setId("present-reveal-hint");
        hint.getStyleClass().add("present-hint");
        hint.setWrapText(true);
        hint.setText("Let the class predict, then press " + revealKeys + " to reveal the engine's answer.");
        verdict.setId("present-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("present-verdict");
        ask.setId("present-ask");
        ask.getStyleClass().add("present-ask");
        ask.setWrapText(true);
        decided.setId("present-decided");
        decided.getStyleClass().add("present-decided");
        decided.setWrapText(true);
        because.setId("present-because");
        because.getStyleClass().add("present-because");
        answer.setId("present-answer");
        answer.setSpacing(4);
        // Every line keeps its full height; only the explanation gives way on a short column.
        for (Label l : List.of(tag, question, hint, verdict, ask, decided)) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox.setVgrow(because, Priority.ALWAYS);
        VBox.setVgrow(answer, Priority.ALWAYS);
        getChildren().addAll(tag, question, hint, answer);

        FadeTransition fade = new FadeTransition(Duration.millis(450), answer);
        fade.setFromValue(0);
        fade.setToValue(1);
        TranslateTransition rise = new TranslateTransition(Duration.millis(450), answer);
        rise.setFromY(14);
        rise.setToY(0);
        revealAnimation = new ParallelTransition(fade, rise);

        InvalidationListener refresh = o -> refresh();
        presentation.stepProperty().addListener(refresh);
        presentation.liveProperty().addListener(refresh);
        presentation.answerProperty().addListener((o, was, now) -> {
            refresh();
            if (was.isEmpty() && now.isPresent()) {
                revealAnimation.playFromStart();
            }
        });
        refresh();
    }

    private void refresh() {
        Optional<Demo.Question> q = presentation.question();
        boolean shown = q.isPresent() && !presentation.liveProperty().get();
        setVisible(shown);
        setManaged(shown);
        Optional<Verdict> v = presentation.answerProperty().get();
        getStyleClass().removeAll("present-answered", "present-yes", "present-no");
        if (q.isEmpty()) {
            return;
        }
        question.setText(q.get().text());
        tag.setText(v.isPresent() ? "THE ENGINE SAYS" : "PREDICT");
        hint.setVisible(v.isEmpty());
        hint.setManaged(v.isEmpty());
        answer.setVisible(v.isPresent());
        answer.setManaged(v.isPresent());
        because.setSentences(List.of());
        if (v.isEmpty()) {
            revealAnimation.stop();
            return;
        }
        String yesNo = v.get().allowed() ? "present-yes" : "present-no";
        getStyleClass().addAll("present-answered", yesNo);
        verdict.getStyleClass().removeAll("present-yes", "present-no");
        verdict.getStyleClass().add(yesNo);
        // A mark as well as a colour, for a room that cannot tell red from green.
        verdict.setText(v.get().allowed() ? "\u2713 Yes: allowed" : "\u2715 No: denied");
        ask.setText(q.get().ask().from() + " \u2192 " + q.get().ask().to() + " on " + q.get().ask().port());
        Optional<String> tier = DecidedBy.line(v.get());
        decided.setText(tier.orElse(""));
        decided.setVisible(tier.isPresent());
        decided.setManaged(tier.isPresent());
        // The tier line is the conclusion then ("Denied by db's ingress in the Admin tier" says no more).
        List<String> sentences = v.get().sentences();
        because.setSentences(tier.isPresent() ? sentences.subList(0, sentences.size() - 1) : sentences, tier.isEmpty());
    }
}
