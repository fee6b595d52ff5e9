package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class TaskRunnerTest {
    private final BackgroundTaskRunner runner = new BackgroundTaskRunner(2);

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void workRunsInTheBackgroundAndTheResultArrivesOnTheFxThread() throws Exception {
        CompletableFuture<String> workThread = new CompletableFuture<>();
        CompletableFuture<String> result = new CompletableFuture<>();
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        runner.submit(() -> {
            workThread.complete(Thread.currentThread().getName());
            return "42";
        }, value -> {
            onFx.complete(Platform.isFxApplicationThread());
            result.complete(value);
        }, result::completeExceptionally);

        assertEquals("42", result.get(5, TimeUnit.SECONDS));
        assertTrue(onFx.get());
        assertTrue(workThread.get().startsWith("dojo-task-"), workThread.get());
    }

    @Test
    void aFailureArrivesOnTheFxThread() throws Exception {
        CompletableFuture<Exception> failure = new CompletableFuture<>();
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        runner.submit(() -> {
            throw new IOException("disk gone");
        }, value -> failure.completeExceptionally(new AssertionError("no result expected")), e -> {
            onFx.complete(Platform.isFxApplicationThread());
            failure.complete(e);
        });

        assertEquals("disk gone", failure.get(5, TimeUnit.SECONDS).getMessage());
        assertTrue(onFx.get());
    }

    @Test
    void anErrorArrivesAsAFailureAndTheRunnerGoesOn() throws Exception {
        CompletableFuture<Exception> failure = new CompletableFuture<>();
        runner.submit(() -> {
            throw new StackOverflowError();
        }, value -> failure.completeExceptionally(new AssertionError("no result expected")), failure::complete);

        Exception e = failure.get(5, TimeUnit.SECONDS);
        assertTrue(e.getCause() instanceof StackOverflowError, String.valueOf(e.getCause()));
        assertEquals("StackOverflowError", e.getMessage());
        CompletableFuture<String> next = new CompletableFuture<>();
        runner.submit(() -> "next", next::complete, next::completeExceptionally);
        assertEquals("next", next.get(5, TimeUnit.SECONDS));
    }

    @Test
    void theImmediateRunnerCallsBackBeforeSubmitReturns() {
        StringBuilder log = new StringBuilder();
        new ImmediateTaskRunner().submit(() -> "done", log::append, e -> log.append("failed"));
        new ImmediateTaskRunner().submit(() -> {
            throw new IllegalStateException();
        }, v -> log.append("?"), e -> log.append(" then failed"));
        assertEquals("done then failed", log.toString());
    }
}
