package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.text.SpanFlow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Card texts are written in inline Markdown; the Quiz shows them set, not as typed: code in a
 * monospaced run on its soft background, no backtick anywhere, in the question, the choices,
 * the feedback and the report.
 */
class QuizCardTextTest extends QuizWindowFixture {
    /** Question "Only the checkout pods may reach the `orders` Service", a choice "A policy with `spec.serviceName: orders` ...". */
    private static final String SERVICE_CARD = "limits-service-by-name";
    /** Its question quotes a policy in a fenced ```yaml block. */
    private static final String FENCED_CARD = "isolation-ignored-egress-rules";

    private static final String SERVICE_NAME =
            "A policy with spec.serviceName: orders and an ingress rule that admits the checkout pods by label";

    @Start
    void start(Stage stage) {
        openQuiz();
    }

    @Test
    void inlineCodeInTheQuestionAndChoicesIsSetAsCodeWithoutBackticks(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, SERVICE_CARD);
        assertTrue(content.card(SERVICE_CARD).orElseThrow().question().contains("`orders`"), "the card is written with code");

        assertEquals("Only the checkout pods may reach the orders Service. How do you write that?",
                QuizScenes.shown(robot, "#quiz-question-text"));
        Text code = codeRun(robot, "#quiz-question-text");
        assertEquals("orders", code.getText());
        Text words = robot.lookup("#quiz-question-text .inline-run").queryAllAs(Text.class).stream()
                .filter(t -> !t.getStyleClass().contains(SpanFlow.CODE)).findFirst().orElseThrow();
        assertNotEquals(words.getFont().getFamily(), code.getFont().getFamily(), "code is in the monospaced family");
        SpanFlow question = robot.lookup("#quiz-question-text").queryAs(SpanFlow.class);
        assertFalse(question.codeBackground().orElseThrow().getElements().isEmpty(), "and sits on its background");
        assertTrue(question.codeBackground().get().isVisible());

        int row = QuizScenes.row(place, "spec.serviceName");
        assertEquals(SERVICE_NAME, QuizScenes.shown(robot, "#quiz-choice-" + row + " .quiz-choice-text"));
        assertEquals("spec.serviceName: orders", codeRun(robot, "#quiz-choice-" + row).getText());
        assertEquals(row + ": " + SERVICE_NAME, robot.lookup("#quiz-choice-" + row).query().getAccessibleText(),
                "a screen reader hears no backticks either");
        for (int i = 1; i <= 4; i++) {
            assertNoMarkup(QuizScenes.shown(robot, "#quiz-choice-" + i + " .quiz-choice-text"));
        }
    }

    @Test
    void aChoiceWithCodeIsPickedByClickAndByItsNumberAndTheFeedbackQuotesItSet(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, SERVICE_CARD);
        int row = QuizScenes.row(place, "spec.serviceName");
        int other = QuizScenes.row(place, "ClusterIP");
        // A click on the code inside the row picks the row.
        robot.clickOn(codeRun(robot, "#quiz-choice-" + row));
        assertTrue(robot.lookup("#quiz-choice-" + row).queryAs(ToggleButton.class).isSelected());
        QuizScenes.press(robot, QuizScenes.key(other));
        assertTrue(robot.lookup("#quiz-choice-" + other).queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#quiz-choice-" + row).queryAs(ToggleButton.class).isSelected());
        QuizScenes.press(robot, QuizScenes.key(row), KeyCode.ENTER);

        assertEquals("Not quite", QuizScenes.shown(robot, "#quiz-feedback-title"));
        assertTrue(robot.lookup("#quiz-choice-" + row).query().getStyleClass().contains("choice-wrong"));
        String answer = QuizScenes.shown(robot, ".quiz-feedback-answer");
        assertTrue(answer.startsWith("The answer: " + QuizScenes.rightRow(place) + ". Select the Service's pods"), answer);
        assertNoMarkup(QuizScenes.shown(robot, "#quiz-explanation"));
    }

    @Test
    void theReportQuotesTheQuestionAndYourAnswerSet(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, SERVICE_CARD);
        int row = QuizScenes.row(place, "spec.serviceName");
        QuizScenes.press(robot, QuizScenes.key(row), KeyCode.ENTER);
        robot.clickOn("#quiz-end");
        assertEquals(QuizModel.Screen.REPORT, place.model().screenProperty().get());

        String question = QuizScenes.shown(robot, "#quiz-mistake-1 .quiz-mistake-question");
        assertEquals("Only the checkout pods may reach the orders Service. How do you write that?", question);
        assertEquals("orders", codeRun(robot, "#quiz-mistake-1 .quiz-mistake-question").getText());
        assertEquals("Your answer: " + row + ". " + SERVICE_NAME,
                QuizScenes.shown(robot, "#quiz-mistake-1 .quiz-mistake-yours"));
        assertEquals("spec.serviceName: orders", codeRun(robot, "#quiz-mistake-1 .quiz-mistake-yours").getText());
        assertNoMarkup(QuizScenes.shown(robot, "#quiz-mistake-1"));
    }

    @Test
    void aQuestionThatQuotesAPolicyShowsItAsABlockOfCode(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, FENCED_CARD);
        String shown = QuizScenes.shown(robot, "#quiz-question-text");
        assertTrue(shown.startsWith("What does this policy do to the egress of the api pods?\nspec:\n"), shown);
        assertFalse(shown.contains("```"), shown);
        Label block = robot.lookup("#quiz-question-text .code-block").queryAs(Label.class);
        assertTrue(block.getText().startsWith("spec:\n  podSelector:\n"), block.getText());
        assertTrue(block.getText().endsWith("matchLabels: {app: db}"), block.getText());
    }

    @Test
    void aLongChoiceWrapsInsideItsRow(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, SERVICE_CARD);
        String longest = "#quiz-choice-" + QuizScenes.row(place, "spec.serviceName");
        String shortest = "#quiz-choice-" + QuizScenes.row(place, "whose value is the Service's name");
        Node longRow = robot.lookup(longest).query();
        Node shortRow = robot.lookup(shortest).query();
        SpanFlow text = robot.lookup(longest + " .quiz-choice-text").queryAs(SpanFlow.class);
        robot.interact(() -> robot.targetWindow().setWidth(760));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double lineHeight = robot.lookup(shortest + " .inline-run").queryAs(Text.class)
                .getLayoutBounds().getHeight();
        assertTrue(text.getHeight() > 1.5 * lineHeight, "the long choice takes more than one line: " + text.getHeight());
        assertTrue(longRow.getBoundsInParent().getHeight() > shortRow.getBoundsInParent().getHeight(),
                "and its row grows with it");
        javafx.geometry.Bounds words = text.localToScene(text.getLayoutBounds());
        javafx.geometry.Bounds row = longRow.localToScene(longRow.getLayoutBounds());
        assertTrue(words.getMaxX() <= row.getMaxX() && words.getMaxY() <= row.getMaxY()
                && words.getMinY() >= row.getMinY(), "inside the row: " + words + " in " + row);
    }

    private static Text codeRun(FxRobot robot, String within) {
        List<Text> code = robot.lookup(within + " ." + SpanFlow.CODE).queryAllAs(Text.class).stream().toList();
        assertFalse(code.isEmpty(), "a code run in " + within);
        return code.get(0);
    }

    private static void assertNoMarkup(String shown) {
        assertFalse(shown.isEmpty());
        assertFalse(shown.contains("`"), "no backtick shows: " + shown);
        assertFalse(shown.contains("**"), "no stars show: " + shown);
    }
}
