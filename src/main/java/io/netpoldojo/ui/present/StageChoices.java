package io.netpoldojo.ui.present;

import java.util.HashSet;
import java.util.Set;

/**
 * What the teacher chose on the stage, kept for the next presentation and the next run: the size
 * of the stage and of its code (one room, one setting), and the demos whose notes the teacher put
 * on the projected stage with N (off for every other).
 *
 * @param notesOnStage demo ids ({@link #PLAYGROUND} for the Playground's canvas)
 */
record StageChoices(double scale, double codeScale, Set<String> notesOnStage) {
    /** The key the Playground's canvas is remembered under. */
    static final String PLAYGROUND = "playground";
    static final StageChoices DEFAULTS = new StageChoices(1, 1, Set.of());

    StageChoices {
        notesOnStage = Set.copyOf(notesOnStage);
    }

    boolean notesShown(String demoId) {
        return notesOnStage.contains(demoId);
    }

    StageChoices withScale(double value) {
        return new StageChoices(value, codeScale, notesOnStage);
    }

    StageChoices withCodeScale(double value) {
        return new StageChoices(scale, value, notesOnStage);
    }

    StageChoices withNotes(String demoId, boolean shown) {
        Set<String> next = new HashSet<>(notesOnStage);
        if (shown) {
            next.add(demoId);
        } else {
            next.remove(demoId);
        }
        return new StageChoices(scale, codeScale, next);
    }
}
