package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.content.Card;
import io.netpoldojo.ui.drill.whatif.WhatIf;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a mock interview.
 *
 * @param card   the card asked, or for a "what if", the card whose scenario it changes
 * @param lead   for a follow-up, what it follows up ("Following up on DNS:"); empty otherwise
 * @param whatIf for a "what if", the change and the engine's answer on the changed cluster
 */
public record MockStep(Kind kind, Card card, Optional<String> lead, Optional<WhatIf> whatIf) {
    /** What the candidate is asked to do. */
    public enum Kind {
        /** Explain in their own words: graded against the card's key points and myths. */
        EXPLAIN,
        /** Predict a connection on a scenario: the engine says whether it is allowed. */
        FOLLOW_UP,
        /** Write the policy: the engine checks it against the card's goal. */
        TASK,
        /** "What if ...?": the last question's scenario changed; the engine answers on the changed cluster. */
        WHAT_IF
    }

    /** A prediction is quick; a policy takes minutes. */
    static final Duration PREDICT_TIME = Duration.ofSeconds(45);
    static final Duration TASK_TIME = Duration.ofMinutes(4);
    /** A change to read as a diff, then a prediction. */
    static final Duration WHAT_IF_TIME = Duration.ofSeconds(60);

    public MockStep {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(card);
        Objects.requireNonNull(lead);
        Objects.requireNonNull(whatIf);
        if ((kind == Kind.WHAT_IF) != whatIf.isPresent()) {
            throw new IllegalArgumentException("a what-if question, and only one, carries its change");
        }
    }

    public MockStep(Kind kind, Card card, Optional<String> lead) {
        this(kind, card, lead, Optional.empty());
    }

    static MockStep whatIf(Card card, WhatIf change, String lead) {
        return new MockStep(Kind.WHAT_IF, card, Optional.of(lead), Optional.of(change));
    }

    /** What is asked: the card's question, or the change and the question about it. */
    public String question() {
        return whatIf.map(WhatIf::question).orElse(card.question());
    }

    /** The time this question is given. */
    public Duration time() {
        return switch (kind) {
            case EXPLAIN -> Duration.ofSeconds(((Card.Explain) card.body()).seconds());
            case FOLLOW_UP -> PREDICT_TIME;
            case TASK -> TASK_TIME;
            case WHAT_IF -> WHAT_IF_TIME;
        };
    }
}
