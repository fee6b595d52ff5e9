package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.SyntheticClusters;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.manifest.ManifestWriter;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How long the Playground takes to re-evaluate and redraw after an edit, on a canvas of 50 pods
 * (2,650 arrows): the engine, the arrow map, the lint and the update of the arrow nodes, then the
 * whole of the JavaFX pulse that follows on the FX thread (CSS, layout, bounds and the copy to the
 * render graph), as the app does it. Painting is not included: headless it is software rendering
 * to nowhere, in the app it is the graphics card's. A benchmark, not a timed test: run it with
 * {@code ./mvnw test -Dtest=CanvasBenchmark -Dbenchmarks=true} and read the figures it prints.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class CanvasBenchmark {
    private static final int COLD_RUNS = 10;
    private PlaygroundModel model;
    private CanvasView canvas;
    private PulseTimer pulse;

    @Start
    void start(Stage stage) {
        Cluster cluster = SyntheticClusters.generate(50, 5, 12, 7);
        List<PlacedEndpoint> placed = new ArrayList<>();
        cluster.endpoints().forEach(e -> placed.add(new PlacedEndpoint(e, new Point(0, 0))));
        List<NamespaceZone> zones = cluster.namespaces().stream()
                .map(ns -> new NamespaceZone(ns, new Rect(0, 0, 300, 300))).toList();
        ManifestWriter writer = new ManifestWriter();
        List<PolicyDraft> drafts = new ArrayList<>();
        for (int i = 0; i < cluster.policies().size(); i++) {
            drafts.add(new PolicyDraft("policy-" + (i + 1), writer.writePolicy(cluster.policies().get(i)), true));
        }
        Workspace ws = AutoLayout.arrange(new Workspace(zones, placed, drafts));
        model = new PlaygroundModel(new PolicyDrafts(), ws);
        canvas = new CanvasView(model, null, true);
        Scene scene = new Scene(canvas, 1400, 900);
        if (Boolean.getBoolean("benchmark.styled")) {
            io.netpoldojo.ui.Themes.apply(io.netpoldojo.userdata.ThemeMode.LIGHT, scene);
            canvas.getStylesheets().add(PlaygroundView.class.getResource("/io/netpoldojo/ui/playground/playground.css")
                    .toExternalForm());
        }
        // Painting is not measured, and headless it is software rendering of 2,650 arrows on one of
        // this machine's two cores, which would take the CPU from the work that is measured. At
        // opacity 0 nothing is painted; CSS, layout, bounds and the render-graph copy run in full.
        canvas.setOpacity(0);
        pulse = new PulseTimer(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * The pulse after an edit, on the FX thread: CSS and layout are timed between the scene's pre-
     * and post-layout pulse listeners; the rest of the pulse (bounds, the copy to the render graph)
     * ends when a task queued from the post-layout listener runs, since the FX thread finishes the
     * pulse first. Calling {@code applyCss()} instead would restyle every node under the canvas, not
     * just the ones the edit touched, and overstate the cost several times over.
     */
    private static final class PulseTimer {
        private volatile long preLayout;
        private volatile long postLayout;
        private volatile CountDownLatch done = new CountDownLatch(0);
        private volatile long cssAndLayout;
        private volatile long restOfPulse;

        PulseTimer(Scene scene) {
            scene.addPreLayoutPulseListener(() -> preLayout = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                if (done.getCount() > 0) {
                    postLayout = System.nanoTime();
                    cssAndLayout = postLayout - preLayout;
                    Platform.runLater(() -> {
                        restOfPulse = System.nanoTime() - postLayout;
                        done.countDown();
                    });
                }
            });
        }

        void arm() {
            done = new CountDownLatch(1);
        }

        void await() throws InterruptedException {
            assertTrue(done.await(10, TimeUnit.SECONDS), "a pulse followed the edit");
        }
    }

    /** Each run's figures in nanoseconds: the edit itself, the pulse's CSS and layout, the rest of the pulse. */
    private record Runs(long[] edit, long[] cssAndLayout, long[] restOfPulse, long[] total) {
        Runs(int n) {
            this(new long[n], new long[n], new long[n], new long[n]);
        }

        static double median(long[] values) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2] / 1e6;
        }

        static double percentile(long[] values, double p) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
        }
    }

    /** Runs an edit on the FX thread and times it with the pulse that shows it. */
    private void time(FxRobot robot, Runs runs, int i, Runnable edit) throws InterruptedException {
        robot.interact(() -> {
            long t0 = System.nanoTime();
            edit.run();
            runs.edit()[i] = System.nanoTime() - t0;
            // Armed on the FX thread after the edit, so the pulse timed is the one that shows it.
            pulse.arm();
        });
        pulse.await();
        runs.cssAndLayout()[i] = pulse.cssAndLayout;
        runs.restOfPulse()[i] = pulse.restOfPulse;
        runs.total()[i] = runs.edit()[i] + pulse.cssAndLayout + pulse.restOfPulse;
    }

    /** Switches the first policy off and on, once per run. */
    private void switchPolicy(FxRobot robot, Runs toggles) throws InterruptedException {
        String key = model.workspace().policies().get(0).key();
        for (int i = 0; i < toggles.edit().length; i++) {
            boolean on = i % 2 == 1;
            time(robot, toggles, i, () -> model.setPolicyEnabled(key, on));
        }
    }

    /** Drags a pod a step per run, as a mouse drag does (its arrows and the hit curve follow). */
    private void dragPod(FxRobot robot, Runs drags) throws InterruptedException {
        String pod = model.workspace().endpoints().get(0).id();
        EndpointNode node = canvas.endpointNode(pod).orElseThrow();
        for (int i = 0; i < drags.edit().length; i++) {
            int step = i % 40;
            time(robot, drags, i, () -> {
                node.centreOn(300 + step * 3, 300 + step * 2);
                canvas.relayoutArrowsOf(pod);
            });
        }
    }

    @Test
    void reevaluateAndRedrawAfterAnEdit(FxRobot robot) throws InterruptedException {
        int warmUp = Integer.getInteger("benchmark.warmup", 300);
        int n = Integer.getInteger("benchmark.runs", 200);
        // The mouse rests on the canvas, so the arrow under it is looked for after each edit as in
        // the app; in a corner, off every arrow, so no tooltip opens in the middle of the figures.
        robot.moveTo(canvas.localToScreen(6, 6));
        Runs cold = new Runs(COLD_RUNS);
        switchPolicy(robot, cold);
        switchPolicy(robot, new Runs(warmUp));
        Runs toggles = new Runs(n);
        switchPolicy(robot, toggles);
        // Drags measured on their own, once the last switch's change animation is over.
        dragPod(robot, new Runs(warmUp));
        WaitForAsyncUtils.sleep(1600, TimeUnit.MILLISECONDS);
        Runs drags = new Runs(n);
        dragPod(robot, drags);

        String key = model.workspace().policies().get(0).key();
        long[] modelOnly = new long[n];
        PlaygroundModel bare = new PlaygroundModel(new PolicyDrafts(), model.workspace());
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            bare.setPolicyEnabled(key, i % 2 == 0);
            modelOnly[i] = System.nanoTime() - t0;
        }
        int arrows = model.evaluation().connections().all().size();
        System.out.printf("Playground with %d endpoints and %d arrows, %d arrows changing per switch%n",
                model.workspace().endpoints().size(), arrows, model.lastChangeProperty().get().changed().size());
        System.out.printf("the first %d switches after start: median %.1f ms, worst %.1f ms%n", COLD_RUNS,
                Runs.median(cold.total()), Runs.percentile(cold.total(), 1));
        System.out.printf("after %d warm-up switches, %d runs: switch a policy, re-evaluate and redraw: median %.1f ms,"
                        + " 95th percentile %.1f ms, worst %.1f ms%n", warmUp, n, Runs.median(toggles.total()),
                Runs.percentile(toggles.total(), 0.95), Runs.percentile(toggles.total(), 1));
        System.out.printf("  of which the model alone (engine, arrow map, lint): median %.1f ms%n", Runs.median(modelOnly));
        System.out.printf("  the edit with the arrow updates: median %.1f ms; the pulse's CSS and layout: %.1f ms;"
                        + " the rest of the pulse: %.1f ms%n", Runs.median(toggles.edit()),
                Runs.median(toggles.cssAndLayout()), Runs.median(toggles.restOfPulse()));
        System.out.printf("one drag frame (move a pod, re-lay its arrows, the pulse): median %.1f ms, 95th percentile"
                + " %.1f ms%n", Runs.median(drags.total()), Runs.percentile(drags.total(), 0.95));
        assertTrue(arrows > 2000, "the benchmark canvas has thousands of arrows: " + arrows);
    }
}
