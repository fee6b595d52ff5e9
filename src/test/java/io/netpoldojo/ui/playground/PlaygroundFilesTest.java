package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas's files as a newcomer meets them: New, Open Recent and quitting with changes (a restart: AutosaveRecoveryTest). */
@ExtendWith(ApplicationExtension.class)
class PlaygroundFilesTest {
    @RegisterExtension
    final PlaygroundFixture app = PlaygroundFixture.onThePlayground();

    private Path saved(FxRobot robot, String name) {
        Path file = app.home().resolve(name);
        robot.interact(() -> assertTrue(app.place().saveTo(file)));
        return file;
    }

    private static String fileText(FxRobot robot) {
        return robot.lookup("#status-file").queryAs(Label.class).getText();
    }

    @Test
    void newOffersAnEmptyCanvasOrTheStarterAndTakesDownTheOpenedBanner(FxRobot robot) {
        Path file = saved(robot, "shop.yaml");
        robot.interact(() -> app.place().open(file));
        assertTrue(robot.lookup("#playground-banner").query().isVisible(), "Opened shop.yaml.");
        robot.clickOn("#menu-file").clickOn("#menu-new");
        assertFalse(robot.lookup("#playground-banner").query().isVisible(), "no stale \"Opened\" banner");
        assertEquals(List.of(), app.place().model().workspace().endpoints());
        assertEquals(1, app.place().model().workspace().namespaces().size(), "one namespace to drop pods into");
        assertEquals("untitled scenario", fileText(robot));
        robot.clickOn("#menu-file").clickOn("#menu-new-starter");
        assertEquals(5, app.place().model().workspace().endpoints().size());
    }

    @Test
    void openRecentListsTheFilesSavedLately(FxRobot robot) {
        saved(robot, "first.yaml");
        robot.interact(() -> app.place().model().addPolicies("add", List.of(
                io.netpoldojo.ui.playground.panels.PolicyText.blank("allow-1", "default"))));
        saved(robot, "second.yaml");
        robot.clickOn("#menu-file").clickOn("#menu-new");
        robot.clickOn("#menu-file").clickOn("#menu-open-recent");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains(".yaml  \u2014  ") && n.isVisible()).queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText).distinct().toList();
        assertEquals(List.of("second.yaml  \u2014  " + app.home().toAbsolutePath().normalize(),
                "first.yaml  \u2014  " + app.home().toAbsolutePath().normalize()), shown, "newest first");
        // Choosing from a submenu by pointer crosses other items on its way; the item's own action is what matters.
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) robot.lookup("#menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-open-recent".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            recent.getParentPopup().hide();
            recent.getItems().get(1).fire();
        });
        assertEquals("first.yaml", fileText(robot));
        assertTrue(app.place().model().workspace().policies().isEmpty());
    }

    @Test
    void quittingWithChangesToANamedFileAsks(FxRobot robot) {
        saved(robot, "shop.yaml");
        robot.interact(() -> app.place().model().deleteEndpoint("default/redis"));
        assertEquals("shop.yaml \u2022 unsaved", fileText(robot));
        robot.clickOn("#menu-file").clickOn("#menu-quit");
        assertTrue(robot.lookup("#quit-unsaved").tryQuery().isPresent(), "it asks");
        robot.clickOn("Cancel");
        assertTrue(app.mainWindow().stage().isShowing(), "Cancel keeps the app open");
        robot.clickOn("#menu-file").clickOn("#menu-quit");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.mainWindow().stage().isShowing(), "saved, then closed");
        assertFalse(contains(app.home().resolve("shop.yaml"), "name: redis"), "the save wrote the change");
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
