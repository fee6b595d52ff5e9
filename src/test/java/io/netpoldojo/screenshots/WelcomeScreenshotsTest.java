package io.netpoldojo.screenshots;

import io.netpoldojo.userdata.ThemeMode;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The frame's own cards: the keyboard-shortcut help (over the Playground, so its group shows) and
 * the first-run welcome's pictures in {@code screenshots/}, in both themes. The shared windows are
 * opened as for a returning user, so the welcome is opened the way a person reopens it: Help, Welcome
 * (the same card a first start shows). Regenerate with
 * {@code ./mvnw test -Dtest='*ScreenshotsTest' -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class WelcomeScreenshotsTest {

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void welcome(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "welcome", theme, s -> s.robot.clickOn("#menu-help").clickOn("#menu-welcome").moveTo("#menu-bar"));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void keyboardShortcuts(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "help-shortcuts", theme, s -> {
            s.robot.clickOn("#nav-playground");
            s.robot.clickOn("#menu-help").clickOn("#menu-shortcuts").moveTo("#menu-bar");
        });
    }
}
