package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class HelpOverlayTest extends WindowFixture {
    private static final KeyCodeCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final AtomicInteger exports = new AtomicInteger();

    @Start
    void start(Stage primary) {
        window = TestWindows.open(home, ctx -> {
            context = ctx;
            // What a place does: a shortcut that only works while it is shown.
            ctx.shortcuts().register("present", EXPORT, "Export the slides as pictures", exports::incrementAndGet);
        });
    }

    private boolean overlayShown(FxRobot robot) {
        return robot.lookup("#overlay-layer").query().isVisible() && robot.lookup("#help-overlay").tryQuery().isPresent();
    }

    /** Each row of the help as "description = keys keys". */
    private List<String> rows(FxRobot robot) {
        return robot.lookup("#help-overlay .shortcut-row").queryAllAs(HBox.class).stream()
                .map(row -> {
                    List<String> texts = row.getChildren().stream()
                            .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).collect(Collectors.toList());
                    return texts.get(0) + " = " + String.join(" ", texts.subList(1, texts.size()));
                })
                .collect(Collectors.toList());
    }

    @Test
    void f1OpensTheHelpListingEveryShortcutAndEscClosesIt(FxRobot robot) {
        assertFalse(robot.lookup("#overlay-layer").query().isVisible());
        robot.push(KeyCode.F1);
        assertTrue(overlayShown(robot));

        List<String> rows = rows(robot);
        for (Shortcut shortcut : context.shortcuts().all()) {
            assertTrue(rows.stream().anyMatch(r -> r.startsWith(shortcut.description() + " = ") && r.contains(shortcut.keysText())),
                    "the help lists " + shortcut.description() + " (" + shortcut.keysText() + "): " + rows);
        }
        assertTrue(rows.contains("Go to Learn = Ctrl+1"), rows.toString());
        assertTrue(rows.contains("Show keyboard shortcuts = F1 ?"), "keys that do the same share a row: " + rows);
        List<String> groups = robot.lookup("#help-overlay .shortcut-group-title").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toList());
        assertEquals(List.of("Everywhere", "In Learn", "In Playground", "In Quiz", "In Present"), groups);

        robot.push(KeyCode.ESCAPE);
        assertFalse(overlayShown(robot));
    }

    @Test
    void aClickClosesTheHelp(FxRobot robot) {
        robot.push(KeyCode.F1);
        assertTrue(overlayShown(robot));
        robot.clickOn("#help-overlay");
        assertFalse(overlayShown(robot));
    }

    @Test
    void typingAQuestionMarkOpensTheHelp(FxRobot robot) {
        robot.write("?");
        assertTrue(overlayShown(robot));
    }

    @Test
    void theHelpMenuOpensTheHelpAndAbout(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#menu-shortcuts");
        assertTrue(overlayShown(robot));
        robot.push(KeyCode.ESCAPE);

        robot.clickOn("#menu-help").clickOn("#menu-about");
        Label data = robot.lookup("#about-overlay #about-data-dir").queryAs(Label.class);
        assertTrue(data.getText().contains(home.toString()), "About says where the user's files are: " + data.getText());
        robot.push(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#overlay-layer").query().isVisible());
    }

    @Test
    void aPlacesShortcutWorksOnlyWhileThePlaceIsShown(FxRobot robot) {
        robot.push(EXPORT);
        assertEquals(0, exports.get(), "Learn is shown, so Present's shortcut does nothing");
        robot.clickOn("#nav-present");
        robot.push(EXPORT);
        assertEquals(1, exports.get());
    }

    @Test
    void aShortcutThatIsAlreadyTakenIsRefusedWithBothNames() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> context.shortcuts().register("quiz", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                        "Answer A", () -> { }));
        assertTrue(e.getMessage().contains("Go to Learn") && e.getMessage().contains("Answer A"), e.getMessage());
    }

    @Test
    void theRailsShortcutsButtonOpensTheHelp(FxRobot robot) {
        robot.clickOn("#help-button");
        assertTrue(overlayShown(robot));
        Node card = robot.lookup("#help-overlay").query();
        assertTrue(card.getBoundsInParent().getWidth() > 300, "the card has room for its rows");
    }
}
