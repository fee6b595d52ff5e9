package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.ui.playground.ArrowStates;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.PortFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No spoilers: every demo under {@code content/demos/} (those added later too) is walked with a
 * clicker's keys, and at every question, before the key that reveals it, the projected stage is
 * read as the room sees it: the arrows as painted and every word on it. Nothing may tell the
 * answer: not the arrow asked about, nor an arrow the step changed, nor one the author hid, nor
 * the counts of what opened and closed, nor the notes, nor the engine's words. The arrows it
 * leaves visible must show only what the class saw at the step before. Then the key reveals it,
 * and going back hides it again.
 */
class PresentSpoilersTest extends WindowFixture {
    private static final Pattern COUNTS = Pattern.compile("opened \\d+, closed \\d+");
    private PresentPlace place;

    @BeforeAll
    static void contentLoads() {
        assertFalse(content.hasErrors(), () -> content.errors().toString());
    }

    static Stream<String> demoIds() {
        return new ContentLoader().load(Path.of("content")).demos().stream().map(Demo::id);
    }

    @Start
    void start(Stage stage) {
        openWithContent();
        place = (PresentPlace) context.places().find(PresentPlace.ID).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoIds")
    void beforeEachRevealTheStageGivesNothingAway(String demoId, FxRobot robot) {
        Demo demo = content.demo(demoId).orElseThrow();
        Scenario scenario = content.scenario(demo.scenario()).orElseThrow();
        PresentWaits.startDemo(robot, demoId);
        int asked = 0;
        for (int i = 0; i < demo.steps().size(); i++) {
            Demo.DemoStep step = demo.steps().get(i);
            assertEquals(step.title(), text(robot, "present-step-title"));
            if (step.question().isPresent()) {
                asked++;
                String where = demoId + ", step " + (i + 1) + " \"" + step.title() + "\"";
                assertNothingGivesTheAnswerAway(robot, demo, scenario, i, where);
                List<String> revealedAt = recordRevealedChanges(robot);
                robot.push(KeyCode.RIGHT);
                assertRevealed(robot, demo, scenario, i, where);
                assertTrue(revealedAt.containsAll(changedArrows(demo, scenario, i)),
                        where + ": the reveal plays the arrows the step changed, but played " + revealedAt);
                robot.push(KeyCode.LEFT);
                assertNothingGivesTheAnswerAway(robot, demo, scenario, i, where + " (after going back)");
                robot.push(KeyCode.RIGHT);
                assertRevealed(robot, demo, scenario, i, where + " (revealed again)");
            }
            if (i + 1 < demo.steps().size()) {
                robot.push(KeyCode.RIGHT);
            }
        }
        assertEquals(demo.steps().stream().filter(s -> s.question().isPresent()).count(), asked);
    }

    @Test
    void aClickOnAHiddenArrowOpensNoExplanation(FxRobot robot) {
        Demo demo = content.demo("microservices").orElseThrow();
        PresentWaits.startDemo(robot, "microservices");
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        Demo.Question q = demo.steps().get(1).question().orElseThrow();
        assertEquals(demo.steps().get(1).title(), text(robot, "present-step-title"));
        ArrowStates.Drawn arrow = ArrowStates.arrow(robot, "#present-stage", q.ask().from(), q.ask().to());
        robot.clickOn(arrow.middleOnScreen());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(place.presentation().orElseThrow().canvas().selectedConnectionProperty().get().isEmpty());
        assertFalse(shown(robot, "explanation"), "the explanation would tell the verdict");
        robot.push(KeyCode.RIGHT);
        robot.clickOn(arrow.middleOnScreen());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "explanation"), "revealed, the arrow explains itself again");
    }

    /** The stage at an unanswered question, as the room sees it. */
    private void assertNothingGivesTheAnswerAway(FxRobot robot, Demo demo, Scenario scenario, int i, String where) {
        Demo.Question q = demo.steps().get(i).question().orElseThrow();
        Map<String, String> before = arrows(demo.clusterAfterStep(scenario, i - 1));
        Set<String> mustHide = new HashSet<>(changedArrows(demo, scenario, i));
        mustHide.add(Connection.key(q.ask().from(), q.ask().to()));
        q.hide().forEach(a -> mustHide.add(Connection.key(a.from(), a.to())));
        Set<String> seen = new HashSet<>();
        for (ArrowStates.Drawn arrow : ArrowStates.all(robot, "#present-stage")) {
            seen.add(arrow.key());
            if (mustHide.contains(arrow.key())) {
                assertTrue(arrow.looksTheSameInEveryState(robot), where + ": " + arrow.key() + " is painted as its verdict");
                assertTrue(arrow.marks().contains(NodeIds.ANSWER_HIDDEN), where + ": " + arrow.key() + "'s tooltip tells");
            } else {
                assertEquals(before.get(arrow.key()).split(" ")[0], arrow.state(),
                        where + ": " + arrow.key() + " shows something the class has not seen yet");
            }
        }
        assertTrue(seen.containsAll(mustHide), where + ": some arrows to hide are not on the canvas: " + mustHide);
        assertFalse(shown(robot, "present-answer"), where + ": the answer card shows");
        assertFalse(shown(robot, "explanation"), where + ": an explanation is open");
        Verdict v = verdict(demo, scenario, i);
        List<String> giveaways = new ArrayList<>(v.sentences());
        giveaways.add(PresenterModel.verdictText(v));
        giveaways.add(demo.steps().get(i).narration());
        for (String words : visibleTexts(robot)) {
            assertFalse(COUNTS.matcher(words).find(), where + ": \"" + words + "\" counts what opened and closed");
            for (String giveaway : giveaways) {
                assertFalse(words.contains(giveaway), where + ": \"" + words + "\" is on the stage");
            }
        }
    }

    private void assertRevealed(FxRobot robot, Demo demo, Scenario scenario, int i, String where) {
        Verdict v = verdict(demo, scenario, i);
        assertEquals(demo.steps().get(i).title(), text(robot, "present-step-title"), where);
        assertEquals(PresenterModel.verdictText(v), text(robot, "present-verdict"), where);
        // Where a ClusterNetworkPolicy had a part, the stage says which tier decided.
        DecidedBy.line(v).ifPresentOrElse(line -> assertEquals(line, text(robot, "present-decided"), where),
                () -> assertFalse(shown(robot, "present-decided"), where + ": a tier line without tiers"));
        for (ArrowStates.Drawn arrow : ArrowStates.all(robot, "#present-stage")) {
            assertFalse(arrow.marks().contains(CanvasMarks.HIDDEN) || arrow.marks().contains(CanvasMarks.PENDING)
                    || arrow.marks().contains(NodeIds.ANSWER_HIDDEN), where + ": " + arrow.key() + " still hidden");
        }
        if (!changedArrows(demo, scenario, i).isEmpty()) {
            assertTrue(COUNTS.matcher(text(robot, "present-change")).find(), where + ": the counts come with the answer");
        }
    }

    /**
     * The arrows the canvas shows changing when the next reveal plays, noted as it plays (the change
     * lasts a second and a half: long enough to see, too short to check after the key in a busy build).
     */
    private List<String> recordRevealedChanges(FxRobot robot) {
        List<String> changing = new ArrayList<>();
        Presentation p = place.presentation().orElseThrow();
        robot.interact(() -> p.revealsProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                p.revealsProperty().removeListener(this);
                ArrowStates.all(robot, "#present-stage").stream().filter(ArrowStates.Drawn::isAnimatingChange)
                        .map(ArrowStates.Drawn::key).sorted().forEach(changing::add);
            }
        }));
        return changing;
    }

    private static List<String> changedArrows(Demo demo, Scenario scenario, int i) {
        Map<String, String> before = arrows(demo.clusterAfterStep(scenario, i - 1));
        Map<String, String> after = arrows(demo.clusterAfterStep(scenario, i));
        return after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).sorted().toList();
    }

    private static Verdict verdict(Demo demo, Scenario scenario, int i) {
        Demo.Question q = demo.steps().get(i).question().orElseThrow();
        return new Engine(demo.clusterAfterStep(scenario, i))
                .evaluate(q.ask().from(), q.ask().to(), q.ask().port());
    }

    /** Each arrow as "allowed", "denied" or "partly", then its allowed ports (so a change of ports counts), as the engine has it. */
    private static Map<String, String> arrows(Cluster cluster) {
        Map<String, String> out = new HashMap<>();
        for (Connection c : ConnectionMap.compute(new Engine(cluster), PortFilter.OWN_PORTS).all()) {
            out.put(c.key(), switch (c.state()) {
                case ALLOWED -> "allowed";
                case DENIED -> "denied";
                case PARTLY_ALLOWED -> "partly";
            } + " " + c.allowedPorts());
        }
        return out;
    }

    /** Every word on the stage a person can see: labels, buttons, the policy's YAML. */
    private static List<String> visibleTexts(FxRobot robot) {
        List<String> out = new ArrayList<>();
        Node stage = robot.lookup("#present-stage").query();
        for (Node n : robot.from(stage).lookup((Node x) -> x instanceof Labeled).queryAll()) {
            if (n instanceof Labeled l && treeVisible(n) && l.getText() != null && !l.getText().isBlank()) {
                out.add(l.getText());
            }
        }
        robot.lookup("#present-policy-yaml").tryQuery().filter(PresentSpoilersTest::treeVisible)
                .ifPresent(n -> out.add(((StageCode) n).textShown()));
        return out;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(javafx.scene.control.Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(PresentSpoilersTest::treeVisible).orElse(false);
    }
}
