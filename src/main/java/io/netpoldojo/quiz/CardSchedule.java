package io.netpoldojo.quiz;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one content card stands in the SM-2 schedule.
 *
 * @param repetitions  correct reviews in a row (0 after a wrong answer)
 * @param ease         SM-2's easiness factor, never below {@link Sm2#MIN_EASE}
 * @param intervalDays days from the last review to {@code due}
 * @param due          the first day the card is due again
 * @param lastReview   the day of the last review that moved the schedule
 * @param lapses       how many times it was answered wrong after being learnt
 */
public record CardSchedule(int repetitions, double ease, int intervalDays, LocalDate due, LocalDate lastReview,
                           int lapses) {
    public CardSchedule {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(lastReview, "lastReview");
        if (repetitions < 0 || intervalDays < 0 || lapses < 0) {
            throw new IllegalArgumentException("repetitions, interval and lapses are never negative");
        }
        if (ease < Sm2.MIN_EASE) {
            throw new IllegalArgumentException("ease below " + Sm2.MIN_EASE + ": " + ease);
        }
    }

    public boolean isDue(LocalDate today) {
        return !due.isAfter(today);
    }
}
