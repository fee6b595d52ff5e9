package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.content.Card;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a mock interview.
 *
 * @param lead for a follow-up, what it follows up ("Following up on DNS:"); empty otherwise
 */
public record MockStep(Kind kind, Card card, Optional<String> lead) {
    /** What the candidate is asked to do. */
    public enum Kind {
        /** Explain in their own words: graded against the card's key points and myths. */
        EXPLAIN,
        /** Predict a connection on a scenario: the engine says whether it is allowed. */
        FOLLOW_UP,
        /** Write the policy: the engine checks it against the card's goal. */
        TASK
    }

    /** A prediction is quick; a policy takes minutes. */
    static final Duration PREDICT_TIME = Duration.ofSeconds(45);
    static final Duration TASK_TIME = Duration.ofMinutes(4);

    public MockStep {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(card);
        Objects.requireNonNull(lead);
    }

    /** The time this question is given. */
    public Duration time() {
        return switch (kind) {
            case EXPLAIN -> Duration.ofSeconds(((Card.Explain) card.body()).seconds());
            case FOLLOW_UP -> PREDICT_TIME;
            case TASK -> TASK_TIME;
        };
    }
}
