package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.userdata.ThemeMode;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * ControlsFX colours its controls with Modena's variables, which AtlantaFX does not define.
 * StatusBar paints "-fx-body-color"; with the compatibility sheet that is the theme's subtle
 * background, without it the whole background declaration fails and the bar is blank.
 */
@ExtendWith(ApplicationExtension.class)
class ControlsFxCompatTest {
    @AfterEach
    void reset() throws Exception {
        FxToolkit.cleanupStages();
        TestWindows.resetUserAgentStylesheet();
    }

    private Background backgroundOfStatusBar(FxRobot robot, ThemeMode mode, boolean withCompat) {
        StatusBar bar = new StatusBar();
        robot.interact(() -> {
            Scene scene = new Scene(new StackPane(bar), 400, 100);
            Themes.apply(mode, scene);
            if (!withCompat) {
                scene.getStylesheets().removeIf(s -> s.endsWith(Themes.CONTROLSFX_COMPAT));
            }
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        return bar.getBackground();
    }

    @Test
    void controlsFxTakesTheThemesColours(FxRobot robot) {
        Background dark = backgroundOfStatusBar(robot, ThemeMode.DARK, true);
        assertEquals(Color.web("#161b22"), dark.getFills().get(1).getFill(), "Primer Dark's -color-bg-subtle");
        Background light = backgroundOfStatusBar(robot, ThemeMode.LIGHT, true);
        assertEquals(Color.web("#f6f8fa"), light.getFills().get(1).getFill(), "Primer Light's -color-bg-subtle");
    }

    @Test
    void withoutTheCompatibilitySheetTheBarWouldBeBlank(FxRobot robot) {
        Background background = backgroundOfStatusBar(robot, ThemeMode.DARK, false);
        assertTrue(background == null || background.getFills().isEmpty(), "the reason controlsfx-compat.css exists");
    }

    @Test
    void everyThemeStylesheetIsFound() {
        for (ThemeMode mode : ThemeMode.values()) {
            List<String> sheets = Themes.sceneStylesheets(mode);
            assertEquals(3, sheets.size());
        }
    }
}
