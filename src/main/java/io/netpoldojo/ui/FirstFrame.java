package io.netpoldojo.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that waits until a window's first frame is on screen. On a 2-core machine whatever runs
 * before then (the lessons loading in the background, say) competes with the frame for the
 * processor, so start-up work the first screen does not show is started from here.
 *
 * <p>"On screen" is JavaFX's own signal that the render thread has drawn the frame: its performance
 * tracker, the one hook called after drawing (the public API stops at layout). The app runs on the
 * class path, where that internal package is reachable; where it is not (the module path of
 * {@code javafx:run} without the export), the work runs at the start of the second pulse instead,
 * while the first frame may still be drawing.
 */
public final class FirstFrame {
    /** Where a scene keeps the callbacks waiting for its first frame. */
    private static final Object WAITING = new Object();

    private FirstFrame() {}

    /** Runs {@code action} on the JavaFX thread once the first frame of {@code scene} has been drawn. */
    public static void whenDrawn(Scene scene, Runnable action) {
        onRenderThread(scene, () -> Platform.runLater(action));
    }

    /**
     * Runs {@code action} on JavaFX's render thread right after the first frame of {@code scene}
     * has been drawn (or, without the tracker, on the JavaFX thread at the second pulse). Keep it
     * tiny: the probe reads the clock here. Call on the JavaFX thread before the window is shown.
     */
    static void onRenderThread(Scene scene, Runnable action) {
        @SuppressWarnings("unchecked")
        List<Runnable> waiting = (List<Runnable>) scene.getProperties().get(WAITING);
        if (waiting == null) {
            waiting = new CopyOnWriteArrayList<>();
            scene.getProperties().put(WAITING, waiting);
            watch(scene, waiting);
        }
        waiting.add(action);
    }

    private static void watch(Scene scene, List<Runnable> waiting) {
        try {
            com.sun.javafx.perf.PerformanceTracker tracker = com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene);
            tracker.setOnRenderedFrameTask(new Runnable() {
                private boolean done;

                @Override
                public void run() {
                    if (!done) {
                        done = true;
                        waiting.forEach(Runnable::run);
                        // The tracker counts every later frame too: let it go.
                        Platform.runLater(() -> forget(scene));
                    }
                }
            });
        } catch (LinkageError internalApiNotReachable) {
            afterPulses(2, () -> {
                waiting.forEach(Runnable::run);
                scene.getProperties().remove(WAITING);
            });
        }
    }

    private static void forget(Scene scene) {
        scene.getProperties().remove(WAITING);
        com.sun.javafx.perf.PerformanceTracker.releaseSceneTracker(scene);
    }

    /** Runs {@code action} at the start of pulse number {@code pulses} from now. */
    private static void afterPulses(int pulses, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == pulses) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
