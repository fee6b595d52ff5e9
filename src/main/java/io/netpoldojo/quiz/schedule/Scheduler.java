package io.netpoldojo.quiz.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns FSRS's memory model into days: after each review a card is due again when its chance of
 * recall is expected to fall to the learner's desired retention. A card answered wrong is due
 * again the same day, so it comes back in the same sitting (FSRS's relearning step), and a review
 * on the day of the last one uses FSRS's same-day formula.
 *
 * <p>This is the one entry point for every kind of card: graded cards pass the {@link Rating}
 * their answer earned ({@link Rating#of}); a card the learner rates themselves passes theirs.
 */
public final class Scheduler {
    /** FSRS's usual target: a card is due when the chance of recalling it has fallen to 90%. */
    public static final double DEFAULT_RETENTION = 0.90;
    /** The range the settings offer; outside it FSRS's intervals stop making sense for a quiz. */
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;
    public static final int MAX_INTERVAL_DAYS = 36500;
    /**
     * A card is known once FSRS expects it to be recalled with 90% chance three weeks after a
     * review, that is once its stability reaches three weeks: after several reviews spread over
     * days, never after one sitting.
     */
    public static final int KNOWN_STABILITY_DAYS = 21;

    private final Fsrs fsrs;
    private final double retention;

    public Scheduler(Fsrs fsrs, double retention) {
        this.fsrs = Objects.requireNonNull(fsrs);
        if (!(retention >= MIN_RETENTION && retention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention is " + MIN_RETENTION + " to " + MAX_RETENTION
                    + ": " + retention);
        }
        this.retention = retention;
    }

    public static Scheduler defaults() {
        return new Scheduler(Fsrs.defaults(), DEFAULT_RETENTION);
    }

    public double retention() {
        return retention;
    }

    public Fsrs fsrs() {
        return fsrs;
    }

    /** The schedule after a review rated {@code rating} on {@code today}; {@code before} is empty for a new card. */
    public CardSchedule review(Optional<CardSchedule> before, Rating rating, LocalDate today) {
        double stability;
        double difficulty;
        int lapses = before.map(CardSchedule::lapses).orElse(0);
        if (before.isEmpty()) {
            stability = fsrs.initialStability(rating);
            difficulty = fsrs.initialDifficulty(rating);
        } else {
            CardSchedule b = before.get();
            long elapsed = Math.max(0, ChronoUnit.DAYS.between(b.lastReview(), today));
            if (elapsed < 1) {
                stability = fsrs.sameDayStability(b.stability(), rating);
            } else {
                double r = fsrs.retrievability(elapsed, b.stability());
                stability = rating.recalled() ? fsrs.recallStability(b.difficulty(), b.stability(), r, rating)
                        : fsrs.forgetStability(b.difficulty(), b.stability(), r);
            }
            difficulty = fsrs.nextDifficulty(b.difficulty(), rating);
            lapses += rating.recalled() ? 0 : 1;
        }
        LocalDate due = rating.recalled() ? today.plusDays(intervalDays(stability)) : today;
        return new CardSchedule(stability, difficulty, due, today, before.map(CardSchedule::reviews).orElse(0) + 1,
                lapses);
    }

    /** Whole days until recall is expected to fall to the desired retention: at least 1. */
    public int intervalDays(double stability) {
        long days = Math.round(fsrs.interval(stability, retention));
        return (int) Math.max(1, Math.min(MAX_INTERVAL_DAYS, days));
    }

    /** The chance of recalling the card on {@code day} (1 on the day of its last review). */
    public double retrievability(CardSchedule s, LocalDate day) {
        return fsrs.retrievability(Math.max(0, ChronoUnit.DAYS.between(s.lastReview(), day)), s.stability());
    }

    /**
     * The same memory scheduled for this scheduler's retention: what changing the setting does to
     * cards already reviewed. A card due on the day of its last review (answered wrong) stays due.
     */
    public CardSchedule rescheduled(CardSchedule s) {
        if (!s.due().isAfter(s.lastReview())) {
            return s;
        }
        return new CardSchedule(s.stability(), s.difficulty(), s.lastReview().plusDays(intervalDays(s.stability())),
                s.lastReview(), s.reviews(), s.lapses());
    }

    public boolean isKnown(CardSchedule s) {
        return s.stability() >= KNOWN_STABILITY_DAYS;
    }

    /**
     * How far along the way to known a card is on {@code day}, 0 to 1: its stability out of
     * {@value #KNOWN_STABILITY_DAYS} days, times the chance of recalling it that day, so an
     * overdue card counts less than a fresh one.
     */
    public double mastery(CardSchedule s, LocalDate day) {
        return Math.min(1, s.stability() / KNOWN_STABILITY_DAYS) * retrievability(s, day);
    }
}
