package io.netpoldojo.quiz.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries a card's schedule over from the SM-2 scheduler of earlier versions. When the answer
 * history holds the card's reviews, FSRS replays them in order, as if it had scheduled the card
 * from the start; that is what FSRS itself recommends, since it learns from the whole history.
 * When it does not (the history keeps the latest answers only), the SM-2 state is converted:
 * stability is SM-2's interval (SM-2 aims at about 90% recall when a card falls due, which is
 * what stability means), and difficulty is solved from FSRS's recall formula so that a review
 * at 90% would grow stability by SM-2's ease, as the open-spaced-repetition project converts
 * SM-2 decks. The SM-2 due date is kept, so nothing moves until the card is next answered.
 */
public final class Sm2Migration {
    /** The SM-2 fields the progress file of version 1 wrote for a card. */
    public record Sm2State(int repetitions, double ease, int intervalDays, LocalDate due, LocalDate lastReview,
                           int lapses) {
        public Sm2State {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(lastReview, "lastReview");
            if (repetitions < 0 || intervalDays < 0 || lapses < 0 || !(ease >= 1.3) || Double.isInfinite(ease)) {
                throw new IllegalArgumentException("not an SM-2 schedule: " + this);
            }
        }
    }

    /** One answer from the history: the day it was given and what it was worth. */
    public record Review(LocalDate day, Rating rating) {}

    private static final double SM2_RETENTION = 0.9;

    private Sm2Migration() {}

    public static CardSchedule migrate(Sm2State old, List<Review> history, Scheduler scheduler) {
        List<Review> reviews = history.stream().sorted(Comparator.comparing(Review::day)).toList();
        // A history that ends before SM-2's last review is missing answers: replaying it would lose them.
        if (!reviews.isEmpty() && !reviews.get(reviews.size() - 1).day().isBefore(old.lastReview())) {
            return replay(reviews, scheduler).orElseThrow();
        }
        return convert(old, scheduler.fsrs());
    }

    /** FSRS's schedule after these reviews, in order; empty for none. */
    public static Optional<CardSchedule> replay(List<Review> reviews, Scheduler scheduler) {
        Optional<CardSchedule> s = Optional.empty();
        for (Review r : reviews) {
            s = Optional.of(scheduler.review(s, r.rating(), r.day()));
        }
        return s;
    }

    /** The SM-2 state read as an FSRS memory, without history. */
    static CardSchedule convert(Sm2State old, Fsrs fsrs) {
        double stability = old.repetitions() == 0 || old.intervalDays() == 0
                ? fsrs.initialStability(Rating.AGAIN) : old.intervalDays();
        // S' / S at R = 0.9 equals the ease: 1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - 0.9)) - 1) = ease.
        double growth = Math.exp(fsrs.parameter(8)) * Math.pow(stability, -fsrs.parameter(9))
                * (Math.exp(fsrs.parameter(10) * (1 - SM2_RETENTION)) - 1);
        double difficulty = Math.min(Fsrs.MAX_DIFFICULTY, Math.max(Fsrs.MIN_DIFFICULTY, 11 - (old.ease() - 1) / growth));
        int reviews = Math.max(1, old.repetitions() + old.lapses());
        return new CardSchedule(stability, difficulty, old.due(), old.lastReview(), reviews, old.lapses());
    }
}
