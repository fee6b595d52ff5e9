package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.quiz.HistoryCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saving the report as a web page and the history as CSV, from their screens. */
class QuizExportTest extends QuizWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openQuiz();
    }

    /** Saves where the dialog would have said, remembering what it was asked. */
    private final List<QuizExports.SaveRequest> asked = new java.util.ArrayList<>();

    private void saveInto(Path target) {
        place.model().exports().setAskWhere(r -> {
            asked.add(r);
            return Optional.of(target.resolve(r.fileName()));
        });
    }

    private String savedText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> QuizScenes.shown(robot, "#quiz-export-status").startsWith("Saved to"));
        Path saved = Path.of(QuizScenes.shown(robot, "#quiz-export-status").substring("Saved to ".length()));
        return Files.readString(saved, StandardCharsets.UTF_8);
    }

    @Test
    void theReportSavesAsAWebPageWithEveryMistakeOptionByOption(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quiz");
        saveInto(folder); // after the view, which sets the real save dialog
        QuizScenes.practise(robot, place, content, "isolation-policytypes-default", "recipes-lock-down-mysql");
        int ingress = QuizScenes.row(place, "isolates the api pods for ingress");
        QuizScenes.press(robot, QuizScenes.key(ingress), KeyCode.ENTER, KeyCode.ENTER);
        QuizScenes.setPolicy(robot, QuizScenes.TOO_PERMISSIVE);
        QuizScenes.checkPolicy(robot);
        robot.clickOn("#quiz-next");
        assertEquals(QuizModel.Screen.REPORT, place.model().screenProperty().get());

        robot.clickOn("#quiz-report-save");
        String html = savedText(robot);
        assertTrue(asked.get(0).fileName().matches("practice-summary-\\d{4}-\\d\\d-\\d\\d\\.html"),
                asked.get(0).fileName());
        assertEquals("html", asked.get(0).extension());
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<h1>Practice summary</h1>"));
        assertTrue(html.contains("<span class=\"score\">0 / 2</span>"), "the score");
        assertTrue(html.contains("partly right (50%)"), "partial credit in the question list");
        assertTrue(html.contains("Partly right: 1 of the 2 right options"), "and spelt out under the mistake");
        assertTrue(html.contains("\u2713 " + ingress + ". It isolates the api pods for ingress \u2014 right, and you picked"
                + " it"), "option by option, numbered as shown");
        assertTrue(html.contains("A policy that meets the goal:</p>\n<pre>apiVersion: networking.k8s.io/v1"),
                "the model answer of the policy card, as YAML");
        assertFalse(html.contains("<script"), "a page to read, nothing to run");
        assertFalse(html.replaceAll("<[^>]*>", "").contains("<"), "every < in the text is escaped");
    }

    @Test
    void theHistorySavesAsCsvOneRowPerAnswer(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quiz");
        saveInto(folder); // after the view, which sets the real save dialog
        QuizScenes.practise(robot, place, content, "basics-additive", "basics-flat-default");
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.wrongRow(place)), KeyCode.ENTER, KeyCode.ENTER);
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.rightRow(place)), KeyCode.ENTER, KeyCode.ENTER);
        robot.clickOn("#quiz-report-home");
        robot.clickOn("#quiz-show-history");
        robot.clickOn("#quiz-history-save");
        List<String> rows = List.of(savedText(robot).split("\r\n"));
        assertEquals(String.join(",", HistoryCsv.COLUMNS), rows.get(0));
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(1).contains(",basics-additive,"), rows.get(1));
        assertTrue(rows.get(1).contains(",wrong,0.00,"), rows.get(1));
        assertTrue(rows.get(2).contains(",basics-flat-default,"), rows.get(2));
        assertTrue(rows.get(2).contains(",right,1.00,"), rows.get(2));
        assertTrue(asked.get(0).fileName().matches("quiz-history-\\d{4}-\\d\\d-\\d\\d\\.csv"), asked.get(0).fileName());
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidSoAndTheScreenStays(FxRobot robot) throws Exception {
        Path blocked = folder.resolve("not-a-folder");
        Files.writeString(blocked, "a file where a folder should be");
        robot.clickOn("#nav-quiz");
        saveInto(blocked);
        QuizScenes.practise(robot, place, content, "basics-additive");
        QuizScenes.press(robot, QuizScenes.key(QuizScenes.rightRow(place)), KeyCode.ENTER, KeyCode.ENTER);
        robot.clickOn("#quiz-report-home");
        robot.clickOn("#quiz-show-history");
        assertFalse(robot.lookup("#quiz-history-save").queryAs(Button.class).isDisabled());
        robot.clickOn("#quiz-history-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> QuizScenes.shown(robot, "#quiz-export-status").startsWith("Could not save to "));
        assertTrue(QuizScenes.shown(robot, "#quiz-export-status").contains("not-a-folder"));
        assertEquals(QuizModel.Screen.HISTORY, place.model().screenProperty().get());
    }
}
