package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.netpoldojo.userdata.SettingsStore;
import io.netpoldojo.userdata.ThemeMode;
import io.netpoldojo.userdata.UserDataDir;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class MainWindowTest extends WindowFixture {
    private static final List<String> PLACES = List.of("learn", "playground", "quiz", "present");

    private Places places;

    @Start
    void start(Stage primary) {
        window = TestWindows.open(home, context -> places = context.places());
    }

    private SettingsStore storeAgain() {
        return SettingsStore.in(UserDataDir.at(home));
    }

    private void assertShowing(FxRobot robot, String shown) {
        assertTrue(robot.lookup("#place-" + shown).query().isVisible(), shown + " should be visible");
        for (String other : PLACES) {
            if (!other.equals(shown)) {
                assertTrue(robot.lookup("#place-" + other).tryQuery().isEmpty(), other + " should not be in the window");
            }
        }
        ToggleButton nav = robot.lookup("#nav-" + shown).queryAs(ToggleButton.class);
        assertTrue(nav.isSelected(), "the navigation marks " + shown + " as current");
        long marked = robot.lookup(".nav-item").queryAll().stream()
                .filter(n -> n instanceof ToggleButton && ((ToggleButton) n).isSelected()).count();
        assertEquals(1, marked, "exactly one place is marked current");
    }

    @Test
    void aStartBuildsOnlyThePlaceItShowsAndTheOthersOnTheirFirstVisit(FxRobot robot) {
        assertEquals(1, places.builtCount(), "Learn only: the Playground, Quiz and Present wait for their first visit");
        robot.clickOn("#nav-quiz");
        assertShowing(robot, "quiz");
        assertEquals(2, places.builtCount());
        robot.clickOn("#nav-learn");
        robot.clickOn("#nav-quiz");
        assertEquals(2, places.builtCount(), "built once, kept");
        // The help lists every place's keys: each registers them when built, so the help builds them all.
        robot.push(KeyCode.F1);
        assertEquals(4, places.builtCount());
        assertTrue(robot.lookup("#help-overlay .shortcut-group-title").queryAllAs(javafx.scene.control.Label.class)
                .stream().anyMatch(l -> "In Playground".equals(l.getText())),
                "the Playground's shortcuts are listed before it was ever shown");
    }

    @Test
    void opensOnLearnWithTheTitle() {
        assertEquals("NetPol Dojo", window.stage().getTitle());
        assertTrue(window.stage().isShowing());
    }

    @Test
    void navigationEntriesGetTheirTooltipWhenThePointerComesOverThem(FxRobot robot) {
        ToggleButton quiz = robot.lookup("#nav-quiz").queryAs(ToggleButton.class);
        assertEquals("Quiz  (" + new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN).getDisplayText() + ")",
                quiz.getAccessibleHelp(), "a screen reader has the text before any hover");
        robot.moveTo("#nav-quiz").moveBy(2, 1);
        assertTrue(quiz.getTooltip() != null, "the tooltip is there once the pointer is over the entry");
        assertEquals(quiz.getAccessibleHelp(), quiz.getTooltip().getText());
    }

    @Test
    void clickingTheNavigationSwitchesPlaces(FxRobot robot) {
        for (String id : List.of("playground", "quiz", "present", "learn")) {
            robot.clickOn("#nav-" + id);
            assertShowing(robot, id);
        }
    }

    @Test
    void clickingTheCurrentPlaceKeepsItCurrent(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        robot.clickOn("#nav-quiz");
        assertShowing(robot, "quiz");
    }

    @Test
    void ctrlOneToFourSwitchPlaces(FxRobot robot) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        for (int i : new int[] {2, 1, 3, 0}) {
            robot.push(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN));
            assertShowing(robot, PLACES.get(i));
        }
    }

    @Test
    void everyPlaceShowsAScreenAPersonCanActOn(FxRobot robot) {
        for (String id : PLACES) {
            robot.clickOn("#nav-" + id);
            assertTrue(robot.lookup("#place-" + id + " .button").tryQuery().isPresent(),
                    id + " has buttons, not only words");
        }
    }

    @Test
    void theLastPlaceIsSavedAndShownAfterARestart(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        assertEquals("quiz", storeAgain().load().settings().lastPlace().orElseThrow());

        robot.interact(() -> window.stage().close());
        MainWindow[] again = new MainWindow[1];
        robot.interact(() -> again[0] = TestWindows.open(home));
        assertEquals("quiz", again[0].model().navigation().current().id());
        assertTrue(robot.lookup("#place-quiz").query().isVisible());
    }

    @Test
    void theThemeToggleSwitchesLiveAndIsSaved(FxRobot robot) {
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(sceneSheets().stream().anyMatch(s -> s.endsWith("theme-light.css")));

        robot.clickOn("#theme-toggle");
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(sceneSheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")));
        assertFalse(sceneSheets().stream().anyMatch(s -> s.endsWith("theme-light.css")));
        assertEquals(ThemeMode.DARK, storeAgain().load().settings().theme());

        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(ThemeMode.LIGHT, storeAgain().load().settings().theme());
    }

    @Test
    void theViewMenuSetsTheTheme(FxRobot robot) {
        robot.clickOn("#menu-view").clickOn("Dark theme");
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(ThemeMode.DARK, storeAgain().load().settings().theme());
    }

    @Test
    void theSavedThemeIsUsedAtTheNextStart(FxRobot robot) {
        robot.clickOn("#theme-toggle");
        robot.interact(() -> window.stage().close());
        TestWindows.resetUserAgentStylesheet();
        robot.interact(() -> TestWindows.open(home));
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
    }

    private List<String> sceneSheets() {
        return window.stage().getScene().getStylesheets();
    }
}
