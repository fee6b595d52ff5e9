package io.netpoldojo.quiz;

import io.netpoldojo.quiz.schedule.Scheduler;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The learner's quiz settings, kept with their progress (they only mean something with it).
 *
 * @param desiredRetention the chance of recall at which a card falls due: higher means more
 *                         reviews and fewer lapses ({@value Scheduler#MIN_RETENTION} to
 *                         {@value Scheduler#MAX_RETENTION}; FSRS's usual 0.90 by default)
 * @param interviewDate    the day of a coming interview, which the review plans towards
 */
public record QuizSettings(double desiredRetention, Optional<LocalDate> interviewDate) {
    public static final QuizSettings DEFAULTS = new QuizSettings(Scheduler.DEFAULT_RETENTION, Optional.empty());

    public QuizSettings {
        Objects.requireNonNull(interviewDate, "interviewDate");
        if (!(desiredRetention >= Scheduler.MIN_RETENTION && desiredRetention <= Scheduler.MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention is " + Scheduler.MIN_RETENTION + " to "
                    + Scheduler.MAX_RETENTION + ": " + desiredRetention);
        }
    }

    public QuizSettings withDesiredRetention(double retention) {
        return new QuizSettings(retention, interviewDate);
    }

    public QuizSettings withInterviewDate(Optional<LocalDate> date) {
        return new QuizSettings(desiredRetention, date);
    }
}
