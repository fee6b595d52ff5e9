package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.ui.FxThread;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario side of a prediction card: every policy in one pane the wheel scrolls, below a divider to drag. */
class QuizScenarioPaneTest extends QuizWindowFixture {
    /** A prediction on the debugging scenario with all seven of its policies applied. */
    private static final String MANY_POLICIES = "debugging-worker-predict";

    @Start
    void start(Stage stage) {
        openQuiz();
    }

    @Test
    void everyPolicyInEffectIsInOnePaneTheWheelScrolls(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, MANY_POLICIES);
        Card.Predict predict = (Card.Predict) content.card(MANY_POLICIES).orElseThrow().body();
        Scenario scenario = content.scenario(predict.scenario()).orElseThrow();
        List<NetworkPolicy> inEffect = scenario.clusterAfter(predict.after()).policies();
        assertTrue(inEffect.size() >= 5, "the card is chosen for its many policies: " + inEffect.size());

        List<String> shown = robot.lookup("#quiz-policies-scroll .quiz-policy-name").queryAll().stream()
                .map(QuizScenes::shown).toList();
        assertEquals(inEffect.stream().map(p -> p.name() + "  \u00b7  namespace " + p.namespace()).toList(), shown,
                "every policy, one under the other, in the order applied");
        assertTrue(QuizScenes.shown(robot, "#quiz-scenario-policies").startsWith("Policies in effect (" + inEffect.size()
                + ")"));

        ScrollPane scroll = robot.lookup("#quiz-policies-scroll").queryAs(ScrollPane.class);
        assertEquals(0, scroll.getVvalue(), 1e-9);
        Node firstPolicy = robot.lookup("#quiz-policies-scroll .quiz-policy-yaml").query();
        wheel(robot, firstPolicy, -40);
        assertTrue(scroll.getVvalue() > 0, "the wheel over a policy's YAML scrolls the pane: " + scroll.getVvalue());
        double scrolled = scroll.getVvalue();
        wheel(robot, firstPolicy, 20);
        assertTrue(scroll.getVvalue() < scrolled, "and back up");
    }

    /**
     * One notch of the wheel ({@code deltaY} pixels, negative is down) over the middle of
     * {@code node}, sent to the deepest node there as the window would: the headless robot's own
     * wheel moves one pixel the other way.
     */
    private static void wheel(FxRobot robot, Node node, double deltaY) {
        robot.interact(() -> {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            Node target = node;
            for (Node n = node; n instanceof Parent p; ) {
                n = p.getChildrenUnmodifiable().stream().filter(c -> c.isVisible() && !c.isMouseTransparent()
                        && c.contains(c.sceneToLocal(b.getCenterX(), b.getCenterY()))).reduce((x, y) -> y).orElse(null);
                target = n == null ? target : n;
            }
            Point2D screen = node.getScene().getRoot().localToScreen(b.getCenterX(), b.getCenterY());
            Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, b.getCenterX(), b.getCenterY(), screen.getX(),
                    screen.getY(), false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClickIntoAPolicysYamlLeavesTheNumberKeysAnswering(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, MANY_POLICIES);
        Node yaml = robot.lookup("#quiz-policies-scroll .quiz-policy-yaml").query();
        robot.clickOn(yaml);
        assertTrue(yaml.getScene().getFocusOwner() != null, "the click gave the YAML the keyboard");
        QuizScenes.press(robot, KeyCode.DIGIT2);
        assertEquals(List.of(1), QuizScenes.answer(place).chosen(),
                "2 picks 'No, it is blocked' though the read-only YAML has the focus");
    }

    @Test
    void theDividerBetweenDiagramAndPoliciesCanBeDragged(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, MANY_POLICIES);
        SplitPane split = robot.lookup("#quiz-scenario-split").queryAs(SplitPane.class);
        Node policies = robot.lookup("#quiz-scenario-policies").query();
        double before = split.getDividerPositions()[0];
        double tall = policies.getLayoutBounds().getHeight();
        Node divider = robot.lookup("#quiz-scenario-split > .split-pane-divider").query();
        robot.drag(divider, MouseButton.PRIMARY).moveBy(0, -150).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(split.getDividerPositions()[0] < before - 0.05,
                "dragged up: " + before + " -> " + split.getDividerPositions()[0]);
        assertTrue(policies.getLayoutBounds().getHeight() > tall + 100, "the policies got the room");
    }

    /**
     * A policy task's applied policies are one click away and then have the pane's whole height,
     * beside the editor, so a learner reads them while writing; the diagram keeps its cards' words
     * at 11 px at 1360 x 860. platform-traffic's task has six policies and a diagram that needs
     * nearly all the height: below it, the policies were a title and no line of YAML.
     */
    @Test
    void aPolicyTasksAppliedPoliciesAreReadBesideTheEditorAndTheDiagramKeepsItsSize(FxRobot robot) {
        Card.PolicyTask task = (Card.PolicyTask) content.card(BUSY_POLICY_TASK).orElseThrow().body();
        Scenario scenario = content.scenario(task.scenario()).orElseThrow();
        int applied = scenario.clusterAfter(task.after()).policies().size();
        for (double[] size : new double[][] {{1360, 860}, {1024, 700}}) {
            String at = (int) size[0] + " x " + (int) size[1] + ": ";
            QuizDiagramTextSizeTest.resize(robot, size[0], size[1]);
            robot.clickOn("#nav-quiz");
            QuizScenes.practise(robot, place, content, BUSY_POLICY_TASK);
            if (size[0] == 1360) {
                assertTrue(waitFor(() -> smallestCardWords(robot) >= 11),
                        at + "the diagram's card words are at 11 px or more: " + FxThread.call(() -> smallestCardWords(robot)));
            }
            Node editorFirst = robot.lookup("#quiz-policy-editor").query();
            double besideDiagram = FxThread.call(() -> editorFirst.getLayoutBounds().getWidth());
            Labeled title = robot.lookup((Node n) -> n instanceof Labeled l && l.isVisible()
                    && l.getText() != null && l.getText().startsWith("Policies already applied")).query();
            assertEquals("Policies already applied (" + applied + ")", title.getText());
            robot.clickOn(title);
            WaitForAsyncUtils.waitForFxEvents();

            ScrollPane scroll = robot.lookup("#quiz-policies-scroll").queryAs(ScrollPane.class);
            Node editor = robot.lookup("#quiz-policy-editor").query();
            Node firstYaml = robot.lookup("#quiz-policies-scroll .quiz-policy-yaml").query();
            Bounds[] seen = FxThread.call(() -> new Bounds[] {scroll.localToScene(scroll.getLayoutBounds()),
                scroll.getViewportBounds(), editor.localToScene(editor.getLayoutBounds()),
                firstYaml.localToScene(firstYaml.getLayoutBounds())});
            double windowHeight = FxThread.call(() -> scroll.getScene().getHeight());
            assertTrue(FxThread.call(() -> inView(scroll)) && seen[1].getHeight() >= 300,
                    at + "the policies are shown with room to read: " + seen[1].getHeight() + " px");
            assertTrue(seen[0].getMaxY() <= windowHeight + 1, at + "and inside the window: " + seen[0]);
            assertTrue(seen[3].getMinY() < seen[0].getMaxY() && seen[3].getHeight() > 60,
                    at + "the first policy's YAML is in view: " + seen[3]);
            // Beside them, at the same width as beside the diagram. At 1024 x 700 the question and
            // its goals fill the column's height: the editor is further down it, which scrolls.
            assertTrue(FxThread.call(() -> inView(editor)) && seen[2].getMinX() >= seen[0].getMaxX() - 1,
                    at + "the editor is beside them: " + seen[2] + " / " + seen[0]);
            assertEquals(besideDiagram, seen[2].getWidth(), 0.5, at + "the editor keeps its width");
            if (size[0] == 1360) {
                assertTrue(seen[2].getHeight() >= 150 && seen[2].getMaxY() <= windowHeight + 1,
                        at + "and in view: " + seen[2]);
            }

            // A check is drawn on the diagram, which comes back to the front to show it.
            QuizScenes.setPolicy(robot, task.solution());
            QuizScenes.checkPolicy(robot);
            Node diagram = robot.lookup("#quiz-diagram").query();
            assertTrue(waitFor(() -> inView(diagram)
                    && diagram.localToScene(diagram.getLayoutBounds()).getHeight() > 300), at + "the diagram is back");
        }
    }

    /** A policy task on platform-traffic, with six policies applied and a diagram that needs the height. */
    private static final String BUSY_POLICY_TASK = "production-write-metadata-block";

    private static double smallestCardWords(FxRobot robot) {
        return robot.lookup("#quiz-diagram .endpoint-detail").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).mapToDouble(QuizDiagramTextSizeTest::onScreen).min().orElse(0);
    }

    /** Whether the node and everything it is in are visible: a tab not chosen hides its content. */
    private static boolean inView(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Whether {@code condition}, read on the JavaFX thread, comes true within 10 s. */
    private static boolean waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> FxThread.call(condition));
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Test
    void aWriteTaskShowsThePoliciesAlreadyAppliedInATab(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, "isolation-write-both-ends");
        assertTrue(robot.lookup("#quiz-scenario-tabs").tryQuery().isPresent());
        Node yaml = robot.lookup("#quiz-policies-scroll .quiz-policy-yaml").query();
        assertFalse(FxThread.call(() -> inView(yaml)), "the diagram's tab is the one open first");
        robot.clickOn((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Policies already applied ("));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FxThread.call(() -> inView(yaml)));
        assertFalse(FxThread.call(() -> inView(robot.lookup("#quiz-diagram").query())), "the policies have the diagram's room");
    }
}
