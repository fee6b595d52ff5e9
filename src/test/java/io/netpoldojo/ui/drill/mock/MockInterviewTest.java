package io.netpoldojo.ui.drill.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.quiz.ManualClock;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.MainWindow;
import io.netpoldojo.ui.StandInPlace;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.quiz.QuizPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A short mock interview walked as a candidate: explain, predict, write, then the report, saved and opened again. */
@ExtendWith(ApplicationExtension.class)
class MockInterviewTest {
    private static Content content;
    private final ManualClock clock = ManualClock.morning();
    private Path home;
    private QuizPlace place;

    @BeforeAll
    static void loadContent() {
        content = new ContentLoader().load(Path.of("content"));
    }

    @Start
    void start(Stage stage) {
        TestWindows.resetUserAgentStylesheet();
        home = TestWindows.newHome();
        AppContext context = TestWindows.context(home);
        context.places().add(StandInPlace.learn());
        place = new QuizPlace(context, clock, new AtomicLong(7)::getAndIncrement);
        context.places().add(place);
        context.content().set(content);
        new MainWindow(context, new Stage()).show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        TestWindows.resetUserAgentStylesheet();
        TestWindows.delete(home);
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
        robot.clickOn("#nav-quiz");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#quiz-start-mock").tryQuery().isPresent());
        clickShown(robot, "#quiz-start-mock");
        clickShown(robot, "#mock-start");
        assertEquals("Question 1 of 5", text(robot, "#mock-counter"));

        // The first explanation, typed; the second left as "1", as a candidate who does not read would.
        String first = place.mock().stepProperty().get().orElseThrow().card().id();
        robot.clickOn("#mock-text").write("Without any policy every pod can reach every pod.");
        clock.advance(Duration.ofSeconds(40));
        clickShown(robot, "#mock-next");
        assertEquals("Question 2 of 5", text(robot, "#mock-counter"));
        assertEquals("A follow-up on your last answer:", text(robot, "#mock-lead"));
        assertTrue(robot.lookup("#mock-diagram").tryQuery().isPresent(), "the scenario is drawn");
        clickShown(robot, "#mock-no");
        clickShown(robot, "#mock-next");
        robot.clickOn("#mock-text").write("1");
        clickShown(robot, "#mock-next");
        clickShown(robot, "#mock-yes");
        clickShown(robot, "#mock-next");
        assertEquals("Question 5 of 5", text(robot, "#mock-counter"));
        assertEquals("Finish and see the report", robot.lookup("#mock-next").queryButton().getText());
        clickShown(robot, "#mock-next");

        assertTrue(robot.lookup("#mock-report").tryQuery().isPresent(), "the report, at the end");
        MockReport report = place.mock().reportProperty().get().orElseThrow();
        assertEquals(first, report.items().get(0).cardId());
        assertEquals(Duration.ofSeconds(40), report.items().get(0).time());
        assertEquals(report.summary(), text(robot, "#mock-report-summary"));
        String firstItem = robot.lookup("#mock-item-1").query().lookupAll(".label").stream()
                .map(l -> ((Label) l).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(firstItem.contains("0:40 of "), firstItem);
        assertTrue(firstItem.contains("Missed: "), firstItem);
        String fifth = robot.lookup("#mock-item-5").query().lookupAll(".label").stream()
                .map(l -> ((Label) l).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(fifth.contains("The engine: Not answered."), fifth);
        assertFalse(report.items().get(2).right(), "\"1\" is not an explanation");
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
}
