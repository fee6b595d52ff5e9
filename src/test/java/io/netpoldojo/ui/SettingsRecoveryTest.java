package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.netpoldojo.userdata.Settings;
import io.netpoldojo.userdata.SettingsStore;
import io.netpoldojo.userdata.UserDataDir;
import io.netpoldojo.userdata.WindowGeometry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What the user sees when the settings file is damaged, and what survives a restart. */
class SettingsRecoveryTest extends WindowFixture {
    private MainWindow open(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = TestWindows.open(home));
        return window[0];
    }

    private Settings saved() {
        return SettingsStore.in(UserDataDir.at(home)).load().settings();
    }

    @Test
    void aDamagedFileGivesDefaultsAndAVisibleMessage(FxRobot robot) throws IOException {
        Files.writeString(home.resolve("settings.yaml"), "theme: [dark\nwindow: {x: 1");

        MainWindow window = open(robot);

        Label notice = robot.lookup("#notice-text").queryAs(Label.class);
        assertTrue(robot.lookup("#notice-bar").query().isVisible());
        assertTrue(notice.getText().startsWith("Your settings file (" + home.resolve("settings.yaml")
                + ") was damaged (not valid YAML at line 2) and has been set aside as settings.yaml.corrupt-"), notice.getText());
        assertTrue(notice.getText().endsWith("; defaults are in use."), notice.getText());
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet(), "the default theme");
        assertEquals("learn", window.model().navigation().current().id(), "the default place");
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("settings.yaml.corrupt-")), "the damaged file is kept");
        }

        robot.clickOn("#notice-close");
        assertFalse(robot.lookup("#notice-bar").query().isVisible());
        robot.clickOn("#nav-quiz");
        assertEquals("quiz", saved().lastPlace().orElseThrow(), "the app goes on saving to a fresh file");
    }

    @Test
    void noMessageWhenTheFileIsFine(FxRobot robot) {
        open(robot);
        assertFalse(robot.lookup("#notice-bar").query().isVisible());
    }

    @Test
    void theWindowSizeAndPlaceAreRememberedAcrossARestart(FxRobot robot) {
        MainWindow first = open(robot);
        robot.interact(() -> {
            Stage stage = first.stage();
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
        });
        robot.interact(() -> first.stage().close());

        WindowGeometry geometry = saved().window().orElseThrow();
        assertEquals(new WindowGeometry(40, 30, 900, 640, false), geometry);

        MainWindow second = open(robot);
        Stage stage = second.stage();
        assertEquals(40, stage.getX());
        assertEquals(30, stage.getY());
        assertEquals(900, stage.getWidth());
        assertEquals(640, stage.getHeight());
    }

    @Test
    void closingTheWindowSavesWhatTheSaveDelayHadNotYet(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            AppContext context = TestWindows.context(home, javafx.util.Duration.minutes(5));
            DojoApp.registerPlaces(context);
            window[0] = new MainWindow(context, new Stage());
            window[0].show();
        });
        robot.clickOn("#theme-toggle").clickOn("#nav-present");
        assertEquals(Settings.DEFAULTS, saved(), "nothing saved yet: the delay has not passed");

        robot.interact(() -> window[0].stage().close());
        assertEquals(io.netpoldojo.userdata.ThemeMode.DARK, saved().theme());
        assertEquals("present", saved().lastPlace().orElseThrow());
    }

    @Test
    void aMaximizedWindowKeepsItsNormalSizeForLater(FxRobot robot) {
        MainWindow first = open(robot);
        robot.interact(() -> {
            first.stage().setWidth(880);
            first.stage().setHeight(600);
        });
        robot.interact(() -> first.stage().setMaximized(true));
        robot.interact(() -> first.stage().close());

        WindowGeometry geometry = saved().window().orElseThrow();
        assertTrue(geometry.maximized());
        assertEquals(880, geometry.width());
        assertEquals(600, geometry.height());

        MainWindow second = open(robot);
        assertTrue(second.stage().isMaximized());
    }

    @Test
    void aWindowSavedOnAScreenThatIsGoneOpensOnTheScreen(FxRobot robot) throws IOException {
        SettingsStore.in(UserDataDir.at(home)).save(Settings.DEFAULTS.withWindow(new WindowGeometry(9000, 9000, 800, 600, false)));
        MainWindow window = open(robot);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(screen.contains(window.stage().getX(), window.stage().getY()),
                "opened at " + window.stage().getX() + "," + window.stage().getY() + " on " + screen);
    }
}
