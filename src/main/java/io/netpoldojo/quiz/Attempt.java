package io.netpoldojo.quiz;

import io.netpoldojo.content.CardKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One graded answer, as the history keeps it.
 *
 * @param time      from the question showing to the answer
 * @param generated the card was generated (it has no schedule; its id is not in the content)
 */
public record Attempt(String cardId, String topic, CardKind kind, int difficulty, boolean correct, Instant at,
                      Duration time, QuizMode mode, boolean generated) {
    public Attempt {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(mode, "mode");
        if (time.isNegative()) {
            throw new IllegalArgumentException("negative answer time");
        }
    }
}
