package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.SyntheticClusters;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.manifest.ManifestWriter;
import io.netpoldojo.ui.playground.canvas.CanvasView;
import io.netpoldojo.ui.playground.canvas.EndpointNode;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * How much work the Playground's JavaFX thread does to re-evaluate and redraw after an edit, on a
 * canvas of 50 pods (2,650 arrows): the engine, the arrow map, the lint and the arrow updates, then
 * the pulse that follows (CSS, layout, painting the arrows' canvases, bounds and the copy to the
 * render graph), as the app does it. It is measured as the FX thread's CPU time, from the edit to
 * the end of that pulse: the pulse also waits for the render thread to finish the last frame, and
 * headless that is software rendering on this machine's two cores, which is not the FX thread's
 * work (and in the app is helped by the graphics card). A benchmark, not a timed test: run it with
 * {@code ./mvnw test -Dtest=CanvasBenchmark -Dbenchmarks=true} and read the figures it prints.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class CanvasBenchmark {
    private static final int COLD_RUNS = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private PlaygroundModel model;
    private CanvasView canvas;
    private PulseTimer pulse;

    @Start
    void start(Stage stage) {
        // -Dbenchmark.clusterPolicies=N adds N ClusterNetworkPolicies: their arrows' deciding tiers are then computed too.
        int clusterPolicies = Integer.getInteger("benchmark.clusterPolicies", 0);
        Cluster cluster = clusterPolicies == 0 ? SyntheticClusters.generate(50, 5, 12, 7)
                : SyntheticClusters.generate(50, 5, 12, clusterPolicies, 7);
        List<PlacedEndpoint> placed = new ArrayList<>();
        cluster.endpoints().forEach(e -> placed.add(new PlacedEndpoint(e, new Point(0, 0))));
        List<NamespaceZone> zones = cluster.namespaces().stream()
                .map(ns -> new NamespaceZone(ns, new Rect(0, 0, 300, 300))).toList();
        ManifestWriter writer = new ManifestWriter();
        List<PolicyDraft> drafts = new ArrayList<>();
        for (int i = 0; i < cluster.policies().size(); i++) {
            drafts.add(new PolicyDraft("policy-" + (i + 1), writer.writePolicy(cluster.policies().get(i)), true));
        }
        for (int i = 0; i < cluster.clusterPolicies().size(); i++) {
            drafts.add(new PolicyDraft("cluster-policy-" + (i + 1),
                    writer.writeClusterPolicy(cluster.clusterPolicies().get(i)), true));
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
        pulse = new PulseTimer(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Ends the timing of an edit with the pulse that shows it: a task queued from the scene's
     * post-layout listener runs once the FX thread has finished that pulse.
     */
    private static final class PulseTimer {
        private volatile CountDownLatch done = new CountDownLatch(0);
        private volatile long endCpu;

        PulseTimer(Scene scene) {
            scene.addPostLayoutPulseListener(() -> {
                if (done.getCount() > 0) {
                    Platform.runLater(() -> {
                        endCpu = THREADS.getCurrentThreadCpuTime();
                        done.countDown();
                    });
                }
            });
        }

        void arm() {
            done = new CountDownLatch(1);
        }

        void await() throws InterruptedException {
            assertTrue(done.await(30, TimeUnit.SECONDS), "a pulse followed the edit");
        }
    }

    /** Each run's FX-thread CPU time in nanoseconds: the edit itself, the pulse after it, both. */
    private record Runs(long[] edit, long[] pulse, long[] total) {
        Runs(int n) {
            this(new long[n], new long[n], new long[n]);
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
        long[] start = new long[2];
        robot.interact(() -> {
            start[0] = THREADS.getCurrentThreadCpuTime();
            edit.run();
            start[1] = THREADS.getCurrentThreadCpuTime();
            // Armed on the FX thread after the edit, so the pulse timed is the one that shows it.
            pulse.arm();
        });
        pulse.await();
        runs.edit()[i] = start[1] - start[0];
        runs.pulse()[i] = pulse.endCpu - start[1];
        runs.total()[i] = pulse.endCpu - start[0];
    }

    /** Switches the first policy off and on, once per run. */
    private void switchPolicy(FxRobot robot, Runs toggles) throws InterruptedException {
        String key = model.workspace().policies().get(0).key();
        for (int i = 0; i < toggles.edit().length; i++) {
            boolean on = i % 2 == 1;
            time(robot, toggles, i, () -> model.setPolicyEnabled(key, on));
        }
    }

    /**
     * Switches the first policy off and on, each time waiting until the still arrows, painted off
     * the JavaFX thread, are on screen: the wall-clock time from the edit to that pulse.
     */
    private long[] switchUntilSettled(FxRobot robot, int runs) throws InterruptedException {
        String key = model.workspace().policies().get(0).key();
        long[] settled = new long[runs];
        for (int i = 0; i < runs; i++) {
            boolean on = i % 2 == 1;
            long[] start = new long[1];
            robot.interact(() -> {
                start[0] = System.nanoTime();
                model.setPolicyEnabled(key, on);
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!settled()) {
                assertTrue(System.nanoTime() < deadline, "the still arrows caught up");
                Thread.sleep(2);
            }
            settled[i] = System.nanoTime() - start[0];
            // Let the change animation end, so each run starts from a quiet canvas.
            WaitForAsyncUtils.sleep(1400, TimeUnit.MILLISECONDS);
        }
        return settled;
    }

    private boolean settled() throws InterruptedException {
        try {
            return WaitForAsyncUtils.asyncFx(canvas::arrowsSettled).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    /** Drags a pod a step per run, as a mouse drag does (its arrows and the hit curve follow). */
    private void dragPod(FxRobot robot, Runs drags) throws InterruptedException {
        String pod = model.workspace().endpoints().get(0).id();
        EndpointNode node = canvas.endpointNode(pod).orElseThrow();
        // As a press on the card does before a drag.
        robot.interact(() -> canvas.liftArrowsOf(pod));
        for (int i = 0; i < drags.edit().length; i++) {
            int step = i % 40;
            time(robot, drags, i, () -> {
                node.centreOn(300 + step * 3, 300 + step * 2);
                canvas.relayoutArrowsOf(pod);
            });
        }
    }

    /**
     * Drops a pod after a drag step, as a mouse release does: its arrows go down among the still
     * ones, and the model hears of the move, after which every arrow gets its route where the cards
     * now stand (only the pairs the move can change are routed again).
     */
    private void dropPod(FxRobot robot, Runs drops) throws InterruptedException {
        String pod = model.workspace().endpoints().get(1).id();
        EndpointNode node = canvas.endpointNode(pod).orElseThrow();
        for (int i = 0; i < drops.edit().length; i++) {
            // A few pixels from where the model has it, back and forth: it stays in its zone, so
            // no zone grows (which would route every arrow again).
            Point at = model.workspace().endpoint(pod).orElseThrow().at();
            double dx = i % 2 == 0 ? 6 : -6;
            robot.interact(() -> {
                canvas.liftArrowsOf(pod);
                node.centreOn(at.x() + dx, at.y() + dx / 2);
                canvas.relayoutArrowsOf(pod);
            });
            time(robot, drops, i, () -> {
                canvas.putArrowsDown();
                model.moveEndpoint(pod, new Point(node.centreX(), node.centreY()));
            });
        }
    }

    @Test
    void reevaluateAndRedrawAfterAnEdit(FxRobot robot) throws InterruptedException {
        int warmUp = Integer.getInteger("benchmark.warmup", 100);
        int n = Integer.getInteger("benchmark.runs", 100);
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
        dropPod(robot, new Runs(Math.max(1, warmUp / 4)));
        Runs drops = new Runs(Math.max(1, n / 2));
        dropPod(robot, drops);
        long[] settled = switchUntilSettled(robot, Integer.getInteger("benchmark.settleRuns", 20));

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
        long[] tiers = new long[1];
        model.evaluation().connections().forEach((k, c) -> tiers[0] += c.decidingTier().isPresent() ? 1 : 0);
        System.out.printf("%d ClusterNetworkPolicies; %d arrows wear a tier's badge%n",
                model.evaluation().cluster().clusterPolicies().size(), tiers[0]);
        System.out.printf("the first %d switches after start: median %.1f ms, worst %.1f ms%n", COLD_RUNS,
                Runs.median(cold.total()), Runs.percentile(cold.total(), 1));
        System.out.printf("FX-thread CPU time after %d warm-up switches, %d runs: switch a policy, re-evaluate and redraw: median %.1f ms,"
                        + " 95th percentile %.1f ms, worst %.1f ms%n", warmUp, n, Runs.median(toggles.total()),
                Runs.percentile(toggles.total(), 0.95), Runs.percentile(toggles.total(), 1));
        System.out.printf("  of which the model alone (engine, arrow map, lint): median %.1f ms%n", Runs.median(modelOnly));
        System.out.printf("  the edit with the arrow updates: median %.1f ms; the pulse after it: %.1f ms%n",
                Runs.median(toggles.edit()), Runs.median(toggles.pulse()));
        System.out.printf("one drag frame (move a pod, re-lay its arrows, the pulse): median %.1f ms, 95th percentile"
                + " %.1f ms%n", Runs.median(drags.total()), Runs.percentile(drags.total(), 0.95));
        System.out.printf("one drop after a drag step (the model hears of the move, every arrow gets its route, the"
                + " pulse): median %.1f ms, 95th percentile %.1f ms (%d runs)%n", Runs.median(drops.total()),
                Runs.percentile(drops.total(), 0.95), drops.total().length);
        System.out.printf("the still arrows on screen after a switch (painted off the JavaFX thread, wall clock,"
                + " %d runs): median %.1f ms, worst %.1f ms%n", settled.length, Runs.median(settled),
                Runs.percentile(settled, 1));
        assertTrue(arrows > 2000, "the benchmark canvas has thousands of arrows: " + arrows);
    }
}
