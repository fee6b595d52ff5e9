package io.netpoldojo.screenshots;

import io.netpoldojo.ui.present.PresentPlace;
import io.netpoldojo.userdata.ThemeMode;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Present mode's pictures in {@code screenshots/}, in both stage colours: the stage is full screen,
 * so these are the headless screen's size. Regenerate with
 * {@code ./mvnw test -Dtest='*ScreenshotsTest' -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class PresentScreenshotsTest {

    /** A question answered: the microservices demo's "Both ends must agree", the engine's verdict shown. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void aRevealedQuestion(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "present", theme, s -> {
            s.show(PresentPlace.ID, PresentPlace.class);
            s.robot.clickOn("#present-start-microservices");
            press(s.robot, KeyCode.RIGHT, 7);
        });
    }

    /** The question still open: the arrow asked about is a dotted line, the answer waits. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void anOpenQuestion(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "present-question", theme, s -> {
            s.show(PresentPlace.ID, PresentPlace.class);
            s.robot.clickOn("#present-start-and-vs-or");
            press(s.robot, KeyCode.RIGHT, 5);
        });
    }

    /** The list of demos. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theDemos(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "present-list", theme, s -> s.show(PresentPlace.ID, PresentPlace.class));
    }

    private static void press(FxRobot robot, KeyCode key, int times) {
        for (int i = 0; i < times; i++) {
            robot.push(key);
        }
    }
}
