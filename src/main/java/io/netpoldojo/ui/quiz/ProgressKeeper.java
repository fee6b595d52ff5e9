package io.netpoldojo.ui.quiz;

import io.netpoldojo.quiz.LoadedProgress;
import io.netpoldojo.quiz.Progress;
import io.netpoldojo.quiz.ProgressStore;
import io.netpoldojo.ui.TaskRunner;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The learner's progress as the Quiz holds it: loaded once in the background, changed on the
 * JavaFX thread, and saved in the background after every change (each save numbered, so a late
 * one never overwrites a newer one). Trouble becomes a sentence for the learner, never a crash.
 */
final class ProgressKeeper {
    private final TaskRunner tasks;
    private final ProgressStore store;
    private final Consumer<String> notice;
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(Progress.EMPTY);
    private boolean loaded;
    private long revision;

    ProgressKeeper(TaskRunner tasks, ProgressStore store, Consumer<String> notice) {
        this.tasks = tasks;
        this.store = store;
        this.notice = notice;
    }

    /** Loads the saved progress; {@code then} runs on the JavaFX thread once it is there. */
    void load(Runnable then) {
        tasks.submit(store::load, result -> loaded(result, then), e -> loaded(new LoadedProgress(Progress.EMPTY,
                Optional.of("Your quiz progress could not be loaded (" + e.getMessage()
                        + "); the quiz starts afresh.")), then));
    }

    private void loaded(LoadedProgress result, Runnable then) {
        progress.set(result.progress());
        result.notice().ifPresent(notice);
        loaded = true;
        then.run();
    }

    boolean isLoaded() {
        return loaded;
    }

    ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    Progress get() {
        return progress.get();
    }

    /** Applies a change and saves the result in the background. */
    void change(UnaryOperator<Progress> change) {
        Progress next = change.apply(progress.get());
        progress.set(next);
        long rev = ++revision;
        tasks.submit(() -> store.save(next, rev), saved -> { },
                e -> notice.accept("Your quiz progress could not be saved (" + e.getMessage() + "). It is kept while"
                        + " the app runs; the quiz tries again with your next answer."));
    }

    /** Saves now, on this thread: for the app closing, when a background save may not finish. */
    void flush() {
        try {
            store.save(progress.get(), revision);
        } catch (IOException e) {
            // Nothing more to do while the app closes; the notice said so when the save first failed.
        }
    }
}
