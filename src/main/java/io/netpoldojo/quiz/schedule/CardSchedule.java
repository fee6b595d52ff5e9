package io.netpoldojo.quiz.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one content card stands: FSRS's memory state and the day it is due.
 *
 * @param stability  days until the chance of recall falls to 90%
 * @param difficulty 1 (easy) to 10 (hard), as FSRS has come to judge the card for this learner
 * @param due        the first day the card is due again
 * @param lastReview the day of the last review
 * @param reviews    how many times it has been answered
 * @param lapses     how many of those answers, after the first, were wrong
 */
public record CardSchedule(double stability, double difficulty, LocalDate due, LocalDate lastReview, int reviews,
                           int lapses) {
    public CardSchedule {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(lastReview, "lastReview");
        if (!(stability >= Fsrs.MIN_STABILITY) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability out of range: " + stability);
        }
        if (!(difficulty >= Fsrs.MIN_DIFFICULTY && difficulty <= Fsrs.MAX_DIFFICULTY)) {
            throw new IllegalArgumentException("difficulty is 1 to 10: " + difficulty);
        }
        if (reviews < 0 || lapses < 0 || lapses > reviews) {
            throw new IllegalArgumentException("reviews and lapses are never negative, and lapses are reviews");
        }
    }

    public boolean isDue(LocalDate today) {
        return !due.isAfter(today);
    }
}
