package io.netpoldojo.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The start-up probe's tour ({@code NETPOLDOJO_STARTUP_PROBE=tour}): once the first frame is out
 * and the bundled content has loaded, it shows every other place in navigation order and reports,
 * for each, the CPU time of its first visit up to the first frame drawn with it:
 * {@code netpoldojo.startupProbe: visit quiz 310 ms, cpu 540 ms}. The class-data archive's
 * training run uses it so that the classes of places built on first visit are in the archive too
 * (src/packaging/cds/record-classes), and src/packaging/measure-first-visits measures with it.
 */
final class PlaceTour {
    private final Scene scene;
    private final NavigationModel navigation;
    private final ContentService content;

    PlaceTour(Scene scene, NavigationModel navigation, ContentService content) {
        this.scene = scene;
        this.navigation = navigation;
        this.content = content;
    }

    /** Visits every place but the one shown, one after the other, then runs {@code done}. Call on the JavaFX thread. */
    void run(Runnable done) {
        List<Place> others = new ArrayList<>(navigation.places());
        others.remove(navigation.current());
        content.whenLoaded(loaded -> Platform.runLater(() -> visit(others.iterator(), done)));
    }

    private void visit(Iterator<Place> rest, Runnable done) {
        if (!rest.hasNext()) {
            done.run();
            return;
        }
        Place place = rest.next();
        long began = System.nanoTime();
        long cpuBefore = cpuMillis();
        navigation.show(place);
        // The frame after the pulse that laid the place out is the first one with it on screen.
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            FirstFrame.onRenderThread(scene, () -> {
                long millis = (System.nanoTime() - began) / 1_000_000;
                long cpu = cpuMillis() - cpuBefore;
                Platform.runLater(() -> {
                    System.err.printf("%s: visit %s %d ms, cpu %d ms%n", StartupProbe.PROPERTY, place.id(), millis, cpu);
                    System.err.flush();
                    // One more turn, so that FirstFrame lets go of this frame's tracker before the next visit asks.
                    Platform.runLater(() -> visit(rest, done));
                });
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }
}
