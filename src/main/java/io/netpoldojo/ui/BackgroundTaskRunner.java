package io.netpoldojo.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** The app's {@link TaskRunner}: a small pool of daemon threads, results handed back with {@code Platform.runLater}. */
public final class BackgroundTaskRunner implements TaskRunner {
    private final ExecutorService pool;

    public BackgroundTaskRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread thread = new Thread(work, "dojo-task-" + count.incrementAndGet());
            // Daemon: a slow task must never keep the app alive after its window closed.
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            } catch (Error e) {
                // An Error too ends in onFailure: otherwise its thread dies and the caller waits for
                // ever (the Quiz on "Preparing the question...").
                Platform.runLater(() -> onFailure.accept(new TaskFailure(e)));
            }
        });
    }

    /** An Error thrown by a task's work, handed to its failure callback as an exception. */
    public static final class TaskFailure extends Exception {
        private static final long serialVersionUID = 1L;

        TaskFailure(Error cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }
}
