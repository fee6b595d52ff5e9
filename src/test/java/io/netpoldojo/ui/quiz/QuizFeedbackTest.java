package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.quiz.Grader;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Feedback that teaches: "I don't know", partial credit option by option, and hints before the model answer. */
class QuizFeedbackTest extends QuizWindowFixture {
    @Start
    void start(Stage stage) {
        openQuiz();
    }

    private void practise(FxRobot robot, String... ids) {
        robot.clickOn("#nav-quiz");
        QuizScenes.practise(robot, place, content, ids);
    }

    private static String text(FxRobot robot, String query) {
        return QuizScenes.shown(robot, query);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void zeroSaysIDontKnowWhichShowsTheAnswerAndItsReasonAndKeepsTheStreak(FxRobot robot) {
        practise(robot, "basics-flat-default", "basics-additive");
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.rightRow(place)), KeyCode.ENTER, KeyCode.ENTER);
        assertEquals("Streak 1", text(robot, "#quiz-streak"));
        int right = QuizScenes.rightRow(place);
        QuizScenes.press(robot, KeyCode.DIGIT0);
        assertEquals("Here is the answer", text(robot, "#quiz-feedback-title"));
        assertTrue(robot.lookup("#quiz-dont-know").queryAs(ToggleButton.class).isSelected());
        assertEquals("\u2713 the answer", text(robot, "#quiz-choice-" + right + " .quiz-choice-verdict"));
        assertTrue(text(robot, "#quiz-explanation").startsWith("Policies are additive"));
        assertEquals("Streak 1", text(robot, "#quiz-streak"), "no penalty beyond the schedule");
        assertFalse(showing(robot, "#quiz-points-earned"));
        assertTrue(place.model().progressProperty().get().schedule("basics-additive").orElseThrow()
                .isDue(place.model().today()), "it comes back today");
        assertTrue(place.model().progressProperty().get().attempts().get(1).outcome().dontKnow());
    }

    @Test
    void aMultipleChoicePartlyRightIsShownOptionByOptionAndInTheSummary(FxRobot robot) {
        practise(robot, "isolation-policytypes-default");
        int ingress = QuizScenes.row(place, "isolates the api pods for ingress");
        int egress = QuizScenes.row(place, "isolates the api pods for egress");
        int wrong = QuizScenes.row(place, "affects egress only");
        QuizScenes.press(robot, QuizScenes.key(ingress), KeyCode.ENTER);
        assertEquals("Not quite", text(robot, "#quiz-feedback-title"));
        assertTrue(text(robot, "#quiz-feedback-partial").startsWith("Partly right: 1 of the 2 right options. Credit 50%"),
                text(robot, "#quiz-feedback-partial"));
        assertEquals("+10 points", text(robot, "#quiz-points-earned"), "half of the 20 base points");
        assertEquals("10 for a level-2 card", text(robot, "#quiz-points-how"));
        assertEquals("\u2713 your pick, right", text(robot, "#quiz-choice-" + ingress + " .quiz-choice-verdict"));
        assertEquals("missed: this one is right too", text(robot, "#quiz-choice-" + egress + " .quiz-choice-verdict"));
        assertFalse(showing(robot, "#quiz-choice-" + wrong + " .quiz-choice-verdict"), "left out, rightly: nothing to say");

        QuizScenes.press(robot, KeyCode.ENTER);
        assertEquals(QuizModel.Screen.REPORT, place.model().screenProperty().get());
        String mistake = text(robot, "#quiz-mistake-1");
        assertTrue(mistake.contains("Partly right: 1 of the 2 right options"), mistake);
        List<String> marks = robot.lookup("#quiz-mistake-1 .quiz-option-mark").queryAll().stream()
                .map(QuizScenes::shown).toList();
        assertEquals(4, marks.size(), marks.toString());
        assertTrue(marks.contains("\u2713 " + ingress + ". It isolates the api pods for ingress \u2014 right, and you picked it"),
                marks.toString());
        assertTrue(marks.contains("\u2717 " + egress + ". It isolates the api pods for egress \u2014 right, and you left it out"),
                marks.toString());
        assertTrue(text(robot, "#quiz-report-questions").contains("partly right (50%)"));
    }

    @Test
    void aWrongPolicyGetsAHintBeforeTheModelAnswer(FxRobot robot) {
        practise(robot, "recipes-lock-down-mysql");
        QuizScenes.setPolicy(robot, QuizScenes.TOO_PERMISSIVE);
        QuizScenes.checkPolicy(robot);
        assertEquals("Not quite", text(robot, "#quiz-feedback-title"));
        assertFalse(showing(robot, "#quiz-model-answer"), "no model answer after a first try");
        assertFalse(showing(robot, "#quiz-show-model-answer"), "nor a button for it before a hint");
        assertTrue(text(robot, "#quiz-model-answer-when").startsWith("A hint first"));

        robot.clickOn("#quiz-show-hint");
        // Too permissive: it admits every pod of the namespace, where the model answer admits the backend.
        assertEquals("Hint 1: Who is let in or out? The model answer names pods labelled app=backend in the policy's"
                + " own namespace (a podSelector alone).", text(robot, "#quiz-hint-1"));
        assertFalse(showing(robot, "#quiz-model-answer"));
        robot.clickOn("#quiz-show-model-answer");
        assertTrue(showing(robot, "#quiz-model-answer"));
        Card.PolicyTask task = (Card.PolicyTask) content.card("recipes-lock-down-mysql").orElseThrow().body();
        assertEquals(task.solution(), robot.lookup("#quiz-model-answer")
                .queryAs(io.netpoldojo.ui.editor.YamlEditor.class).getText());
    }

    @Test
    void afterThreeWrongChecksTheModelAnswerShowsByItself(FxRobot robot) {
        practise(robot, "recipes-lock-down-mysql");
        for (int i = 1; i <= 3; i++) {
            assertFalse(showing(robot, "#quiz-model-answer"), "not before check " + i);
            QuizScenes.setPolicy(robot, QuizScenes.TOO_PERMISSIVE.replace("3306", String.valueOf(3300 + i)));
            QuizScenes.checkPolicy(robot);
        }
        assertTrue(showing(robot, "#quiz-model-answer"));
        assertEquals(1, place.model().progressProperty().get().attempts().size(), "only the first check counts");
    }

    @Test
    void iDontKnowOnAPolicyCardShowsTheModelAnswer(FxRobot robot) {
        practise(robot, "recipes-lock-down-mysql");
        robot.clickOn("#quiz-skip");
        assertEquals("Here is the answer", text(robot, "#quiz-feedback-title"));
        assertTrue(showing(robot, "#quiz-model-answer"));
        assertTrue(place.model().answerProperty().get().orElseThrow().gradeProperty().get().orElseThrow().notes()
                .contains(Grader.DONT_KNOW));
    }
}
