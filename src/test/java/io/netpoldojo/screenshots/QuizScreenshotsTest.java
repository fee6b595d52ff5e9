package io.netpoldojo.screenshots;

import io.netpoldojo.ui.quiz.QuizPlace;
import io.netpoldojo.ui.quiz.QuizScenes;
import io.netpoldojo.userdata.ThemeMode;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Quiz's pictures in {@code screenshots/}, in both themes. Regenerate with
 * {@code ./mvnw test -Dtest='*ScreenshotsTest' -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class QuizScreenshotsTest {

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void quizHome(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "quiz-home", theme, s -> s.show(QuizPlace.ID, QuizPlace.class));
    }

    /** A choice card whose question and choices quote YAML as inline code, answered wrong. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void choiceWithCodeAnswered(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "quiz-choice", theme, s -> {
            QuizPlace place = s.show(QuizPlace.ID, QuizPlace.class);
            QuizScenes.practise(s.robot, place, Shots.content(), "recipes-allow-all-shape");
            QuizScenes.press(s.robot, QuizScenes.key(QuizScenes.row(place, "ingress: []")), KeyCode.ENTER);
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void predictionAnswered(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "quiz-prediction", theme, s -> {
            QuizPlace place = s.show(QuizPlace.ID, QuizPlace.class);
            QuizScenes.practise(s.robot, place, Shots.content(), "dns-after-default-deny-predict");
            QuizScenes.press(s.robot, KeyCode.DIGIT1, KeyCode.ENTER);
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void writePolicyStillWrong(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "quiz-write-policy", theme, s -> {
            QuizPlace place = s.show(QuizPlace.ID, QuizPlace.class);
            QuizScenes.practise(s.robot, place, Shots.content(), "recipes-lock-down-mysql");
            QuizScenes.setPolicy(s.robot, QuizScenes.TOO_PERMISSIVE);
            QuizScenes.checkPolicy(s.robot);
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void interviewReport(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "quiz-report", theme, s -> {
            QuizPlace place = s.show(QuizPlace.ID, QuizPlace.class);
            QuizScenes.sitInterview(s.robot, place, 3, java.util.Set.of(0, 1, 2, 4, 5, 7, 8),
                    new int[] {1200, 2600, 900, 3400, 1800});
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void history(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "quiz-history", theme, s -> {
            QuizPlace place = s.show(QuizPlace.ID, QuizPlace.class);
            QuizScenes.sitInterview(s.robot, place, 3, java.util.Set.of(0, 1, 2, 4, 5, 7, 8), new int[0]);
            s.robot.clickOn("#quiz-report-home");
            s.robot.clickOn("#quiz-show-history");
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void generatedPrediction(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "quiz-generated", theme, s -> {
            QuizPlace place = s.show(QuizPlace.ID, QuizPlace.class);
            s.robot.interact(() -> place.model().practise(java.util.List.of(
                    new io.netpoldojo.quiz.PredictionGenerator().generate(5, 3))));
            QuizScenes.press(s.robot, KeyCode.DIGIT2, KeyCode.ENTER);
        });
    }
}
