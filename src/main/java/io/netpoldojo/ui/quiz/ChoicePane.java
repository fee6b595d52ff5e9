package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** A single choice, multiple choice or true/false question: one readable column. */
final class ChoicePane implements QuestionPane {
    private final Listeners listeners = new Listeners();
    private final ScrollPane root;
    private final VBox column;

    ChoicePane(QuizModel model, AnswerModel answer, Content content, QuizActions actions) {
        Card card = answer.card();
        List<String> labels = card.body() instanceof Card.Choice
                ? answer.question().shownOptions().stream().map(Card.Option::text).toList() : List.of("True", "False");
        column = new VBox(new CardHeader(card),
                new ChoiceList(answer, labels, model::choose, model::dontKnow, listeners),
                new ActionBar(model, answer, listeners),
                new FeedbackPanel(model, answer, content, actions, Optional.empty(), listeners));
        column.getStyleClass().addAll("quiz-column", "quiz-card");
        column.setMaxWidth(880);
        VBox centre = new VBox(column);
        centre.setAlignment(Pos.TOP_CENTER);
        centre.getStyleClass().add("quiz-page");
        root = new ScrollPane(centre);
        root.setFitToWidth(true);
        root.getStyleClass().addAll("page-scroller", "quiz-scroller");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Optional<Node> focusTarget() {
        return Optional.empty();
    }

    @Override
    public void dispose() {
        listeners.dispose();
    }
}
