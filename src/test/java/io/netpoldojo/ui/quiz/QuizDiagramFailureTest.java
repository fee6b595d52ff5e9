package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Scenario;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A card whose diagram's layout throws, an Error or an unexpected runtime exception, still opens:
 * in place of the diagram it says the diagram could not be drawn, lists the policies, and can
 * be answered. Before, a runtime exception failed the question's preparation ("could not be
 * prepared"), and an Error left the quiz on "Preparing the question..." for good.
 */
class QuizDiagramFailureTest extends QuizWindowFixture {
    /** A prediction with five policies in effect, a policy task with one applied (in tabs) and one with none. */
    private static final String[] CARDS = {"dns-after-default-deny-predict", "dns-write-egress",
        "debugging-fix-peer"};

    @Start
    void start(Stage stage) {
        openQuiz();
    }

    @ParameterizedTest
    @ValueSource(strings = {"error", "runtime"})
    void aCardWhoseLayoutThrowsOpensAndSaysItsDiagramCouldNotBeDrawn(String how, FxRobot robot) {
        Supplier<Throwable> failure = how.equals("error") ? StackOverflowError::new
                : () -> new NullPointerException("a bug in the layout");
        place.diagrams().drawWith((scenario, frame) -> {
            Throwable t = failure.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) t;
        });
        robot.clickOn("#nav-quiz");
        for (String id : CARDS) {
            QuizScenes.practise(robot, place, content, id);
            waitFor(() -> place.model().phaseProperty().get() == QuizModel.Phase.ANSWERING);
            assertEquals(QuizModel.Screen.QUESTION, place.model().screenProperty().get(), id);
            String said = QuizScenes.shown(robot, "#quiz-diagram-failed");
            assertTrue(said.startsWith("This scenario's diagram could not be drawn ("
                    + (how.equals("error") ? "StackOverflowError" : "NullPointerException") + ")."), said);
            assertFalse(robot.lookup("#quiz-diagram").tryQuery().isPresent(), "no diagram");
            Card card = content.card(id).orElseThrow();
            Scenario scenario = card.body() instanceof Card.Predict p ? content.scenario(p.scenario()).orElseThrow()
                    : content.scenario(((Card.PolicyTask) card.body()).scenario()).orElseThrow();
            Optional<String> after = card.body() instanceof Card.Predict p ? p.after()
                    : ((Card.PolicyTask) card.body()).after();
            int inEffect = scenario.clusterAfter(after).policies().size();
            assertEquals(inEffect, robot.lookup("#quiz-policies-scroll .quiz-policy-name").queryAll().size(),
                    id + ": every policy in effect is listed");
            // And it can be answered, with feedback.
            if (card.body() instanceof Card.Predict) {
                QuizScenes.press(robot, KeyCode.DIGIT1, KeyCode.ENTER);
            } else {
                QuizScenes.checkPolicy(robot);
            }
            waitFor(() -> place.model().phaseProperty().get() == QuizModel.Phase.FEEDBACK);
            assertTrue(QuizScenes.shown(robot, "#quiz-feedback-title").length() > 0, id);
            assertFalse(robot.lookup("#quiz-open-in-playground").tryQuery().isPresent(),
                    id + ": nothing to open in the Playground");
        }
        assertEquals("", place.model().noticeProperty().get(), "no question failed to be prepared");
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("still waiting after 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
