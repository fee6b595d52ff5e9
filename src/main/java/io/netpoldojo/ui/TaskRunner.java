package io.netpoldojo.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way to do work off the JavaFX thread: the work runs in the background, then exactly
 * one of the two callbacks runs on the JavaFX thread with its result or its failure.
 */
public interface TaskRunner {
    /**
     * Runs {@code work} in the background.
     *
     * @param onSuccess called on the JavaFX thread with the result
     * @param onFailure called on the JavaFX thread when {@code work} throws
     */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Stops taking work; work already running may finish. */
    void shutdown();
}
