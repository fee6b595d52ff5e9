package io.netpoldojo.ui.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An explain answer not yet rated, as it is kept on disk while the learner types: which card, the
 * text so far, the time already used on it, and whether it was said aloud first (then the time is
 * the time spoken, and the clock no longer runs).
 */
public record AnswerDraft(String cardId, String answer, Duration elapsed, boolean aloud, Instant savedAt) {
    public AnswerDraft {
        Objects.requireNonNull(cardId);
        Objects.requireNonNull(answer);
        Objects.requireNonNull(savedAt);
        elapsed = elapsed.isNegative() ? Duration.ZERO : elapsed;
    }
}
