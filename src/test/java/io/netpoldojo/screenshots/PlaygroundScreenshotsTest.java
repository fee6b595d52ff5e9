package io.netpoldojo.screenshots;

import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.playground.PlaygroundScenes;
import io.netpoldojo.userdata.ThemeMode;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Playground's pictures in {@code screenshots/}, in both themes. Regenerate every picture with
 * {@code ./mvnw test -Dtest='*ScreenshotsTest' -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class PlaygroundScreenshotsTest {

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void playgroundWithTheSeedPolicies(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "playground", theme,
                s -> PlaygroundScenes.seedPolicies(s.robot, s.show(PlaygroundPlace.ID, PlaygroundPlace.class)));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void playgroundExplainingAnArrow(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "playground-explanation", theme, s -> {
            PlaygroundPlace place = s.show(PlaygroundPlace.ID, PlaygroundPlace.class);
            PlaygroundScenes.seedPolicies(s.robot, place);
            PlaygroundScenes.explain(s.robot, place, "default/frontend", "default/mysql");
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void playgroundWithAYamlError(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "playground-yaml-error", theme, s -> {
            PlaygroundPlace place = s.show(PlaygroundPlace.ID, PlaygroundPlace.class);
            PlaygroundScenes.seedPolicies(s.robot, place);
            PlaygroundScenes.typeError(s.robot, place);
        });
    }
}
