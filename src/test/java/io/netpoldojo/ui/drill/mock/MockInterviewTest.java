package io.netpoldojo.ui.drill.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.quiz.ManualClock;
import io.netpoldojo.ui.MainWindow;
import io.netpoldojo.ui.StandInPlace;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.ui.drill.whatif.WhatIf;
import io.netpoldojo.ui.quiz.QuizPlace;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A short mock interview walked as a candidate: explain, predict, a generated "what if", write, then
 * the report, saved and opened again; and ending early, which asks first.
 */
class MockInterviewTest extends WindowFixture {
    private final ManualClock clock = ManualClock.morning();
    private QuizPlace place;

    @Start
    void start(Stage stage) {
        context = TestWindows.context(home);
        context.places().add(StandInPlace.learn());
        place = new QuizPlace(context, clock, new AtomicLong(7)::getAndIncrement);
        context.places().add(place);
        context.content().set(content);
        new MainWindow(context, new Stage()).show();
    }

    private static void clickShown(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node at = node.getParent(); at != null; at = at.getParent()) {
                if (at instanceof ScrollPane pane && pane.getContent() != null) {
                    pane.applyCss();
                    pane.layout();
                    double top = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    if (room > 0) {
                        pane.setVvalue(Math.max(0, Math.min(1, (top - 12) / room)));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void everyFollowUpAndTaskOfTheDeckShowsItsScenarioWithTheAnswerHidden(FxRobot robot) {
        for (Card c : content.cards()) {
            if (c.kind() == CardKind.PREDICT || c.kind() == CardKind.WRITE_POLICY) {
                Node[] shown = new Node[1];
                robot.interact(() -> shown[0] = MockScenario.of(c, content));
                assertEquals("mock-scenario", shown[0].getId(), c.id());
                if (c.kind() == CardKind.PREDICT) {
                    assertTrue(shown[0].lookup("#mock-diagram").getStyleClass().contains("quiz-answer-hidden"), c.id());
                }
            }
        }
    }

    @Test
    void aCandidateWalksAShortSessionAndGetsAReportThatIsSavedAndOpensAgain(FxRobot robot) throws Exception {
        startMock(robot);
        assertEquals("Question 1 of 7", text(robot, "#mock-counter"));

        // The first explanation, typed; the second left as "1", as a candidate who does not read would.
        String first = place.mock().stepProperty().get().orElseThrow().card().id();
        robot.clickOn("#mock-text").write("Without any policy every pod can reach every pod.");
        clock.advance(Duration.ofSeconds(40));
        clickShown(robot, "#mock-next");
        assertEquals("Question 2 of 7", text(robot, "#mock-counter"));
        assertEquals("A follow-up on your last answer:", text(robot, "#mock-lead"));
        assertTrue(robot.lookup("#mock-diagram").tryQuery().isPresent(), "the scenario is drawn");
        clickShown(robot, "#mock-no");
        clickShown(robot, "#mock-next");
        int whatIfAt = 0;
        int n = 3;
        while (!robot.lookup("#mock-report").tryQuery().isPresent()) {
            assertEquals("Question " + n + " of 7", text(robot, "#mock-counter"));
            MockStep step = place.mock().stepProperty().get().orElseThrow();
            switch (step.kind()) {
                case EXPLAIN -> robot.clickOn("#mock-text").write("1");
                case FOLLOW_UP -> clickShown(robot, "#mock-yes");
                case TASK -> { }
                case WHAT_IF -> {
                    // Generated from the last question's scenario: the change as a diff, the asked
                    // arrow marked with its answer hidden, answered with the engine's answer.
                    WhatIf w = step.whatIf().orElseThrow();
                    whatIfAt = whatIfAt == 0 ? n : whatIfAt;
                    assertTrue(text(robot, "#mock-lead").startsWith("What if ...?"), text(robot, "#mock-lead"));
                    assertEquals(w.question(), text(robot, "#mock-prompt"));
                    String diff = robot.lookup("#mock-diff").queryAs(TextArea.class).getText();
                    assertTrue(diff.lines().anyMatch(l -> l.startsWith("+ ") || l.startsWith("- ")), diff);
                    assertTrue(robot.lookup("#mock-diagram").query().getStyleClass().contains("quiz-answer-hidden"));
                    whatIfDiagramIsWholeAndReadable(robot);
                    clickShown(robot, w.answer() ? "#mock-yes" : "#mock-no");
                }
            }
            if (n == 7) {
                assertEquals("Finish and see the report", robot.lookup("#mock-next").queryButton().getText());
            }
            clickShown(robot, "#mock-next");
            n++;
        }
        assertEquals(8, n, "seven questions");
        assertTrue(whatIfAt > 0, "a what-if was asked");

        MockReport report = place.mock().reportProperty().get().orElseThrow();
        assertEquals(first, report.items().get(0).cardId());
        assertEquals(Duration.ofSeconds(40), report.items().get(0).time());
        assertEquals(report.summary(), text(robot, "#mock-report-summary"));
        String firstItem = itemText(robot, 1);
        assertTrue(firstItem.contains("0:40 of "), firstItem);
        assertTrue(firstItem.contains("Missed: "), firstItem);
        String whatIf = itemText(robot, whatIfAt);
        assertTrue(whatIf.contains("What if, checked by the engine on the changed scenario: right"), whatIf);
        assertTrue(whatIf.contains("The engine: Right. "), whatIf);
        assertTrue(whatIf.contains("Suppose "), whatIf);
        assertTrue(itemText(robot, 6).contains("The engine: Not answered."), itemText(robot, 6));
        assertFalse(report.items().get(3).right(), "\"1\" is not an explanation");
        assertTrue(text(robot, "#mock-report-practise").startsWith("Practise next:\n\u2022 "));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(home.resolve(MockStore.FILE_NAME)));
        clickShown(robot, "#mock-report-again");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<MockReport> past = robot.lookup("#mock-past").queryAs(javafx.scene.control.ListView.class);
        assertEquals(1, past.getItems().size());
        robot.interact(() -> past.getSelectionModel().select(0));
        clickShown(robot, "#mock-open");
        assertEquals(report.summary(), text(robot, "#mock-report-summary"), "reopened");
        assertEquals(1, new MockStore(home.resolve(MockStore.FILE_NAME), clock).load().reports().size(), "saved");
    }

    @Test
    void endingTheInterviewEarlyAsksFirstAndKeepGoingLosesNothing(FxRobot robot) throws Exception {
        startMock(robot);
        robot.clickOn("#mock-text").write("Without any policy every pod can reach every pod.");
        clickShown(robot, "#mock-next");

        clickShown(robot, "#mock-end");
        assertEquals("End the interview now? Question 1 is graded as you answered it, and this one (2) counts as not"
                + " answered; questions 3 to 7 are not asked and count as not answered. The report follows at once.",
                text(robot, "#mock-end-warning"));
        assertFalse(robot.lookup("#mock-report").tryQuery().isPresent(), "nothing ended yet");
        clickShown(robot, "#mock-end-no");
        assertFalse(robot.lookup("#mock-end-warning").tryQuery().isPresent());
        assertEquals("Question 2 of 7", text(robot, "#mock-counter"), "still on the same question");
        clickShown(robot, "#mock-yes");

        clickShown(robot, "#mock-end");
        assertTrue(text(robot, "#mock-end-warning").contains("this one (2) is graded as it stands"),
                text(robot, "#mock-end-warning"));
        // The question's page is long (a diagram, the policies): the choice is scrolled into view.
        Node endYes = robot.lookup("#mock-end-yes").query();
        javafx.geometry.Bounds onScreen = endYes.localToScene(endYes.getBoundsInLocal());
        assertTrue(onScreen.getMaxY() <= endYes.getScene().getHeight(), "End is in view: " + onScreen);
        clickShown(robot, "#mock-end-yes");
        MockReport report = place.mock().reportProperty().get().orElseThrow();
        assertEquals(7, report.items().size());
        assertEquals("Allowed", report.items().get(1).answer(), "the choice made before ending is graded");
        assertTrue(robot.lookup("#mock-report").tryQuery().isPresent());
    }

    /** Quiz, then the mock interview's way in, then its start. */
    private static void startMock(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quiz");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#quiz-start-mock").tryQuery().isPresent());
        clickShown(robot, "#quiz-start-mock");
        clickShown(robot, "#mock-start");
    }

    private static String itemText(FxRobot robot, int number) {
        return robot.lookup("#mock-item-" + number).query().lookupAll(".label").stream()
                .map(l -> ((Label) l).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    /**
     * The what-if's diagram, laid out for its short, wide pane: every arrow (the asked one first)
     * inside the visible drawing, and the cards' detail lines at 9 px or more on screen (6-7 px in
     * the quiz's old frame).
     */
    private static void whatIfDiagramIsWholeAndReadable(FxRobot robot) {
        io.netpoldojo.ui.playground.canvas.CanvasView canvas = robot.lookup("#mock-diagram .dojo-canvas")
                .queryAs(io.netpoldojo.ui.playground.canvas.CanvasView.class);
        String[] cut = new String[1];
        double[] smallest = {Double.MAX_VALUE};
        robot.interact(() -> {
            cut[0] = io.netpoldojo.ui.playground.ArrowStates.cutArrow(canvas, "quiz-asked");
            for (javafx.scene.control.Label detail : robot.lookup("#mock-diagram .endpoint-detail")
                    .queryAllAs(javafx.scene.control.Label.class)) {
                javafx.geometry.Point2D top = detail.localToScene(0, 0);
                javafx.geometry.Point2D bottom = detail.localToScene(0, 100);
                smallest[0] = Math.min(smallest[0], detail.getFont().getSize() * top.distance(bottom) / 100);
            }
        });
        System.out.printf("mock what-if diagram: card words %.2f px%n", smallest[0]);
        assertTrue(cut[0].isEmpty(), "an arrow runs past the what-if diagram's edge: " + cut[0]);
        assertTrue(smallest[0] >= 9, "the what-if diagram's card words are " + smallest[0] + " px");
    }
}
