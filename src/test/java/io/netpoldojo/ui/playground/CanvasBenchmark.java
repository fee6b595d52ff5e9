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
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How long the Playground takes to re-evaluate and redraw after an edit, on a canvas of 50 pods
 * (2,650 arrows): the engine, the arrow map, the lint and the update of the arrow nodes, then the
 * CSS and layout of the next pulse, all on the FX thread as the app does it (drawing the frame is
 * not included: headless it is software rendering to nowhere). A benchmark, not a timed test: run it with
 * {@code ./mvnw test -Dtest=CanvasBenchmark -Dbenchmarks=true} and read the figures it prints.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class CanvasBenchmark {
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
        pulse = new PulseTimer(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * The CSS and layout work of the pulse after an edit, timed between the scene's pre- and
     * post-layout pulse listeners. Calling {@code applyCss()} instead would restyle every node under
     * the canvas, not just the ones the edit touched, and overstate the cost several times over.
     */
    private static final class PulseTimer {
        private volatile long preLayout;
        private volatile CountDownLatch done = new CountDownLatch(0);
        private volatile long cssAndLayout;

        PulseTimer(Scene scene) {
            scene.addPreLayoutPulseListener(() -> preLayout = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                if (done.getCount() > 0) {
                    cssAndLayout = System.nanoTime() - preLayout;
                    done.countDown();
                }
            });
        }

        void arm() {
            done = new CountDownLatch(1);
        }

        long awaitCssAndLayout() throws InterruptedException {
            assertTrue(done.await(10, TimeUnit.SECONDS), "a pulse followed the edit");
            return cssAndLayout;
        }
    }

    @Test
    void reevaluateAndRedrawAfterAnEdit(FxRobot robot) throws InterruptedException {
        int runs = 40;
        long[] toggle = new long[runs];
        long[] drag = new long[runs];
        String key = model.workspace().policies().get(0).key();
        String pod = model.workspace().endpoints().get(0).id();
        EndpointNode node = canvas.endpointNode(pod).orElseThrow();
        for (int i = 0; i < runs; i++) {
            final int run = i;
            boolean on = i % 2 == 1;
            robot.interact(() -> {
                long t0 = System.nanoTime();
                model.setPolicyEnabled(key, on);
                toggle[run] = System.nanoTime() - t0;
                // Armed on the FX thread after the edit, so the pulse timed is the one that shows it.
                pulse.arm();
            });
            toggle[run] += pulse.awaitCssAndLayout();
            robot.interact(() -> {
                long t0 = System.nanoTime();
                node.centreOn(300 + run * 3, 300 + run * 2);
                canvas.relayoutArrowsOf(pod);
                drag[run] = System.nanoTime() - t0;
            });
        }
        Arrays.sort(toggle);
        Arrays.sort(drag);
        int arrows = model.evaluation().connections().all().size();
        long[] evalOnly = new long[runs];
        PlaygroundModel bare = new PlaygroundModel(new PolicyDrafts(), model.workspace());
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            bare.setPolicyEnabled(key, i % 2 == 0);
            evalOnly[i] = System.nanoTime() - t0;
        }
        Arrays.sort(evalOnly);
        System.out.printf("model only (engine, arrows, lint): median %.1f ms; arrows changed per toggle: %d%n",
                evalOnly[runs / 2] / 1e6, model.lastChangeProperty().get().changed().size());
        System.out.printf("Playground with %d endpoints and %d arrows: re-evaluate + redraw after switching a policy:"
                        + " median %.1f ms, worst %.1f ms; one drag frame (the dragged pod's arrows): median %.2f ms%n",
                model.workspace().endpoints().size(), arrows, toggle[runs / 2] / 1e6, toggle[runs - 1] / 1e6,
                drag[runs / 2] / 1e6);
        assertTrue(arrows > 2000, "the benchmark canvas has thousands of arrows: " + arrows);
    }
}
