package io.netpoldojo.classroom;

import java.util.List;
import java.util.Objects;

/**
 * The answer, shown on the stage and on every device at once.
 *
 * @param correct     the index of the right choice
 * @param headline    the answer in a few words ("Yes: allowed")
 * @param explanation why, in plain sentences (the engine's)
 */
public record Reveal(int correct, String headline, List<String> explanation) {
    public Reveal {
        Objects.requireNonNull(headline);
        explanation = List.copyOf(explanation);
        if (correct < 0) {
            throw new IllegalArgumentException("no choice " + correct);
        }
    }
}
