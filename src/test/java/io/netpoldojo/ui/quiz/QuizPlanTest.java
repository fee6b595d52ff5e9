package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Trap;
import io.netpoldojo.quiz.Decks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The home screen's plans: the weakest traps with "Practise my traps", and the interview date. */
class QuizPlanTest extends QuizWindowFixture {
    @Start
    void start(Stage stage) {
        openQuiz();
    }

    private static String text(FxRobot robot, String query) {
        return QuizScenes.shown(robot, query);
    }

    @Test
    void wrongAnswersThatRevealATrapShowOnTheHomeScreenAndPractisingThemRuns(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quiz");
        assertTrue(robot.lookup("#quiz-practise-traps").queryAs(Button.class).isDisabled(), "no traps yet");
        QuizScenes.practise(robot, place, content, "selectors-matchlabels-and", "basics-additive");
        // "app=api or env=prod": two labels in matchLabels read as OR.
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.row(place, "carry app=api or env=prod")), KeyCode.ENTER);
        assertTrue(text(robot, "#quiz-feedback-trap").startsWith("The trap: AND versus OR in peers."));
        QuizScenes.press(robot, KeyCode.ENTER, QuizScenes.key(QuizScenes.rightRow(place)), KeyCode.ENTER, KeyCode.ENTER);
        robot.clickOn("#quiz-report-home");
        assertEquals("AND versus OR in peers\nfell for it 1 of the last 1 time\n" + Trap.AND_VS_OR.mistake(),
                text(robot, "#quiz-trap-1"));
        assertFalse(robot.lookup("#quiz-trap-2").tryQuery().isPresent(), "the additive trap was beaten, not fallen into");

        QuizScenes.scrollIntoView(robot, "#quiz-practise-traps");
        robot.clickOn("#quiz-practise-traps");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Question 1 of " + Decks.TRAP_SESSION, text(robot, "#quiz-counter"));
        Set<String> seen = new HashSet<>();
        for (int n = 1; n <= Decks.GENERATED_EVERY; n++) {
            String counter = "Question " + n + " of " + Decks.TRAP_SESSION;
            // A generated question is made in the background: wait for it, as a learner would.
            try {
                WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                        () -> counter.equals(place.model().counterProperty().get())
                                && place.model().phaseProperty().get() == QuizModel.Phase.ANSWERING);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("waiting for " + counter + ": " + place.model().counterProperty().get() + ", "
                        + place.model().phaseProperty().get() + ", " + place.model().screenProperty().get() + ", "
                        + place.model().noticeProperty().get());
            }
            AnswerModel a = place.model().answerProperty().get().orElseThrow();
            assertTrue(a.card().traps().contains(Trap.AND_VS_OR), n + ": " + a.card().id() + " " + a.card().traps());
            seen.add(a.card().id());
            if (n == Decks.GENERATED_EVERY) {
                assertTrue(a.question().generated(), "every third one is generated, aimed at the trap");
            }
            if (a.isPolicyTask()) {
                robot.clickOn("#quiz-skip"); // the keys type into its editor
                robot.clickOn("#quiz-next");
            } else {
                QuizScenes.press(robot, KeyCode.DIGIT0, KeyCode.ENTER);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(Decks.GENERATED_EVERY, seen.size());
    }

    @Test
    void anInterviewDateSaysHowManyDaysAndCardsAreLeft(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        assertTrue(text(robot, "#quiz-interview-plan").startsWith("Set the day of your interview"));
        QuizScenes.practise(robot, place, content, "basics-additive");
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.wrongRow(place)), KeyCode.ENTER, KeyCode.ENTER);
        robot.clickOn("#quiz-report-home");
        LocalDate today = place.model().today();
        DatePicker picker = robot.lookup("#quiz-interview-date").queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(today.plusDays(4)));
        int unseen = content.cards().size() - 1;
        int perDay = (int) Math.ceil((unseen + 2) / 4.0);
        assertEquals(today.plusDays(4).format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM",
                java.util.Locale.ENGLISH)) + ": 4 days left, " + (unseen + 2) + " cards to go (" + unseen
                + " never seen, 1 weak one to see twice more): about " + perDay + " a day in the review.",
                text(robot, "#quiz-interview-plan"));
        int newToday = Math.max(Decks.REVIEW_NEW_CARDS, (int) Math.ceil(unseen / 4.0));
        assertEquals("1 due today, then up to " + newToday + " new cards. Planned for your interview.",
                text(robot, "#quiz-review-note"), "the card answered wrong is due: it is not counted twice");
        assertEquals(java.util.Optional.of(today.plusDays(4)),
                place.model().progressProperty().get().settings().interviewDate(), "kept with the progress");
        clock.advance(Duration.ofDays(4));
        robot.interact(place.model()::refreshHome);
        assertTrue(text(robot, "#quiz-interview-plan").startsWith("Today: good luck."));
        robot.clickOn("#quiz-interview-date-clear");
        assertTrue(text(robot, "#quiz-interview-plan").startsWith("Set the day of your interview"));
    }
}
