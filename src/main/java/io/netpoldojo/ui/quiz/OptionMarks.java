package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.Question;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A choice card's options as the learner saw them, each with how it fared, for the report: the
 * partial credit of a multiple choice, option by option. Rows are {@code .quiz-option-mark} flows
 * with a style class per mark ({@code quiz-option-picked-right}, {@code -picked-wrong},
 * {@code -missed}, {@code -left-out}).
 */
final class OptionMarks {
    private OptionMarks() {}

    static Node of(Question question, Grade grade) {
        VBox box = new VBox();
        box.getStyleClass().add("quiz-option-marks");
        List<Card.Option> shown = question.shownOptions();
        for (int place = 0; place < shown.size() && place < grade.marks().size(); place++) {
            Grade.Mark mark = grade.marks().get(place);
            Node row = CardText.flow(symbol(mark) + " " + (place + 1) + ". " + shown.get(place).text() + " \u2014 "
                    + words(mark), "quiz-option-mark");
            row.getStyleClass().add("quiz-option-" + mark.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            box.getChildren().add(row);
        }
        return box;
    }

    static String symbol(Grade.Mark mark) {
        return mark.judgedRight() ? "\u2713" : "\u2717";
    }

    static String words(Grade.Mark mark) {
        switch (mark) {
            case PICKED_RIGHT:
                return "right, and you picked it";
            case PICKED_WRONG:
                return "not right, but you picked it";
            case MISSED:
                return "right, and you left it out";
            default:
                return "not right, and you left it out";
        }
    }
}
