package io.netpoldojo.quiz;

import java.util.Optional;

/**
 * What {@link ProgressStore#load} found.
 *
 * @param notice a sentence for the learner when the saved progress could not be used as it was
 */
public record LoadedProgress(Progress progress, Optional<String> notice) {
    static LoadedProgress ok(Progress progress) {
        return new LoadedProgress(progress, Optional.empty());
    }
}
