package io.netpoldojo.screenshots;

import io.netpoldojo.ui.playground.BuildScenes;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.userdata.ThemeMode;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Building policies on the canvas, in both themes: an arrow's menu, the allow dialog, a recipe
 * dialog and intent mode. Regenerate with {@code ./mvnw test -Dtest=BuildScreenshotsTest -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class BuildScreenshotsTest {

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void arrowMenu(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shootWithPopups(robot, "build-arrow-menu", theme,
                s -> BuildScenes.arrowMenu(s.robot, s.show(PlaygroundPlace.ID, PlaygroundPlace.class)));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void allowDialog(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shootWithPopups(robot, "build-allow-dialog", theme,
                s -> BuildScenes.allowDialog(s.robot, s.show(PlaygroundPlace.ID, PlaygroundPlace.class)));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void intentMode(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shootWithPopups(robot, "build-intent", theme,
                s -> BuildScenes.intentMode(s.robot, s.show(PlaygroundPlace.ID, PlaygroundPlace.class)));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void intentResult(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shootWithPopups(robot, "build-intent-result", theme,
                s -> BuildScenes.intentResult(s.robot, s.show(PlaygroundPlace.ID, PlaygroundPlace.class)));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void recipeDialog(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shootWithPopups(robot, "build-recipe-dialog", theme,
                s -> BuildScenes.recipeDialog(s.robot, s.show(PlaygroundPlace.ID, PlaygroundPlace.class)));
    }
}
