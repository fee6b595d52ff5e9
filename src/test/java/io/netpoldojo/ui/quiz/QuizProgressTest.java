package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.quiz.ProgressStore;
import io.netpoldojo.ui.WindowFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Progress across restarts of the real app window (the places as DojoApp registers them). */
class QuizProgressTest extends WindowFixture {
    /** Opens the app on {@code home}, closing the window that was open: a restart. */
    private QuizPlace restart(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.stage().close();
                context.places().all().forEach(io.netpoldojo.ui.Place::onAppStop);
            }
            openWithContent();
        });
        robot.clickOn("#nav-quiz");
        return (QuizPlace) context.places().find(QuizPlace.ID).orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return QuizScenes.shown(robot, query);
    }

    @Test
    void pointsTheScheduleAndTheHistoryAreKeptAcrossARestart(FxRobot robot) {
        QuizPlace place = restart(robot);
        QuizScenes.practise(robot, place, content, "basics-additive", "cni-silently-ignored");
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.rightRow(place)), KeyCode.ENTER, KeyCode.ENTER);
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.wrongRow(place)), KeyCode.ENTER);
        robot.clickOn("#quiz-end");
        robot.clickOn("#quiz-report-home");
        assertEquals("25", text(robot, "#quiz-home-points"));

        restart(robot);
        assertEquals("25", text(robot, "#quiz-home-points"));
        assertEquals("1", text(robot, "#quiz-due-count"), "the card answered wrong is due again");
        assertEquals(String.valueOf(content.cards().size() - 2), text(robot, "#quiz-new-count"));
        robot.clickOn("#quiz-show-history");
        assertTrue(text(robot, "#quiz-history-summary").startsWith("2 answers, 50% right"));
        XYChart<?, ?> scores = robot.lookup("#quiz-scores-chart").queryAs(XYChart.class);
        assertEquals(1, scores.getData().get(0).getData().size(), "one day of answers");
        assertEquals(50, ((Number) scores.getData().get(0).getData().get(0).getYValue()).intValue());
        XYChart<?, ?> mastery = robot.lookup("#quiz-mastery-chart").queryAs(XYChart.class);
        assertFalse(mastery.getData().get(0).getData().isEmpty());
    }

    @Test
    void aDamagedProgressFileIsSetAsideWithANoticeAndTheQuizStillWorks(FxRobot robot) throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve(ProgressStore.FILE_NAME), "points: {broken");
        QuizPlace place = restart(robot);
        assertTrue(text(robot, "#quiz-notice").contains("set aside"));
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith(ProgressStore.FILE_NAME + ".corrupt-")));
        }
        assertEquals("0", text(robot, "#quiz-home-points"));
        QuizScenes.practise(robot, place, content, "basics-additive");
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.rightRow(place)), KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(home.resolve(ProgressStore.FILE_NAME)).contains("points: 25"));
    }
}
