package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.model.NetworkPolicy;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
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

    @Test
    void aWriteTaskShowsThePoliciesAlreadyAppliedTheSameWay(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, "isolation-write-both-ends");
        assertTrue(robot.lookup("#quiz-scenario-split").tryQuery().isPresent());
        assertTrue(QuizScenes.shown(robot, "#quiz-scenario-policies").startsWith("Policies already applied ("));
        assertTrue(robot.lookup("#quiz-policies-scroll .quiz-policy-yaml").queryAll().size() >= 1);
    }
}
