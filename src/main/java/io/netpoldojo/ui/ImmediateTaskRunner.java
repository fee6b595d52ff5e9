package io.netpoldojo.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} that runs the work at once on the calling thread and calls back before
 * {@code submit} returns. Meant for tests: called from the JavaFX thread it keeps every
 * promise of the interface, and nothing happens later behind a test's back.
 */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
