package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.Decks;
import io.netpoldojo.quiz.Progress;
import io.netpoldojo.quiz.TrapStats;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The home screen's figures: what is due today, explain cards due, new cards, the review's size,
 * the way to the interview date and the weakest traps. {@link QuizModel} counts them again after
 * each change of progress, and when the day may have changed.
 */
final class HomeFigures {
    /** How many of the weakest traps the home screen shows and "Practise my traps" aims at. */
    static final int WEAKEST_TRAPS = 3;

    private final ReadOnlyIntegerWrapper dueToday = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper explainDue = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper newCards = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper reviewSize = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Optional<Decks.InterviewPlan>> interviewPlan =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<List<TrapStats.Score>> weakestTraps = new ReadOnlyObjectWrapper<>(List.of());

    /** Counts them for {@code progress} on {@code today}; the card counts wait for the content. */
    void count(Optional<Content> content, Progress progress, LocalDate today) {
        content.ifPresent(c -> {
            dueToday.set(Decks.due(c, progress, today).size());
            explainDue.set(Decks.explainDue(c, progress, today).size());
            newCards.set(Decks.unseen(c, progress).size());
            interviewPlan.set(Decks.interviewPlan(c, progress, today));
            reviewSize.set(Decks.review(c, progress, today).size());
        });
        weakestTraps.set(TrapStats.weakest(progress, WEAKEST_TRAPS));
    }

    ReadOnlyIntegerProperty dueToday() {
        return dueToday.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty explainDue() {
        return explainDue.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty newCards() {
        return newCards.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty reviewSize() {
        return reviewSize.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Optional<Decks.InterviewPlan>> interviewPlan() {
        return interviewPlan.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<TrapStats.Score>> weakestTraps() {
        return weakestTraps.getReadOnlyProperty();
    }
}
