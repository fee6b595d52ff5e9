package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.quiz.ProgressStore;
import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.ui.playground.ArrowStates;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Quiz driven as a learner drives it, by keyboard and mouse, checked by what shows on screen. */
class QuizTest extends QuizWindowFixture {
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

    private static String hex(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    // ---- concept cards --------------------------------------------------------------------------

    @Test
    void aConceptCardAnsweredRightWithTheKeyboardShowsTheExplanationAndEarnsPoints(FxRobot robot) {
        practise(robot, "basics-additive");
        int right = QuizScenes.rightRow(place);
        QuizScenes.press(robot, QuizScenes.key(right), KeyCode.ENTER);
        assertEquals("Right", text(robot, "#quiz-feedback-title"));
        assertTrue(text(robot, "#quiz-explanation").startsWith("Policies are additive"));
        assertEquals("+25 points", text(robot, "#quiz-points-earned"));
        assertEquals("25 points", text(robot, "#quiz-points"));
        assertTrue(robot.lookup("#quiz-choice-" + right).query().getStyleClass().contains("choice-right"));
    }

    @Test
    void aConceptCardAnsweredWrongShowsTheRightAnswerAndLeadsToItsLesson(FxRobot robot) {
        practise(robot, "basics-additive");
        int right = QuizScenes.rightRow(place);
        int wrong = QuizScenes.wrongRow(place);
        robot.clickOn("#quiz-choice-" + wrong);
        robot.clickOn("#quiz-submit");
        assertEquals("Not quite", text(robot, "#quiz-feedback-title"));
        assertTrue(robot.lookup("#quiz-choice-" + wrong).query().getStyleClass().contains("choice-wrong"));
        assertTrue(robot.lookup("#quiz-choice-" + right).query().getStyleClass().contains("choice-missed"));
        assertTrue(text(robot, ".quiz-feedback-answer").contains(right + ". Both, the union of the two policies"));
        assertEquals("0 points", text(robot, "#quiz-points"));
        robot.clickOn("#quiz-lesson-link");
        assertTrue(robot.lookup("#place-learn").tryQuery().map(Node::isVisible).orElse(false), "Learn is shown");
    }

    @Test
    void twoSessionsShowTheOptionsInDifferentOrders(FxRobot robot) {
        String[] cards = {"basics-additive", "cni-who-enforces", "peers-ipblock-purpose"};
        List<String> first = rowsOfEach(robot, cards);
        robot.clickOn("#quiz-report-home");
        List<String> second = rowsOfEach(robot, cards);
        assertEquals(first.stream().sorted().toList(), second.stream().sorted().toList(), "the same options");
        assertNotEquals(first, second, "in another order");
    }

    /** Practises the cards one after the other, saying "I don't know", and returns every row's words in screen order. */
    private List<String> rowsOfEach(FxRobot robot, String... cards) {
        practise(robot, cards);
        List<String> rows = new ArrayList<>();
        for (int n = 0; n < cards.length; n++) {
            for (int row = 1; robot.lookup("#quiz-choice-" + row).tryQuery().isPresent(); row++) {
                rows.add(text(robot, "#quiz-choice-" + row + " .quiz-choice-text"));
            }
            robot.clickOn("#quiz-dont-know");
            robot.clickOn("#quiz-next");
        }
        return rows;
    }

    @Test
    void afterClickingAnAnswerEnterStillChecksIt(FxRobot robot) {
        practise(robot, "limits-no-http-paths");
        robot.clickOn("#quiz-choice-2");
        QuizScenes.press(robot, KeyCode.ENTER);
        assertEquals("Right", text(robot, "#quiz-feedback-title"), "Enter on a clicked answer checks, not re-picks");
    }

    @Test
    void multipleChoiceTakesNumbersAndSpaceAndNeedsEveryRightAnswer(FxRobot robot) {
        practise(robot, "isolation-policytypes-default");
        int first = QuizScenes.row(place, "isolates the api pods for ingress");
        int second = QuizScenes.row(place, "isolates the api pods for egress");
        // The two numbers pick the two right ones; Space toggles the highlighted one (the last picked) off; its number
        // picks it again.
        QuizScenes.press(robot, QuizScenes.key(first), QuizScenes.key(second), KeyCode.SPACE);
        assertFalse(robot.lookup("#quiz-choice-" + second).queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected());
        QuizScenes.press(robot, QuizScenes.key(second), KeyCode.ENTER);
        assertEquals("Right", text(robot, "#quiz-feedback-title"));
        QuizScenes.press(robot, KeyCode.ENTER);
        assertEquals(QuizModel.Screen.REPORT, place.model().screenProperty().get(), "Enter goes on; the set is done");
        assertEquals("1 / 1", text(robot, "#quiz-report-score"));
    }

    // ---- prediction ---------------------------------------------------------------------------

    @Test
    void aPredictionHidesTheArrowsUntilAnsweredThenExplainsTheAskedConnection(FxRobot robot) {
        practise(robot, "peers-one-peer-predict");
        ArrowStates.Drawn arrow = ArrowStates.arrow(robot, "", "alice/web", "prod/db");
        // Only the asked arrow is drawn, and in a look of its own that does not tell its verdict.
        assertTrue(arrow.isDrawn(), "the asked arrow shows where the question is");
        assertTrue(ArrowStates.all(robot, "").stream().filter(ArrowStates.Drawn::isDrawn).count() == 1,
                "no other arrow shows: it would give the answer away");
        io.netpoldojo.diagram.Theme theme = io.netpoldojo.diagram.Theme.light();
        for (String verdict : List.of("allowed", "denied", "isolated")) {
            assertNotEquals(theme.colour(verdict).hex(), hex(arrow.lineColour()), "not drawn in the " + verdict + " colour");
        }
        assertFalse(showing(robot, "#explanation"));
        QuizScenes.press(robot, KeyCode.DIGIT2, KeyCode.ENTER);
        assertEquals("Right", text(robot, "#quiz-feedback-title"));
        assertTrue(text(robot, ".quiz-feedback-answer").contains("No: the connection is denied"));
        assertTrue(arrow.isDrawn());
        assertEquals("denied", arrow.state());
        assertTrue(showing(robot, "#explanation"), "the asked connection explains itself on the diagram");
    }

    @Test
    void anAnsweredScenarioOpensInThePlayground(FxRobot robot) {
        practise(robot, "peers-one-peer-predict");
        QuizScenes.press(robot, KeyCode.DIGIT2, KeyCode.ENTER);
        // Below the engine's reasoning, the button is further down the column: scrolled to, as a reader would.
        robot.interact(() -> Reveal.node(robot.lookup("#quiz-open-in-playground").query()));
        robot.clickOn("#quiz-open-in-playground");
        assertTrue(showing(robot, "#place-playground"));
        io.netpoldojo.ui.playground.PlaygroundPlace playground = (io.netpoldojo.ui.playground.PlaygroundPlace)
                context.places().find(io.netpoldojo.ui.playground.PlaygroundPlace.ID).orElseThrow();
        assertTrue(playground.model().workspace().endpoint("alice/web").isPresent());
        assertEquals(1, playground.model().workspace().policies().size(), "the state the question was asked in");
    }

    // ---- write the policy -----------------------------------------------------------------------

    @Test
    void aWrongPolicyShowsWhatIsStillWrongAndAFixedOnePasses(FxRobot robot) {
        practise(robot, "recipes-lock-down-mysql");
        QuizScenes.setPolicy(robot, QuizScenes.TOO_PERMISSIVE);
        QuizScenes.checkPolicy(robot);
        assertEquals("Not quite", text(robot, "#quiz-feedback-title"));
        assertTrue(robot.lookup("#quiz-goal-0").query().getStyleClass().contains("goal-unmet"));
        assertEquals("The engine also lets in: default/frontend, default/redis.", text(robot, "#quiz-goal-failure-0"));
        assertTrue(robot.lookup("#quiz-goal-1").query().getStyleClass().contains("goal-met"));
        assertTrue(showing(robot, "#explanation"), "the diagram explains a connection that is still wrong");

        // Fixed with an answer of its own (namespace and pod selector in one peer), checked again.
        QuizScenes.setPolicy(robot, QuizScenes.TOO_PERMISSIVE.replace("    - podSelector: {}\n",
                "    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: default}}\n"
                        + "      podSelector: {matchLabels: {app: backend}}\n"));
        robot.clickOn("#quiz-recheck");
        assertTrue(robot.lookup("#quiz-goal-0").query().getStyleClass().contains("goal-met"));
        assertEquals("Right", text(robot, "#quiz-feedback-title"));
        assertTrue(text(robot, "#quiz-feedback-goals").startsWith("Every goal is met"));
        assertFalse(place.model().progressProperty().get().attempts().get(0).correct(), "the first try is what counts");
    }

    @Test
    void invalidYamlIsMarkedAtItsLineAndIsNotGraded(FxRobot robot) {
        practise(robot, "recipes-lock-down-mysql");
        QuizScenes.setPolicy(robot, QuizScenes.TOO_PERMISSIVE.replace("port: 3306", "port: 70000"));
        YamlEditor editor = robot.lookup("#quiz-policy-editor").queryAs(YamlEditor.class);
        assertEquals(17, editor.getProblems().get(0).line());
        assertTrue(editor.getProblems().get(0).message().contains("must be between 1 and 65535"));
        QuizScenes.checkPolicy(robot);
        assertEquals(QuizModel.Phase.ANSWERING, place.model().phaseProperty().get());
        assertTrue(text(robot, "#quiz-hint").contains("does not load"));
        assertTrue(place.model().progressProperty().get().attempts().isEmpty());
    }

    @Test
    void numberKeysAndEnterAreTypingInsideTheYamlEditor(FxRobot robot) {
        practise(robot, "recipes-lock-down-mysql");
        YamlEditor editor = robot.lookup("#quiz-policy-editor").queryAs(YamlEditor.class);
        String before = editor.getText();
        robot.interact(() -> {
            editor.moveCaretTo(editor.getText().lines().toList().size() + 1, 1);
            editor.requestFocus();
        });
        QuizScenes.press(robot, KeyCode.DIGIT1, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(QuizModel.Phase.ANSWERING, place.model().phaseProperty().get(), "Enter did not submit");
        assertTrue(editor.getText().length() > before.length(), "the keys went into the text");
        assertTrue(editor.getText().contains("1"), editor.getText());
    }

    // ---- interview ------------------------------------------------------------------------------

    @Test
    void anInterviewGivesNoFeedbackUntilItsReport(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        robot.clickOn("#quiz-start-interview");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("15:00 left", text(robot, "#quiz-timer"));
        assertEquals("Question 1 of 10", text(robot, "#quiz-counter"));
        int questions = 0;
        while (place.model().screenProperty().get() == QuizModel.Screen.QUESTION) {
            clock.advance(Duration.ofSeconds(30 + 10L * questions));
            AnswerModel a = place.model().answerProperty().get().orElseThrow();
            if (a.isPolicyTask()) {
                QuizScenes.checkPolicy(robot);
            } else {
                QuizScenes.press(robot, KeyCode.DIGIT1, KeyCode.ENTER);
            }
            questions++;
            if (place.model().screenProperty().get() == QuizModel.Screen.QUESTION) {
                assertFalse(showing(robot, "#quiz-feedback"), "no feedback during an interview");
                assertEquals("Question " + (questions + 1) + " of 10", text(robot, "#quiz-counter"));
            }
        }
        assertEquals(10, questions);
        String score = text(robot, "#quiz-report-score");
        int right = Integer.parseInt(score.substring(0, score.indexOf(' ')));
        assertEquals(10 - right, robot.lookup(".quiz-mistake").queryAll().size(), "every mistake is gone over");
        assertEquals("30 s", text(robot, "#quiz-report-time-1"));
        assertEquals("2:00", text(robot, "#quiz-report-time-10"));
        assertTrue(text(robot, "#quiz-report-time").startsWith("Time 12:30 of 15:00"));
        assertFalse(robot.lookup("#quiz-report-topics .quiz-topic-row").queryAll().isEmpty());
        assertEquals(1, place.model().progressProperty().get().interviews().size());
    }

    @Test
    void anInterviewEndsWhenItsTimeRunsOut(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        robot.clickOn("#quiz-start-interview");
        WaitForAsyncUtils.waitForFxEvents();
        clock.advance(Duration.ofSeconds(42));
        QuizScenes.press(robot, KeyCode.DIGIT1, KeyCode.ENTER);
        clock.advance(Duration.ofMinutes(14).plusSeconds(17));
        robot.interact(place.model()::tick);
        assertEquals("0:01 left", text(robot, "#quiz-timer"));
        assertTrue(robot.lookup("#quiz-timer").query().getStyleClass().contains("quiz-timer-low"), "the last minute shows");
        clock.advance(Duration.ofSeconds(2));
        robot.interact(place.model()::tick);
        assertTrue(showing(robot, "#quiz-report-timed-out"));
        assertEquals("42 s", text(robot, "#quiz-report-time-1"));
        assertTrue(text(robot, "#quiz-report-score").endsWith("/ 10"));
        assertTrue(robot.lookup(".quiz-mistake").queryAll().size() >= 9, "the unanswered ones count as mistakes");
    }

    // ---- progress -------------------------------------------------------------------------------

    @Test
    void theHomeScreenCountsTheCardsFsrsSaysAreDue(FxRobot robot) {
        practise(robot, "basics-additive", "cni-who-enforces");
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.rightRow(place)), KeyCode.ENTER, KeyCode.ENTER);
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.wrongRow(place)), KeyCode.ENTER, KeyCode.ENTER);
        robot.clickOn("#quiz-report-home");
        assertEquals("1", text(robot, "#quiz-due-count"), "the one answered wrong, today");
        assertEquals("0", text(robot, "#quiz-known-count"), "nothing is known after one sitting");
        assertTrue(text(robot, "#quiz-home-definitions").startsWith("Known: a card you would still answer right"));
        // FSRS-6: a first right answer has a stability of 2.3 days, so at 90% retention it is due in two days.
        clock.advance(Duration.ofDays(1));
        robot.interact(place.model()::refreshHome);
        assertEquals("1", text(robot, "#quiz-due-count"));
        clock.advance(Duration.ofDays(1));
        robot.interact(place.model()::refreshHome);
        assertEquals("2", text(robot, "#quiz-due-count"));
        // A lower desired retention spaces the right one further: it is not due yet.
        robot.clickOn("#quiz-retention");
        robot.clickOn("80%");
        assertEquals("1", text(robot, "#quiz-due-count"));
        assertEquals(0.8, place.model().progressProperty().get().settings().desiredRetention(), 1e-9);
    }

    @Test
    void aWrongAnswerIsDueAgainTodayOnTheHomeScreen(FxRobot robot) {
        practise(robot, "basics-additive");
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.wrongRow(place)), KeyCode.ENTER);
        robot.clickOn("#quiz-end");
        assertEquals("Practice summary", robot.lookup(".quiz-page-title").queryAs(Label.class).getText());
        robot.clickOn("#quiz-report-home");
        assertEquals("1", text(robot, "#quiz-due-count"));
        assertTrue(Files.exists(home.resolve(ProgressStore.FILE_NAME)));
    }

    @Test
    void theHelpListsTheQuizKeys(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> descriptions = new java.util.HashSet<>();
        robot.lookup(".shortcut-description").queryAll().forEach(n -> descriptions.add(((Label) n).getText()));
        assertTrue(descriptions.contains("Choose answer 1 to 9 (1 = yes, 2 = no)"), descriptions.toString());
        assertTrue(descriptions.contains("Check the answer, or go to the next question"));
        assertTrue(descriptions.contains("Check the policy (also from the YAML editor)"));
    }
}
