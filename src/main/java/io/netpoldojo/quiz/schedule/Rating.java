package io.netpoldojo.quiz.schedule;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How a review went, on FSRS's four-point scale. Cards the engine grades get theirs from the
 * answer ({@link #of}); a card the learner judges (an answer said aloud) takes the learner's.
 */
public enum Rating {
    /** Forgotten: wrong, or "I don't know". */
    AGAIN(1),
    /** Right, with serious difficulty. */
    HARD(2),
    /** Right. */
    GOOD(3),
    /** Right without effort. */
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** FSRS's G: 1 for again to 4 for easy. */
    public int grade() {
        return grade;
    }

    public boolean recalled() {
        return this != AGAIN;
    }

    /** The word the progress file writes: {@code again}, {@code hard}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Rating> parse(String id) {
        for (Rating r : values()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The rating of a graded answer: wrong is {@link #AGAIN}; right is {@link #GOOD}, or
     * {@link #HARD} when it took more than twice as long as a confident learner takes for the
     * card's kind. A quick answer is not taken as {@link #EASY}: the quiz cannot tell ease from a
     * lucky guess, and FSRS's easy bonus would push the card months away.
     */
    public static Rating of(boolean correct, Duration taken, Duration expected) {
        if (!correct) {
            return AGAIN;
        }
        return taken.compareTo(expected.multipliedBy(2)) > 0 ? HARD : GOOD;
    }
}
