package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.TestWindows;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Playground in the windows people have: a 1024x700 laptop and a 1360x860 one. Everything a
 * person works with (toolbar, canvas, policies, truth table, status line) is inside the window,
 * and no word on it is cut short.
 */
@ExtendWith(ApplicationExtension.class)
class PlaygroundWindowSizesTest {
    private static final double[][] SIZES = {{1024, 700}, {1360, 860}};
    @RegisterExtension
    final PlaygroundFixture app = PlaygroundFixture.window();

    @Test
    void everythingIsInsideTheWindowWithNoWordCutShort(FxRobot robot) {
        robot.clickOn("#nav-playground");
        // A change makes the status line its longest: what the policy closed, and how many arrows.
        PlaygroundTest.addRecipe(robot, "Default deny", "Default deny all ingress");
        for (double[] size : SIZES) {
            resize(robot, size);
            String at = (int) size[0] + "x" + (int) size[1];
            List<String> problems = new ArrayList<>();
            for (String id : List.of("#place-toolbar", "#canvas", "#policy-panel", "#status-bar", "#step-forward",
                    "#policy-delete", "#intent-toggle", "#status-timing")) {
                outside(robot.lookup(id).query(), at, problems);
            }
            for (Node item : ((Parent) robot.lookup("#place-toolbar").query()).getChildrenUnmodifiable()) {
                outside(item, at, problems);
            }
            assertEquals(List.of(), problems);
            assertEquals(List.of(), PlaygroundTest.cutShort(robot.lookup("#place-toolbar").query()), "toolbar at " + at);
            assertEquals(List.of(), PlaygroundTest.cutShort(robot.lookup("#policy-panel").query()), "policies at " + at);
            assertEquals(List.of(), PlaygroundTest.cutShort(robot.lookup("#status-bar").query()), "status at " + at);
            assertEquals(List.of(), PlaygroundTest.cutShort(robot.lookup("#palette").query()), "palette at " + at);
            assertTrue(robot.lookup("#status").queryLabeled().getText().contains("closed"),
                    "the status line says what changed: " + robot.lookup("#status").queryLabeled().getText());
            double canvas = robot.lookup("#canvas").query().getLayoutBounds().getWidth();
            assertTrue(canvas >= 240, "the canvas keeps a working width at " + at + ": " + canvas);
        }
    }

    /**
     * The first thing a newcomer sees: the starter's five cards whole on the canvas and drawn at
     * full size in the usual window (its card text then is 12-14 px; a wide starter was shrunk to
     * 72% there, and to 59% at 1024x700), and at no less than 80% on the small laptop (83%; it was 59%).
     */
    @Test
    void theStarterIsDrawnLargeAndWholeOnTheCanvas(FxRobot robot) {
        robot.clickOn("#nav-playground");
        for (double[] size : SIZES) {
            resize(robot, size);
            io.netpoldojo.ui.Pulses.afterLayout();
            WaitForAsyncUtils.waitForFxEvents();
            String at = (int) size[0] + "x" + (int) size[1];
            double least = size[0] >= 1360 ? 1.0 : 0.8;
            Node canvas = robot.lookup("#canvas").query();
            for (String card : List.of("alb", "default-frontend", "default-backend", "default-mysql", "default-redis")) {
                Node node = robot.lookup("#endpoint-" + card).query();
                Bounds[] seen = new Bounds[2];
                robot.interact(() -> {
                    seen[0] = node.localToScene(node.getLayoutBounds());
                    seen[1] = canvas.localToScene(canvas.getLayoutBounds());
                });
                double scale = seen[0].getWidth() / io.netpoldojo.diagram.Sizes.CARD_WIDTH;
                assertTrue(scale >= least - 0.005, card + " is drawn at " + Math.round(scale * 100) + "% at " + at);
                assertTrue(seen[1].contains(seen[0]), card + " is whole on the canvas at " + at + ": " + seen[0]
                        + " in " + seen[1]);
            }
        }
    }

    @Test
    void theTruthTableFitsBesideTheCanvasAndThePoliciesKeepTheirWidth(FxRobot robot) {
        robot.clickOn("#nav-playground");
        for (double[] size : new double[][] {SIZES[0], SIZES[1], {1440, 900}}) {
            resize(robot, size);
            String at = (int) size[0] + "x" + (int) size[1];
            Node panel = robot.lookup("#policy-panel").query();
            double before = panel.getLayoutBounds().getWidth();
            robot.clickOn("#matrix-toggle");
            WaitForAsyncUtils.waitForFxEvents();
            List<String> problems = new ArrayList<>();
            for (String id : List.of("#canvas", "#matrix", "#policy-panel", "#place-toolbar")) {
                outside(robot.lookup(id).query(), at, problems);
            }
            assertEquals(List.of(), problems);
            assertEquals(before, panel.getLayoutBounds().getWidth(), 1.5, "the policies keep their width at " + at);
            assertEquals(List.of(), PlaygroundTest.cutShort(robot.lookup("#matrix").query()), "table at " + at);
            assertEquals(List.of(), PlaygroundTest.cutShort(panel), "policies at " + at);
            assertTrue(robot.lookup("#canvas").query().getLayoutBounds().getWidth() >= 240, "the canvas at " + at);
            robot.clickOn("#matrix-toggle");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(before, panel.getLayoutBounds().getWidth(), 1.5, "and when it closes, at " + at);
        }
    }

    @Test
    void aDraggedDividerKeepsThePoliciesWidthThroughResizesAndTheTable(FxRobot robot) {
        robot.clickOn("#nav-playground");
        resize(robot, SIZES[1]);
        Node panel = robot.lookup("#policy-panel").query();
        double before = panel.getLayoutBounds().getWidth();
        Node divider = robot.lookup(".split-pane-divider").query();
        robot.drag(divider).moveBy(-60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double chosen = panel.getLayoutBounds().getWidth();
        assertEquals(before + 60, chosen, 3, "the drag widened the policies");
        resize(robot, new double[] {1440, 900});
        assertEquals(chosen, panel.getLayoutBounds().getWidth(), 1.5, "a wider window gives the canvas the room");
        robot.clickOn("#matrix-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chosen, panel.getLayoutBounds().getWidth(), 1.5, "the table takes its room from the canvas");
    }

    /**
     * A restored session shows its banner above the canvas from the first layout: the canvas still
     * gets the window's width less the policies', not a sliver of it.
     */
    @Test
    void theCanvasKeepsItsWidthUnderTheRestoredSessionsBanner(FxRobot robot) {
        robot.clickOn("#nav-playground");
        PlaygroundTest.addRecipe(robot, "Default deny", "Default deny all ingress");
        // This window is still running, so its session marker is there, as after a crash.
        javafx.stage.Stage[] second = new javafx.stage.Stage[1];
        robot.interact(() -> second[0] = TestWindows.open(app.home(), ctx -> ctx.content().set(PlaygroundFixture.content())).stage());
        for (double[] size : SIZES) {
            resize(robot, second[0], size);
            javafx.scene.Scene scene = second[0].getScene();
            robot.interact(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#nav-playground")).fire());
            resize(robot, second[0], size);
            javafx.scene.control.Label banner = (javafx.scene.control.Label) ((javafx.scene.layout.HBox) scene
                    .lookup("#playground-banner")).getChildren().get(0);
            assertTrue(banner.isVisible() && banner.getText().contains("did not close normally"), banner.getText());
            double canvas = scene.lookup("#canvas").getLayoutBounds().getWidth();
            double policies = scene.lookup("#policy-panel").getLayoutBounds().getWidth();
            double palette = scene.lookup("#palette-scroll").getLayoutBounds().getWidth();
            double place = scene.lookup("#place-content").getLayoutBounds().getWidth();
            assertEquals(place - policies - palette, canvas, 12, "the canvas takes the rest at " + size[0] + ": "
                    + canvas + " of " + place);
            assertEquals(List.of(), PlaygroundTest.cutShort(scene.lookup("#palette")), "palette at " + size[0]);
        }
    }

    private static void resize(FxRobot robot, double[] size) {
        javafx.scene.Scene scene = robot.lookup("#policy-panel").query().getScene();
        resize(robot, (javafx.stage.Stage) scene.getWindow(), size);
    }

    /** Resizes the window, waits until its scene has the new size, then lays it out (the frame's style changes with it). */
    private static void resize(FxRobot robot, javafx.stage.Stage stage, double[] size) {
        robot.interact(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> stage.getScene().getWidth() == size[0] && stage.getScene().getHeight() == size[1]);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not take " + size[0] + "x" + size[1], e);
        }
        for (int pass = 0; pass < 2; pass++) {
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void outside(Node node, String at, List<String> problems) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double w = node.getScene().getWidth();
        double h = node.getScene().getHeight();
        if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) {
            problems.add((node.getId() == null ? node.toString() : node.getId()) + " runs out of the " + at
                    + " window: " + b);
        }
    }
}
