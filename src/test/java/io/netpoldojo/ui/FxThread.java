package io.netpoldojo.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work done on the JavaFX thread for a test: reading nodes a pulse may be changing, or changing a
 * model the scene listens to. The test's thread waits for the answer.
 */
public final class FxThread {
    private static final long TIMEOUT_SECONDS = 10;

    private FxThread() {}

    /**
     * What {@code work} returns, run on the JavaFX thread (at once when called there); what it
     * throws, or no answer in 10 s, fails the test.
     */
    public static <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new AssertionError("failed on the JavaFX thread", e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the JavaFX thread", e);
        } catch (Exception e) {
            throw new AssertionError("failed on the JavaFX thread, or no answer in " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
