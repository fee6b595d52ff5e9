package io.netpoldojo.classroom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer, shown on the stage and on every device at once.
 *
 * @param correct     the index of the right choice
 * @param headline    the answer in a few words ("Yes: allowed")
 * @param explanation why, in plain sentences (the engine's)
 * @param diagram     the question's diagram with the engine's verdict on every arrow, shown on the
 *                    devices in place of the question's own from the reveal on
 */
public record Reveal(int correct, String headline, List<String> explanation, Optional<PollDiagram> diagram) {
    public Reveal {
        Objects.requireNonNull(headline);
        explanation = List.copyOf(explanation);
        Objects.requireNonNull(diagram);
        if (correct < 0) {
            throw new IllegalArgumentException("no choice " + correct);
        }
    }

    public Reveal(int correct, String headline, List<String> explanation) {
        this(correct, headline, explanation, Optional.empty());
    }
}
