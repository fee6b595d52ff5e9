package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The top of a question: topic, kind and difficulty chips, the question, and what to do. */
final class CardHeader extends VBox {
    CardHeader(Card card) {
        getStyleClass().add("quiz-card-header");
        FlowPane chips = new FlowPane(chip(QuizText.topic(card.topic()), "quiz-chip-topic"),
                chip(QuizText.kind(card.kind()), "quiz-chip-kind"),
                chip(QuizText.difficulty(card.difficulty()), "quiz-chip-difficulty-" + card.difficulty()));
        chips.getStyleClass().add("quiz-chips");
        chips.setAlignment(Pos.CENTER_LEFT);
        Node question = CardText.blocks(card.question(), "quiz-question");
        question.setId("quiz-question-text");
        Label instruction = new Label(QuizText.instruction(card.kind()));
        instruction.getStyleClass().add("quiz-instruction");
        instruction.setWrapText(true);
        instruction.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(chips, question, instruction);
    }

    static Label chip(String text, String styleClass) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("quiz-chip", styleClass);
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }
}
