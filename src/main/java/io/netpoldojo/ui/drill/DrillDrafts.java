package io.netpoldojo.ui.drill;

import io.netpoldojo.ui.TaskRunner;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.util.Duration;

/**
 * Keeps the drill's answer in progress on disk while the learner types: every change to the text,
 * the phase or the offer schedules a save shortly after (quick typing makes one write), done in
 * the background through the {@link DraftStore}. On start it reads the last run's draft and offers
 * it back through the model. Use from the JavaFX thread.
 */
public final class DrillDrafts {
    /** Typing this long after the last key is what a kill can lose. */
    public static final Duration SAVE_DELAY = Duration.millis(600);

    private final DrillModel model;
    private final DraftStore store;
    private final TaskRunner tasks;
    private final Consumer<String> notice;
    private final PauseTransition debounce;
    private boolean loaded;
    private boolean reportedFailure;
    private long revision;

    /** @param notice shows a sentence to the learner (a damaged file set aside, a save that failed) */
    public DrillDrafts(DrillModel model, DraftStore store, TaskRunner tasks, Consumer<String> notice) {
        this.model = model;
        this.store = store;
        this.tasks = tasks;
        this.notice = notice;
        this.debounce = new PauseTransition(SAVE_DELAY);
        debounce.setOnFinished(e -> saveInBackground());
        InvalidationListener changed = o -> schedule();
        model.answerProperty().addListener(changed);
        model.phaseProperty().addListener(changed);
        model.offeredDraftProperty().addListener(changed);
        model.ratedProperty().addListener(changed);
        model.cardProperty().addListener(changed);
    }

    /** Reads the last run's draft in the background and offers it back. */
    public void load() {
        tasks.submit(store::load, result -> {
            loaded = true;
            result.notice().ifPresent(notice);
            result.draft().ifPresent(model::offerDraft);
            if (model.answerUnderWay()) {
                schedule(); // typed before the file was read: keep that too
            }
        }, e -> {
            loaded = true;
            notice.accept("Your unfinished drill answer in " + store.file() + " could not be read ("
                    + e.getMessage() + ").");
        });
    }

    /** Writes what is in progress now, on this thread: for the app closing. */
    public void flush() {
        debounce.stop();
        if (!loaded) {
            return; // the file on disk is still the last run's: nothing newer to write over it
        }
        try {
            store.save(model.currentDraft(), ++revision);
        } catch (IOException e) {
            // The app is closing; the last failed save already told the learner.
        }
    }

    private void schedule() {
        if (loaded) {
            debounce.playFromStart();
        }
    }

    private void saveInBackground() {
        Optional<AnswerDraft> draft = model.currentDraft();
        long rev = ++revision;
        tasks.submit(() -> store.save(draft, rev), ok -> { }, e -> {
            if (!reportedFailure) {
                reportedFailure = true;
                notice.accept("Your drill answer could not be kept in " + store.file() + " (" + e.getMessage()
                        + "); it is still on screen, but would not survive a crash.");
            }
        });
    }
}
