package io.netpoldojo.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting for JavaFX's pulse, when it applies CSS and lays out every scene, rather than for a
 * while. {@link WaitForAsyncUtils#waitForFxEvents()} only runs what is queued on the JavaFX
 * thread; on a loaded machine it can return before any pulse, and a test then reads positions
 * a layout is still going to change (a banner pushing the canvas down, a fit, a scroll).
 */
public final class Pulses {
    private static final long TIMEOUT_SECONDS = 10;

    private Pulses() {}

    /**
     * Returns once a pulse that began after this call has laid out the windows, and what that
     * pulse left queued on the JavaFX thread (a fit or a scroll asked for with runLater) has run.
     * Call it from the test's thread.
     */
    public static void afterLayout() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("waiting for a pulse on the JavaFX thread would block it");
        }
        CountDownLatch laidOut = new CountDownLatch(1);
        boolean[] noWindow = {false};
        Platform.runLater(() -> {
            // One pulse lays out every scene, so any showing window's scene will do to hear of it.
            Scene scene = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (scene == null) {
                noWindow[0] = true; // said on the test's thread, not thrown where nobody sees it
                laidOut.countDown();
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                laidOut.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        try {
            if (!laidOut.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("no JavaFX pulse in " + TIMEOUT_SECONDS + " s");
            }
            if (noWindow[0]) { // written before the count down, so seen after the await
                throw new IllegalStateException("no window is showing: no pulse to wait for");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a pulse", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A reading (taken on the JavaFX thread) once it has settled: after a pulse it is the same as
     * after the pulse before, and nothing in {@code scene} is waiting to be laid out again.
     */
    public static <T> T settled(Scene scene, Callable<T> reading) {
        Object[] last = {null, null};
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS); System.nanoTime() < end; ) {
            afterLayout();
            Object[] now = FxThread.call(() -> new Object[] {reading.call(), scene.getRoot().isNeedsLayout()});
            if (last[0] != null && now[0].equals(last[0]) && !(Boolean) now[1]) {
                @SuppressWarnings("unchecked")
                T settled = (T) now[0];
                return settled;
            }
            last = now;
        }
        throw new AssertionError("not settled after " + TIMEOUT_SECONDS + " s of pulses; last reading " + last[0]
                + (Boolean.TRUE.equals(last[1]) ? ", with a layout pending" : ""));
    }
}
