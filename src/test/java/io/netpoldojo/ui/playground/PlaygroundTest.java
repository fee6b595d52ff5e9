package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.FxThread;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.workspace.ScenarioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Playground driven as a person drives it: drag, click, type, and look at the arrows. */
@ExtendWith(ApplicationExtension.class)
class PlaygroundTest {
    @RegisterExtension
    final PlaygroundFixture app = PlaygroundFixture.onThePlayground();

    private static String arrowState(FxRobot robot, String from, String to) {
        return ArrowStates.arrow(robot, "", from, to).state();
    }

    /** Adds a recipe from the library as it comes: its dialog confirmed with the values it suggests. */
    static void addRecipe(FxRobot robot, String group, String title) {
        robot.clickOn("#policy-add");
        clickText(robot, title);
        robot.clickOn("#recipe-add");
    }

    /** Clicks the visible node showing exactly this text (menus leave hidden copies behind). */
    static void clickText(FxRobot robot, String text) {
        // A menu popup that is still closing can be found and then lose its scene: look again.
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node node = robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                            && n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                            && n.getScene().getWindow().isShowing())
                    .query();
            try {
                robot.clickOn(node);
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static Point2D middleOf(FxRobot robot, String from, String to) {
        return ArrowStates.arrow(robot, "", from, to).middleOnScreen();
    }

    @Test
    void theFirstRunShowsTheMicroservicesWithEveryArrowOpen(FxRobot robot) {
        Set<String> pods = robot.lookup(".pod-node").queryAll().stream().map(Node::getId).collect(Collectors.toSet());
        assertEquals(Set.of("endpoint-default-frontend", "endpoint-default-backend", "endpoint-default-mysql",
                "endpoint-default-redis"), pods);
        assertTrue(robot.lookup("#endpoint-alb").tryQuery().isPresent());
        assertEquals(20, ArrowStates.inState(robot, "", "allowed").size());
        assertEquals(0, ArrowStates.inState(robot, "", "denied").size());
    }

    @Test
    void draggingAPresetFromThePaletteAddsAPodWhereItIsDropped(FxRobot robot) {
        Bounds zone = robot.lookup("#zone-default").query().localToScreen(
                robot.lookup("#zone-default").query().getBoundsInLocal());
        robot.drag("#palette-redis", MouseButton.PRIMARY)
                .moveTo(new Point2D(zone.getMinX() + zone.getWidth() / 2, zone.getMinY() + zone.getHeight() / 2))
                .release(MouseButton.PRIMARY);
        assertTrue(robot.lookup("#endpoint-default-redis-2").tryQuery().isPresent(), "a second redis pod appears");
        assertEquals("app=redis", app.place().model().workspace().endpoint("default/redis-2").orElseThrow().endpoint()
                instanceof io.netpoldojo.engine.model.Pod p ? p.labels().toString() : "");
        // The new pod takes part at once: arrows to and from it.
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/redis-2"));
    }

    @Test
    void defaultDenyThenAllowFrontendToBackendLeavesExactlyThatOpen(FxRobot robot) {
        addRecipe(robot, "Default deny", "Default deny all ingress");
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"));
        assertEquals("add default deny all ingress: opened 0, closed 16", robot.lookup("#status").queryAs(Label.class)
                .getText());
        // Let the closing animations of this step finish, so the next step's are told apart.
        WaitForAsyncUtils.sleep(1600, java.util.concurrent.TimeUnit.MILLISECONDS);
        addRecipe(robot, "Apps", "Allow one app to another on one port");
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/backend"));
        assertEquals("denied", arrowState(robot, "default/frontend", "default/mysql"));
        assertEquals("denied", arrowState(robot, "default/backend", "default/frontend"));
        assertEquals("denied", arrowState(robot, "alb", "default/frontend"));
        assertEquals("allowed", arrowState(robot, "default/backend", "alb"), "egress stays open");
        assertEquals("add allow one app to another on one port: opened 1, closed 0",
                robot.lookup("#status").queryAs(Label.class).getText());
        ArrowStates.Drawn opened = ArrowStates.arrow(robot, "", "default/frontend", "default/backend");
        assertTrue(opened.isAnimatingChange(), "the opened arrow animates");
        ArrowStates.Drawn unchanged = ArrowStates.arrow(robot, "", "default/frontend", "default/mysql");
        assertFalse(unchanged.isAnimatingChange(), "an unchanged arrow stays still");
    }

    @Test
    void theArrowsArePaintedInTheColourOfTheirState(FxRobot robot) {
        ArrowStates.Drawn arrow = ArrowStates.arrow(robot, "", "default/frontend", "default/backend");
        Color allowed = arrow.lineColour();
        arrow.magnify(robot);
        assertTrue(ArrowStates.paintedNear(robot, arrow.canvas(), arrow.middle(), allowed, 2), "open: drawn in green");
        addRecipe(robot, "Default deny", "Default deny all ingress");
        WaitForAsyncUtils.sleep(1600, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertFalse(ArrowStates.paintedNear(robot, arrow.canvas(), arrow.middle(), allowed, 2), "closed: no green left");
        addRecipe(robot, "Apps", "Allow one app to another on one port");
        assertTrue(ArrowStates.paintedNear(robot, arrow.canvas(), arrow.middle(), allowed, 2), "opened again");
    }

    @Test
    void theMouseOverAnArrowPicksThatArrowAndNotItsTwinNorTheEmptyCanvas(FxRobot robot) {
        CubicCurve hover = robot.lookup("#arrow-hover").queryAs(CubicCurve.class);
        for (String[] pair : new String[][] {{"default/frontend", "default/backend"}, {"default/backend", "default/frontend"}}) {
            robot.moveTo(middleOf(robot, pair[0], pair[1]));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(hover.isVisible(), "the hit curve lies over the arrow under the mouse");
            assertEquals(ArrowStates.arrow(robot, "", pair[0], pair[1]).curve(), curve(hover), pair[0] + " -> " + pair[1]);
        }
        // The drawing's bottom-left corner, below the ALB and left of the namespace: no arrow passes there.
        Node world = robot.lookup("#canvas-world").query();
        Point2D corner = world.localToScreen(12, world.getLayoutBounds().getMaxY() - 12);
        Node canvas = robot.lookup("#canvas").query();
        assertTrue(canvas.localToScreen(canvas.getLayoutBounds()).contains(corner), "the corner is in view");
        robot.moveTo(corner);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hover.isVisible(), "nothing to click on an empty part of the drawing");
    }

    private static List<Double> curve(CubicCurve c) {
        return List.of(c.getStartX(), c.getStartY(), c.getControlX1(), c.getControlY1(), c.getControlX2(),
                c.getControlY2(), c.getEndX(), c.getEndY());
    }

    @Test
    void clickingAnArrowExplainsItAndShowsTheReply(FxRobot robot) {
        addRecipe(robot, "Default deny", "Default deny all ingress");
        addRecipe(robot, "Apps", "Allow one app to another on one port");
        robot.clickOn(middleOf(robot, "default/frontend", "default/backend"));
        Node card = robot.lookup("#explanation").query();
        assertTrue(card.isVisible());
        String text = robot.lookup("#explanation .label").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.joining("\n"));
        assertTrue(text.contains("default/frontend \u2192 default/backend: allowed"), text);
        assertTrue(text.contains("allow-frontend-to-backend ingress[0] admits frontend on 8080/TCP."), text);
        assertTrue(text.contains("Replies from backend back to frontend are allowed too"), text);
        ArrowStates.Drawn arrow = ArrowStates.arrow(robot, "", "default/frontend", "default/backend");
        ArrowStates.magnify(robot, arrow.canvas(), arrow.replyMiddle());
        assertTrue(ArrowStates.paintedNear(robot, arrow.canvas(), arrow.replyMiddle(), arrow.replyColour(), 2),
                "the reply direction is drawn while the arrow is selected");
        robot.clickOn("#explanation-close");
        assertFalse(robot.lookup("#explanation").query().isVisible());
    }

    @Test
    void invalidYamlShowsItsErrorAtItsLineAndKeepsTheText(FxRobot robot) {
        addRecipe(robot, "Default deny", "Default deny all ingress");
        YamlEditor editor = robot.lookup("#policy-editor").queryAs(YamlEditor.class);
        String original = editor.getText();
        int line = original.lines().toList().indexOf("  - Ingress") + 1;
        robot.interact(() -> {
            editor.moveCaretTo(line, 12);
            editor.requestFocus();
        });
        robot.write("x");
        assertTrue(editor.getText().contains("- Ingressx"));
        List<String> problems = robot.lookup("#yaml-editor-problems .yaml-editor-problem").queryAllAs(Button.class)
                .stream().map(Button::getText).toList();
        assertEquals(List.of("line " + line + ": spec.policyTypes[0]: Unsupported value: \"Ingressx\": supported"
                + " values: \"Ingress\", \"Egress\""), problems);
        assertEquals(1, robot.lookup(".yaml-editor-problem-marker").queryAll().size());
        assertEquals(editor.getText(), app.place().model().workspace().policies().get(0).yaml(), "the typed text is kept");
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"),
                "the last valid version stays applied while the text is broken");
        robot.type(KeyCode.BACK_SPACE);
        assertTrue(robot.lookup("#yaml-editor-problems .yaml-editor-problem").queryAll().isEmpty());
    }

    @Test
    void undoAndRedoRestoreTheCanvas(FxRobot robot) {
        addRecipe(robot, "Default deny", "Default deny all ingress");
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"));
        robot.clickOn("#undo");
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/backend"));
        robot.clickOn("#endpoint-default-mysql");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/backend"));
    }

    @Test
    void draggingAPodMovesItAndUndoPutsItBack(FxRobot robot) {
        Node mysql = robot.lookup("#endpoint-default-mysql").query();
        Point2D before = new Point2D(mysql.getLayoutX(), mysql.getLayoutY());
        robot.drag("#endpoint-default-mysql", MouseButton.PRIMARY).moveBy(60, 40).release(MouseButton.PRIMARY);
        assertFalse(before.equals(new Point2D(mysql.getLayoutX(), mysql.getLayoutY())), "the pod moved");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        Node again = robot.lookup("#endpoint-default-mysql").query();
        assertEquals(before, new Point2D(again.getLayoutX(), again.getLayoutY()));
    }

    @Test
    void aDraggedPodsArrowsAreDrawnWhereItIsWhileTheOthersStay(FxRobot robot) {
        ArrowStates.Drawn dragged = ArrowStates.arrow(robot, "", "default/frontend", "default/backend");
        ArrowStates.Drawn still = ArrowStates.arrow(robot, "", "default/mysql", "default/redis");
        Color allowed = dragged.lineColour();
        // Not magnified: the card must stay in view to be dragged. An allowed line is wide enough.
        Point2D from = dragged.middle();
        robot.drag("#endpoint-default-backend", MouseButton.PRIMARY).moveBy(0, 60);
        Point2D to = dragged.middle();
        assertTrue(to.getY() > from.getY() + 10, "the arrow follows the card during the drag");
        assertTrue(ArrowStates.paintedNear(robot, dragged.canvas(), to, allowed, 2), "drawn where the card is now");
        assertFalse(ArrowStates.paintedNear(robot, dragged.canvas(), from, allowed, 2), "and no longer where it was");
        assertTrue(still.isPaintedNearItsMiddleIn(robot, allowed), "the other arrows stay drawn");
        robot.release(MouseButton.PRIMARY);
        assertTrue(ArrowStates.paintedNear(robot, dragged.canvas(), dragged.middle(), allowed, 2), "and after the drop");
    }

    @Test
    void aDropThatSnapsBackToItsCellLeavesThePodWhereItWas(FxRobot robot) {
        Node mysql = robot.lookup("#endpoint-default-mysql").query();
        robot.drag(mysql, MouseButton.PRIMARY).moveBy(60, 40).release(MouseButton.PRIMARY);
        Point2D onTheGrid = settledPosition(robot, mysql);
        robot.drag(mysql, MouseButton.PRIMARY).moveBy(5, 4).release(MouseButton.PRIMARY);
        assertEquals(onTheGrid, settledPosition(robot, mysql),
                "a move of less than half a grid cell snaps back to the same cell");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertFalse(app.place().model().canUndoProperty().get(), "the small move was no edit: one undo takes back the first");
    }

    /** Where a card sits once the robot's last mouse event has been handled, read on the FX thread. */
    private static Point2D settledPosition(FxRobot robot, Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> new Point2D(node.getLayoutX(), node.getLayoutY()));
    }

    @Test
    void relabellingAPodFromItsMenuChangesWhichPoliciesSelectIt(FxRobot robot) {
        addRecipe(robot, "Default deny", "Default deny all ingress");
        addRecipe(robot, "Apps", "Allow one app to another on one port");
        robot.rightClickOn("#endpoint-default-redis");
        clickText(robot, "Edit labels\u2026");
        robot.doubleClickOn("#edit-field").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("app=Front end");
        assertTrue(robot.lookup("#edit-ok").queryButton().isDisabled(), "an invalid label value is refused");
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write("app=frontend");
        robot.clickOn("#edit-ok");
        assertEquals("allowed", arrowState(robot, "default/redis", "default/backend"),
                "redis now carries app=frontend, so the policy admits it");
    }

    @Test
    void saveThenReopenGivesTheSameCanvas(FxRobot robot) throws Exception {
        addRecipe(robot, "Apps", "Allow one app to another on one port");
        addRecipe(robot, "Default deny", "Default deny all (ingress and egress)");
        robot.clickOn("#policy-toggle-allow-frontend-to-backend");
        robot.drag("#endpoint-default-mysql", MouseButton.PRIMARY).moveBy(40, 40).release(MouseButton.PRIMARY);
        Path file = app.home().resolve("saved.yaml");
        ScenarioFiles files = new ScenarioFiles();
        String before = files.write(app.place().model().workspace(), app.place().model().drafts());
        robot.interact(() -> assertTrue(app.place().saveTo(file)));
        assertTrue(Files.readString(file).contains("kind: NetworkPolicy"));
        robot.interact(app.place()::newScenario);
        assertTrue(app.place().model().workspace().policies().isEmpty());
        robot.interact(() -> app.place().open(file));
        assertEquals(before, files.write(app.place().model().workspace(), app.place().model().drafts()));
        assertFalse(app.place().model().workspace().policies().get(0).enabled(), "a switched-off policy stays off");
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"));
    }

    @Test
    void hideDeniedAndFocusKeepABusyCanvasReadable(FxRobot robot) {
        addRecipe(robot, "Default deny", "Default deny all ingress");
        robot.clickOn("#hide-denied");
        assertTrue(ArrowStates.inState(robot, "", "denied").stream().noneMatch(ArrowStates.Drawn::isDrawn));
        robot.clickOn("#hide-denied");
        robot.rightClickOn("#endpoint-default-backend");
        clickText(robot, "Focus on this");
        List<ArrowStates.Drawn> visible = ArrowStates.all(robot, "").stream().filter(ArrowStates.Drawn::isDrawn).toList();
        assertEquals(8, visible.size(), "only backend's arrows: 4 in, 4 out");
        robot.clickOn("#focus-toggle");
        assertEquals(20, ArrowStates.all(robot, "").stream().filter(ArrowStates.Drawn::isDrawn).count());
        // One click away: select a pod (a click), then Focus; or double-click the pod.
        robot.clickOn("#endpoint-default-backend");
        robot.clickOn("#focus-toggle");
        assertEquals(8, ArrowStates.all(robot, "").stream().filter(ArrowStates.Drawn::isDrawn).count());
        robot.clickOn("#focus-toggle");
        robot.doubleClickOn("#endpoint-default-frontend");
        assertEquals("default/frontend", app.place().model().focusedEndpointProperty().get(), "a double-click focuses");
        robot.doubleClickOn("#endpoint-default-frontend");
        assertEquals(20, ArrowStates.all(robot, "").stream().filter(ArrowStates.Drawn::isDrawn).count());
    }

    @Test
    void theTruthTableShowsTheSameStateOnePortAtATime(FxRobot robot) {
        addRecipe(robot, "Default deny", "Default deny all ingress");
        addRecipe(robot, "Apps", "Allow one app to another on one port");
        robot.clickOn("#matrix-toggle");
        robot.interact(() -> robot.lookup("#matrix-port").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(io.netpoldojo.engine.model.Port.tcp(8080)));
        Label allowed = robot.lookup("#cell-" + NodeIds.arrow("default/frontend", "default/backend")).queryAs(Label.class);
        Label denied = robot.lookup("#cell-" + NodeIds.arrow("default/mysql", "default/backend")).queryAs(Label.class);
        assertEquals("\u2713", allowed.getText());
        assertEquals("\u2715", denied.getText());
        robot.clickOn(allowed);
        assertTrue(robot.lookup("#explanation").query().isVisible(), "a cell opens the same explanation");
    }

    /** The labels and buttons under {@code root} whose text is shown cut short ("Step thr..."). */
    static List<String> cutShort(Node root) {
        return root.lookupAll("*").stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled && n.isVisible())
                .map(n -> (javafx.scene.control.Labeled) n)
                .filter(l -> l.getText() != null && !l.getText().isEmpty()
                        && l.lookup(".text") instanceof javafx.scene.text.Text t && !l.getText().equals(t.getText()))
                .map(l -> l.getText() + " shown as " + ((javafx.scene.text.Text) l.lookup(".text")).getText())
                .toList();
    }

    /** The status bar counts in words a person would write: "1 policy applied", not "1 policies". */
    @Test
    void theStatusBarCountsOnePolicyInTheSingular(FxRobot robot) {
        javafx.scene.control.Labeled timing = robot.lookup("#status-timing").queryLabeled();
        assertTrue(timing.getText().startsWith("5 endpoints, 0 policies applied"), timing.getText());
        addRecipe(robot, "Default deny", "Default deny all ingress");
        assertTrue(timing.getText().startsWith("5 endpoints, 1 policy applied"), timing.getText());
    }

    @Test
    void aKilledSessionIsOfferedBackOnTheNextStart(FxRobot robot) throws Exception {
        addRecipe(robot, "Default deny", "Default deny all ingress");
        // The autosave writes 0.4 s after the last edit, later on a loaded machine: wait for the
        // file to hold the new policy (its name), not for a while.
        String name = FxThread.call(() -> app.place().model().workspace().policies().get(0).yaml()).lines()
                .map(String::strip).filter(l -> l.startsWith("name:")).findFirst().orElseThrow();
        Path autosave = app.home().resolve("playground.yaml");
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Files.exists(autosave) && Files.readString(autosave).contains(name));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the canvas is autosaved with the new policy (" + name + ") within 10 s", e);
        }
        // No onAppStop: the process was killed. The next start restores and says so.
        PlaygroundPlace[] restarted = new PlaygroundPlace[1];
        robot.interact(() -> {
            AppContext ctx = TestWindows.context(app.home());
            ctx.content().set(PlaygroundFixture.content());
            restarted[0] = new PlaygroundPlace(ctx);
            restarted[0].view();
        });
        assertEquals(1, restarted[0].model().workspace().policies().size());
        assertEquals(app.place().model().workspace().policies().get(0).yaml(),
                restarted[0].model().workspace().policies().get(0).yaml());
        Label banner = (Label) ((javafx.scene.layout.HBox) restarted[0].view().lookup("#playground-banner"))
                .getChildren().get(0);
        assertTrue(banner.getText().contains("did not close normally"), banner.getText());
    }

    @Test
    void aDamagedAutosaveIsSetAsideWithAMessageAndNothingCrashes(FxRobot robot) throws Exception {
        // The fixture's window autosaved its canvas 0.4 s after it was built (a pulse-driven wait,
        // later on a loaded machine), over the damaged file if that was already written. Closing
        // its Playground as the app closes writes what it has pending now: the damaged file is the
        // last word, as when the app had been closed before the file was damaged.
        robot.interact(() -> app.place().onAppStop());
        Files.writeString(app.home().resolve("playground.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: [broken\n");
        PlaygroundPlace[] restarted = new PlaygroundPlace[1];
        robot.interact(() -> {
            AppContext ctx = TestWindows.context(app.home());
            ctx.content().set(PlaygroundFixture.content());
            restarted[0] = new PlaygroundPlace(ctx);
            restarted[0].view();
        });
        assertEquals(5, restarted[0].model().workspace().endpoints().size(), "the first-run scenario instead");
        Label banner = (Label) ((javafx.scene.layout.HBox) restarted[0].view().lookup("#playground-banner"))
                .getChildren().get(0);
        assertTrue(banner.getText().contains("set aside as"), banner.getText());
        try (var listing = Files.list(app.home())) {
            assertTrue(listing.anyMatch(f -> f.getFileName().toString().startsWith("playground.yaml.corrupt-")),
                    "the damaged file is kept for the person to look at");
        }
    }
}
