package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Ask;
import io.netpoldojo.content.Card;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.ui.playground.ArrowStates;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A prediction's question is about one arrow: it must be on the diagram before the answer (with
 * nothing that tells the verdict), and after it, and never under a card nor under the card that
 * explains it.
 */
class QuizAskedArrowTest extends QuizWindowFixture {
    @Start
    void start(Stage stage) {
        openQuiz();
    }

    @ParameterizedTest
    @ValueSource(strings = {"peers-one-peer-predict", "dns-after-default-deny-predict", "worked-frontend-backend-predict",
        "isolation-replies-predict", "interview-stars-union-predict"})
    void theAskedArrowIsVisibleAndNoCardCoversIt(String cardId, FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, cardId);
        Ask ask = ((Card.Predict) content.cards().stream().filter(c -> c.id().equals(cardId)).findFirst().orElseThrow()
                .body()).ask();
        ArrowStates.Drawn arrow = ArrowStates.arrow(robot, "#quiz-diagram", ask.from(), ask.to());
        assertTrue(arrow.isDrawn(), "before the answer: the asked arrow " + ask.from() + " -> " + ask.to() + " is drawn");
        assertClearOfCards(robot, arrow, ask);
        QuizScenes.press(robot, KeyCode.DIGIT1, KeyCode.ENTER);
        assertTrue(arrow.isDrawn(), "after the answer the asked arrow is still drawn");
        assertClearOfCards(robot, arrow, ask);
        assertTrue(arrow.marks().contains(PredictPane.ASKED), "and marked as the asked one");
        // The explanation card, now open, must not hide the arrow it explains.
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup("#explanation").query();
        assertTrue(card.isVisible());
        Bounds explanation = card.localToScreen(card.getBoundsInLocal());
        assertFalse(explanation.contains(arrow.middleOnScreen()), "the explanation card lies over the asked arrow");
    }

    /** No card but the arrow's own two lies over any point of its line. */
    static void assertClearOfCards(FxRobot robot, ArrowStates.Drawn arrow, Ask ask) {
        List<Double> c = arrow.curve();
        Curve line = new Curve(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7));
        for (Node card : robot.lookup("#quiz-diagram .endpoint-node").queryAll()) {
            String id = (String) card.getProperties().get("endpointId");
            if (id.equals(ask.from()) || id.equals(ask.to())) {
                continue;
            }
            Bounds box = card.getBoundsInParent();
            for (int i = 0; i <= 200; i++) {
                double t = i / 200.0;
                assertFalse(box.contains(line.x(t), line.y(t)), ask.from() + " -> " + ask.to() + " runs under " + id);
            }
        }
    }
}
