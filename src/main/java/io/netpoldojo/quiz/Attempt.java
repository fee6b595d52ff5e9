package io.netpoldojo.quiz;

import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Trap;
import io.netpoldojo.quiz.schedule.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One graded answer, as the history keeps it.
 *
 * @param time      from the question showing to the answer
 * @param generated the card was generated (it has no schedule; its id is not in the content)
 */
public record Attempt(String cardId, String topic, CardKind kind, int difficulty, Instant at, Duration time,
                      QuizMode mode, boolean generated, Outcome outcome) {

    /**
     * What the answer came to.
     *
     * @param credit   0 to 1: partial credit on multiple choice, else 1 if right and 0 if not
     * @param dontKnow the learner said "I don't know" (wrong for the schedule, no other penalty)
     * @param rating   what the schedule takes from it: derived from right or wrong and the time for
     *                 graded cards, the learner's own for self-rated ones
     * @param fell     the traps the wrong answer fell into
     * @param risked   the traps the card could have revealed (its tags), whatever the answer
     */
    public record Outcome(boolean correct, double credit, boolean dontKnow, Rating rating, Set<Trap> fell,
                          Set<Trap> risked) {
        public Outcome {
            Objects.requireNonNull(rating, "rating");
            fell = Set.copyOf(fell);
            risked = Set.copyOf(risked);
            if (!(credit >= 0 && credit <= 1) || correct && credit < 1 || correct && dontKnow) {
                throw new IllegalArgumentException("an outcome that cannot be: " + correct + ", credit " + credit);
            }
            if (!risked.containsAll(fell)) {
                throw new IllegalArgumentException("fell into " + fell + " that the card never offered: " + risked);
            }
        }

        /** A plain right or wrong answer without traps, rated from its time. */
        public static Outcome of(boolean correct, Duration time, CardKind kind) {
            return new Outcome(correct, correct ? 1 : 0, false, Rating.of(correct, time, ExpectedTimes.of(kind)), Set.of(),
                    Set.of());
        }
    }

    public Attempt {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(outcome, "outcome");
        if (time.isNegative()) {
            throw new IllegalArgumentException("negative answer time");
        }
    }

    /** A plain right or wrong answer, rated from its time (as answers were kept before ratings). */
    public Attempt(String cardId, String topic, CardKind kind, int difficulty, boolean correct, Instant at,
                   Duration time, QuizMode mode, boolean generated) {
        this(cardId, topic, kind, difficulty, at, time, mode, generated, Outcome.of(correct, time, kind));
    }

    public boolean correct() {
        return outcome.correct();
    }

    public Rating rating() {
        return outcome.rating();
    }
}
