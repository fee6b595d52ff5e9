package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.userdata.SettingsStore;
import io.netpoldojo.userdata.UserDataDir;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The first-run welcome: shown once, each entry goes to its place, and Help brings it back. */
class WelcomeTest extends WindowFixture {
    private MainWindow startTheApp(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = TestWindows.openAsTheApp(home));
        return window[0];
    }

    private static boolean welcomeShown(FxRobot robot) {
        return robot.lookup("#overlay-layer").query().isVisible() && robot.lookup("#welcome-overlay").tryQuery().isPresent();
    }

    private static String currentPlace(MainWindow window) {
        return window.model().navigation().current().id();
    }

    @Test
    void theFirstStartShowsTheWelcomeAndTheSecondDoesNot(FxRobot robot) {
        MainWindow first = startTheApp(robot);
        assertTrue(welcomeShown(robot), "a first start opens with the welcome");
        assertEquals(List.of("welcome-learn", "welcome-playground", "welcome-quiz", "welcome-present"),
                robot.lookup(".welcome-entry").queryAll().stream().map(Node::getId).toList(),
                "one way in to each place, in order");
        // Closed without choosing anything: it still counts as seen.
        robot.interact(() -> first.stage().close());
        assertTrue(SettingsStore.in(UserDataDir.at(home)).load().settings().welcomeSeen(), "saved as seen");

        startTheApp(robot);
        assertFalse(welcomeShown(robot), "the second start goes straight to the app");
        assertFalse(robot.lookup("#overlay-layer").query().isVisible());
    }

    @Test
    void tryThePlaygroundShowsThePlayground(FxRobot robot) {
        MainWindow window = startTheApp(robot);
        assertEquals("learn", currentPlace(window));

        robot.clickOn("#welcome-playground");

        assertFalse(welcomeShown(robot), "the welcome closes");
        assertEquals("playground", currentPlace(window));
        assertTrue(robot.lookup("#place-playground").query().isVisible(), "the Playground is on screen");
        assertTrue(robot.lookup("#nav-playground").queryAs(ToggleButton.class).isSelected(), "and marked in the navigation");
    }

    @Test
    void theHelpMenuBringsTheWelcomeBackAndEachEntryGoesToItsPlace(FxRobot robot) {
        MainWindow window = startTheApp(robot);
        robot.push(KeyCode.ESCAPE);
        assertFalse(welcomeShown(robot), "Esc closes the welcome");
        assertEquals("learn", currentPlace(window), "and leaves the window where it was");

        for (String place : List.of("quiz", "present", "playground", "learn")) {
            robot.clickOn("#menu-help").clickOn("#menu-welcome");
            assertTrue(welcomeShown(robot), "Help > Welcome opens it");
            robot.clickOn("#welcome-" + place);
            assertFalse(welcomeShown(robot));
            assertEquals(place, currentPlace(window));
            assertTrue(robot.lookup("#place-" + place).query().isVisible(), place + " is on screen");
        }
    }

    @Test
    void windowsOpenedForOtherTestsAreNotCoveredByTheWelcome(FxRobot robot) {
        robot.interact(() -> TestWindows.open(home));
        assertFalse(welcomeShown(robot));
    }
}
