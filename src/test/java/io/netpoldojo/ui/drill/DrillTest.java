package io.netpoldojo.ui.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.quiz.ManualClock;
import io.netpoldojo.quiz.schedule.Rating;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.MainWindow;
import io.netpoldojo.ui.StandInPlace;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.ui.quiz.QuizPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explain drill driven as a learner drives it: open it from the Quiz, type, check, read, rate. */
class DrillTest extends WindowFixture {
    private final ManualClock clock = ManualClock.morning();
    private QuizPlace place;

    @Start
    void start(Stage stage) {
        context = TestWindows.context(home);
        context.places().add(StandInPlace.learn());
        AtomicLong seeds = new AtomicLong(7);
        place = new QuizPlace(context, clock, seeds::getAndIncrement);
        context.places().add(place);
        context.content().set(content);
        window = new MainWindow(context, new Stage());
        window.show();
    }

    private void openDrill(FxRobot robot, String cardId) {
        robot.clickOn("#nav-quiz");
        // Under load the Quiz may still be loading its progress: wait for its home, never sleep.
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#quiz-start-drill").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Quiz home never offered the drill", e);
        }
        clickShown(robot, "#quiz-start-drill");
        clickCard(robot, cardId);
        assertEquals(cardId, place.drill().cardProperty().get().orElseThrow().id());
    }

    /** Scrolls the card list to the card, as a learner would, and clicks it. */
    private static void clickCard(FxRobot robot, String cardId) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<io.netpoldojo.content.Card> list =
                robot.lookup("#drill-cards").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.scrollTo(content.explainCard(cardId).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#drill-card-" + cardId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** On screen as far as the scene goes: the node and every parent visible. */
    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(DrillTest::shownInScene).orElse(false);
    }

    private static boolean shownInScene(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** Scrolls the drill's page to the node, as a learner would, then clicks it. */
    private static void clickShown(FxRobot robot, Node node) {
        robot.interact(() -> DrillView.scrollIntoView(node));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    private static void clickShown(FxRobot robot, String query) {
        clickShown(robot, robot.lookup(query).query());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Every label's text inside the node, one per line. */
    private static String shown(FxRobot robot, String query) {
        return robot.lookup(query).query().lookupAll(".label").stream().map(l -> ((Label) l).getText())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private void answer(FxRobot robot, String typed) {
        robot.clickOn("#drill-answer");
        robot.write(typed);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTypedAnswerShowsThePointsCoveredAndMissedAndTheMythWithTheSentencesThenTheModelAnswer(FxRobot robot) {
        openDrill(robot, "explain-what-are-netpols");
        assertEquals("In about a minute, explain what Kubernetes NetworkPolicies are and how they work.",
                text(robot, "#drill-prompt"));
        assertFalse(showing(robot, "#drill-model-answer"), "no model answer before a go");
        assertFalse(showing(robot, "#drill-answer"), "the box opens with the clock");
        robot.clickOn("#drill-start");
        assertTrue(showing(robot, "#drill-answer"));
        answer(robot, "Without any policy, every pod can reach every other pod. The CNI plugin enforces them."
                + " They can filter HTTP paths.");

        assertEquals("You covered 2 of 8 key points, and said one myth.", text(robot, "#drill-summary"));
        assertTrue(shown(robot, "#drill-covered-default-allow")
                .contains("You said: \u201cWithout any policy, every pod can reach every other pod.\u201d"));
        assertTrue(shown(robot, "#drill-covered-cni-enforces")
                .contains("You said: \u201cThe CNI plugin enforces them.\u201d"));
        assertTrue(showing(robot, "#drill-missed-stateful"));
        assertTrue(shown(robot, "#drill-myth-myth-l7").contains("You said: \u201cThey can filter HTTP paths.\u201d"));
        assertTrue(showing(robot, "#drill-model-answer"));
        assertTrue(robot.lookup("#drill-model-minute").queryAs(ToggleButton.class).isSelected(), "a minute first");
        assertTrue(text(robot, "#drill-model-text").startsWith("By default Kubernetes networking is flat"));
        clickShown(robot, "#drill-model-short");
        assertTrue(text(robot, "#drill-model-text").startsWith("A NetworkPolicy is a namespaced allow-list"),
                text(robot, "#drill-model-text"));
        assertFalse(text(robot, "#drill-model-text").contains("\n"), "the YAML's line breaks are gone");
    }

    @Test
    void theLearnerCanOverrideAJudgementAndTheirRatingSchedulesTheCard(FxRobot robot) {
        openDrill(robot, "explain-what-are-netpols");
        robot.clickOn("#drill-start");
        answer(robot, "Policies are stateful. They can filter HTTP paths.");
        assertEquals("You covered 1 of 8 key points, and said one myth.", text(robot, "#drill-summary"));

        clickShown(robot, robot.lookup("#drill-missed-additive .button").queryButton());
        clickShown(robot, robot.lookup("#drill-myth-myth-l7 .button").queryButton());
        assertEquals("You covered 2 of 8 key points.", text(robot, "#drill-summary"));
        assertTrue(shown(robot, "#drill-covered-additive").contains("Your call"));
        assertFalse(robot.lookup("#drill-myth-myth-l7").tryQuery().isPresent());

        clickShown(robot, "#drill-rate-good");
        var schedule = place.model().progressProperty().get().schedule("explain-what-are-netpols");
        assertTrue(schedule.isPresent(), "the rating reached the review schedule");
        assertTrue(schedule.get().due().isAfter(java.time.LocalDate.of(2025, 3, 1)));
        assertEquals(Rating.GOOD, place.model().progressProperty().get().attempts().get(0).rating());
        assertTrue(text(robot, "#drill-saved").startsWith("Saved as \u201cGood\u201d: this card is due in "),
                text(robot, "#drill-saved"));
        assertTrue(robot.lookup("#drill-rate-easy").queryButton().isDisabled(), "one rating per attempt");

        clickShown(robot, "#drill-next");
        assertFalse(place.drill().cardProperty().get().orElseThrow().id().equals("explain-what-are-netpols"));
        assertFalse(showing(robot, "#drill-feedback"));
    }

    @Test
    void theClockCountsDownThenShowsTheTimeOverAndTheFeedbackSaysHowLongItTook(FxRobot robot) {
        openDrill(robot, "explain-dns-broke");
        assertEquals("1:30", text(robot, "#drill-clock"));
        robot.clickOn("#drill-start");
        clock.advance(Duration.ofSeconds(30));
        robot.interact(place.drill()::tick);
        assertEquals("1:00 left", text(robot, "#drill-clock"));
        clock.advance(Duration.ofSeconds(70));
        robot.interact(place.drill()::tick);
        assertEquals("0:10 over", text(robot, "#drill-clock"));
        assertTrue(robot.lookup("#drill-clock").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("over")));
        answer(robot, "The name lookup is blocked because egress is denied.");
        assertEquals("You took 1:40 of 1:30.", text(robot, "#drill-time-taken"));
    }

    @Test
    void sayItAloudRunsTheClockWhileTheLearnerSpeaksThenAsksForTheTypedPoints(FxRobot robot) {
        openDrill(robot, "explain-stateful");
        robot.clickOn("#drill-aloud");
        robot.clickOn("#drill-start");
        assertTrue(showing(robot, "#drill-speak-cue"));
        assertFalse(showing(robot, "#drill-answer"), "speaking first: nothing to type yet");
        clock.advance(Duration.ofSeconds(40));
        robot.interact(place.drill()::tick);
        robot.clickOn("#drill-done-speaking");
        assertFalse(showing(robot, "#drill-speak-cue"));
        assertTrue(showing(robot, "#drill-answer"));
        clock.advance(Duration.ofSeconds(120));
        answer(robot, "Replies are allowed automatically.");
        assertEquals("You took 0:40 of " + Clocks.format(Duration.ofSeconds(DrillModel.seconds(
                place.drill().cardProperty().get().orElseThrow()))) + ".", text(robot, "#drill-time-taken"),
                "the time spoken, not the time typing");
    }

    @Test
    void anAnswerInAnotherLanguageEarnsNothingAndSaysWhy(FxRobot robot) {
        openDrill(robot, "explain-what-are-netpols");
        robot.clickOn("#drill-start");
        answer(robot, "Sin ninguna politica, todos los pods pueden comunicarse.");
        assertEquals("You covered 0 of 8 key points.", text(robot, "#drill-summary"));
        assertTrue(text(robot, "#drill-unread").contains("(not in English)"), text(robot, "#drill-unread"));
    }

    @Test
    void anAnswerUnderWaySurvivesGoingBackAndAnotherCardAsksBeforeDroppingIt(FxRobot robot) {
        openDrill(robot, "explain-cni");
        robot.clickOn("#drill-start");
        robot.clickOn("#drill-answer");
        robot.write("The CNI plugin enforces them.");
        robot.clickOn("#drill-back");
        assertTrue(showing(robot, "#quiz-home"));
        clickShown(robot, "#quiz-start-drill");
        assertEquals("The CNI plugin enforces them.", robot.lookup("#drill-answer").queryTextInputControl().getText(),
                "still there on return");

        clickCard(robot, "explain-what-are-netpols");
        robot.clickOn(dialogButton(robot, "Cancel"));
        assertEquals("explain-cni", place.drill().cardProperty().get().orElseThrow().id());
        assertEquals("The CNI plugin enforces them.", place.drill().answerProperty().get(), "the answer is kept");

        clickCard(robot, "explain-what-are-netpols");
        robot.clickOn(dialogButton(robot, "Drop it"));
        assertEquals("explain-what-are-netpols", place.drill().cardProperty().get().orElseThrow().id());
        assertEquals("", place.drill().answerProperty().get());
    }

    private static javafx.scene.control.Button dialogButton(FxRobot robot, String label) {
        return robot.lookup(".dialog-pane .button").match(
                (javafx.scene.control.Button b) -> b.getText().equals(label)).queryButton();
    }

    @Test
    void backToQuizReturnsToTheHome(FxRobot robot) {
        openDrill(robot, "explain-cni");
        robot.clickOn("#drill-back");
        assertTrue(showing(robot, "#quiz-home"));
        assertFalse(showing(robot, "#drill-view"));
    }

    @Test
    void anAnswerBeingTypedSurvivesAKillAndIsOfferedBackOnTheNextStart(FxRobot robot) throws Exception {
        openDrill(robot, "explain-dns-broke");
        robot.clickOn("#drill-start");
        clock.advance(Duration.ofSeconds(20));
        robot.clickOn("#drill-answer");
        robot.write("The deny-all isolates egress too. So the DNS lookup is blocked.");
        Path file = home.resolve(DraftStore.FILE_NAME);
        // Saved while typing, shortly after the last key: no close, no flush.
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(file)
                && Files.readString(file).contains("So the DNS lookup is blocked."));

        // The kill: the window goes without the app's stop; a new app starts on the same folder.
        QuizPlace[] again = new QuizPlace[1];
        robot.interact(() -> {
            window.stage().hide();
            AppContext context = TestWindows.context(home);
            context.places().add(StandInPlace.learn());
            again[0] = new QuizPlace(context, clock, new AtomicLong(9)::getAndIncrement);
            context.places().add(again[0]);
            context.content().set(content);
            new MainWindow(context, new Stage()).show();
        });
        place = again[0];
        robot.clickOn("#nav-quiz");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#quiz-resume-drill").tryQuery().map(DrillTest::shownInScene).orElse(false));
        assertTrue(text(robot, "#quiz-drill-kept").startsWith("Your unfinished answer to \u201cAfter you applied"),
                text(robot, "#quiz-drill-kept"));
        clickShown(robot, "#quiz-resume-drill");

        assertEquals("The deny-all isolates egress too. So the DNS lookup is blocked.",
                robot.lookup("#drill-answer").queryTextInputControl().getText());
        assertEquals("explain-dns-broke", place.drill().cardProperty().get().orElseThrow().id());
        assertEquals("1:10 left", text(robot, "#drill-clock"), "the 20 s already used still count");
        assertFalse(showing(robot, "#drill-kept"), "resumed: the offer is gone");
        Node box = robot.lookup("#drill-answer").query();
        assertTrue(box.getScene().getFocusOwner() == box, "the learner carries on typing at once: "
                + box.getScene().getFocusOwner());
        robot.interact(() -> robot.lookup("#drill-answer").queryTextInputControl().end());
        robot.write(" Allow UDP and TCP port 53 to kube-dns.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing(robot, "#drill-feedback"), "the resumed answer is checked like any other");
    }

    @Test
    void aDamagedDraftFileIsSetAsideAndTheQuizSaysWhichFile(FxRobot robot) throws Exception {
        Path file = home.resolve(DraftStore.FILE_NAME);
        Files.writeString(file, "version: 1\ncard: [unclosed\n");
        robot.interact(() -> {
            window.stage().hide();
            AppContext context = TestWindows.context(home);
            context.places().add(StandInPlace.learn());
            QuizPlace fresh = new QuizPlace(context, clock, new AtomicLong(9)::getAndIncrement);
            context.places().add(fresh);
            context.content().set(content);
            new MainWindow(context, new Stage()).show();
        });
        robot.clickOn("#nav-quiz");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#quiz-start-drill").tryQuery().isPresent());
        String notice = text(robot, "#quiz-notice");
        assertTrue(notice.startsWith("Your unfinished drill answer (" + file + ") was damaged"), notice);
        assertFalse(showing(robot, "#quiz-resume-drill"));
        try (var files = Files.list(home)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith(DraftStore.FILE_NAME + ".corrupt-"))
                    .count(), "kept beside");
        }
    }

    @Test
    void anExplainCardRatedAgainCountsOnceInTheHomesDueToday(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#quiz-due-count").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no Quiz home", e);
        }
        assertEquals("0", text(robot, "#quiz-due-count"));
        assertFalse(showing(robot, "#quiz-drill-due"));
        openDrillFromHome(robot, "explain-cni");
        robot.clickOn("#drill-start");
        answer(robot, "The CNI plugin enforces them.");
        clickShown(robot, "#drill-rate-again");
        robot.clickOn("#drill-back");

        assertEquals("1", text(robot, "#quiz-due-count"), "the explain card is due, counted once");
        assertEquals("0 to review, 1 to explain", text(robot, "#quiz-due-note"));
        assertEquals("1 explain card is due today.", text(robot, "#quiz-drill-due"));
        assertEquals("No cards due for review yet: up to 10 new cards. 1 explain card is due in the drill below.",
                text(robot, "#quiz-review-note"));
        assertEquals(Math.min(10, content.cards().size()), place.model().reviewSizeProperty().get(),
                "the review itself brings only quiz cards: the new ones, no explain card");
    }

    private void openDrillFromHome(FxRobot robot, String cardId) {
        clickShown(robot, "#quiz-start-drill");
        clickCard(robot, cardId);
    }

    @Test
    void sayingItAloudWithoutAMicrophoneSaysSoPlainly(FxRobot robot) {
        // The test gives the microphone check's answer, so that it does not depend on this machine's sound
        // devices (the real check runs when "say it aloud" is first chosen, and only then).
        robot.interact(() -> place.drill().setMicrophone(false));
        openDrill(robot, "explain-cni");
        assertFalse(showing(robot, "#drill-microphone"), "nothing said about recording until aloud is chosen");
        clickShown(robot, "#drill-aloud");
        assertTrue(showing(robot, "#drill-microphone"));
        assertTrue(robot.lookup("#drill-microphone").queryAs(Label.class).getText().startsWith("No microphone found"),
                robot.lookup("#drill-microphone").queryAs(Label.class).getText());
        clickShown(robot, "#drill-start");
        assertTrue(showing(robot, "#drill-microphone"), "said again while speaking");
        clickShown(robot, "#drill-done-speaking");
        assertFalse(showing(robot, "#drill-microphone"), "typing: the note has been read");
    }

    @Test
    void theMicrophoneIsAskedAboutWhenSayingItAloudIsChosenNotAtStart(FxRobot robot) throws Exception {
        openDrill(robot, "explain-cni");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", place.drill().microphoneProperty().get(),
                "the quiz and the drill are open, and the sound system has not been asked");
        clickShown(robot, "#drill-aloud");
        // This machine's own answer, whichever it is, comes from the background check.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> showing(robot, "#drill-microphone"));
        String said = robot.lookup("#drill-microphone").queryAs(Label.class).getText();
        assertTrue(said.startsWith("No microphone found") || said.startsWith("Recording your answer"), said);
    }
}

