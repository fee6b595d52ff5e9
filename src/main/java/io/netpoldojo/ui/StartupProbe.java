package io.netpoldojo.ui;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures start-up: with {@code -Dnetpoldojo.startupProbe=true}, or the environment variable
 * {@code NETPOLDOJO_STARTUP_PROBE=1} (an installed launcher takes no JVM options from its command
 * line), the app reports on standard error when the first frame of its window has been rendered,
 * then exits. The line reads
 * {@code netpoldojo.startupProbe: first-frame <ms> ms after JVM start, epoch <ms>, cpu <ms> ms}. The
 * epoch lets a script measure from the moment it launched the process too
 * (src/packaging/measure-startup does both); the process's CPU time so far is the figure that a
 * busy machine disturbs least. The trivial window that start-up is compared with
 * (src/packaging/startup/EmptyWindow.java) uses this same probe. With {@code tour} instead of
 * {@code true} the app does not exit at the first frame but first visits every other place
 * ({@link PlaceTour}).
 */
public final class StartupProbe {
    public static final String PROPERTY = "netpoldojo.startupProbe";
    public static final String ENVIRONMENT = "NETPOLDOJO_STARTUP_PROBE";

    private StartupProbe() {}

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY) || "1".equals(System.getenv(ENVIRONMENT)) || perThread() || touring();
    }

    /** {@code tour}: after the first frame, every other place is visited before the app exits. */
    private static boolean touring() {
        return "tour".equals(System.getProperty(PROPERTY)) || "tour".equals(System.getenv(ENVIRONMENT));
    }

    /** {@code threads} instead of {@code true} or {@code 1}: the report adds each thread's CPU time (Linux). */
    private static boolean perThread() {
        return "threads".equals(System.getProperty(PROPERTY)) || "threads".equals(System.getenv(ENVIRONMENT));
    }

    /**
     * When the probe is enabled, waits for the first frame of {@code scene} to be rendered, prints
     * the time and exits the app. Call on the JavaFX thread before the window is first shown.
     */
    public static void watch(Scene scene) {
        if (enabled()) {
            whenFirstFrameRendered(scene, frame -> {
                report(frame);
                quit(scene);
            });
        }
    }

    /** As {@link #watch(Scene)}; in {@code tour} mode the app visits every other place after the report, then exits. */
    static void watch(Scene scene, PlaceTour tour) {
        if (!touring()) {
            watch(scene);
            return;
        }
        whenFirstFrameRendered(scene, frame -> {
            report(frame);
            tour.run(() -> quit(scene));
        });
    }

    /**
     * Closes the window first, as Quit does, then exits: {@code Platform.exit()} with the window
     * still open closed its view before the window's own hide handlers ran, and the app's (which
     * moves the keyboard focus) threw "The view has already been closed" at every probe's exit.
     */
    private static void quit(Scene scene) {
        if (scene.getWindow() != null) {
            scene.getWindow().hide();
        }
        Platform.exit();
    }

    /** The clock is read on the render thread, right after the frame was drawn; the report follows on the JavaFX thread. */
    private static void whenFirstFrameRendered(Scene scene, Consumer<Frame> action) {
        FirstFrame.onRenderThread(scene, () -> {
            Frame frame = new Frame(System.currentTimeMillis(),
                    ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L),
                    perThread() ? ThreadTimes.read() : "");
            Platform.runLater(() -> action.accept(frame));
        });
    }

    /** When the frame was rendered (epoch milliseconds) and how much CPU time the process had used by then. */
    private record Frame(long renderedAt, long cpuMillis, String threads) {}

    private static void report(Frame frame) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf("%s: first-frame %d ms after JVM start, epoch %d, cpu %d ms%n", PROPERTY,
                frame.renderedAt() - jvmStart, frame.renderedAt(), frame.cpuMillis());
        System.err.print(frame.threads());
        System.err.flush();
    }
}
