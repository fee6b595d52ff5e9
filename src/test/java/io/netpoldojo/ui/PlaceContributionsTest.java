package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** How a real place (here a stand-in Playground) plugs its menus, toolbar and life cycle into the frame. */
class PlaceContributionsTest extends WindowFixture {
    private static final KeyCodeCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    private FakePlayground playground;

    /** What the Playground engineer writes: a place with its own File items, a menu and tools. */
    private static final class FakePlayground implements Place {
        final AtomicInteger viewsBuilt = new AtomicInteger();
        final AtomicInteger shown = new AtomicInteger();
        final AtomicInteger hidden = new AtomicInteger();
        final AtomicInteger opened = new AtomicInteger();
        private Node view;
        private final MenuItem open = new MenuItem("Open manifest…");
        private final Menu canvas = new Menu("Canvas");
        private final Button fit = new Button("Fit to window");

        FakePlayground() {
            open.setId("menu-open-manifest");
            open.setAccelerator(OPEN);
            open.setOnAction(e -> opened.incrementAndGet());
            canvas.setId("menu-canvas");
            canvas.getItems().add(new MenuItem("Arrange pods"));
            fit.setId("tool-fit");
        }

        @Override
        public String id() {
            return "playground";
        }

        @Override
        public String title() {
            return "Playground";
        }

        @Override
        public String iconPath() {
            return Icons.PLAYGROUND;
        }

        @Override
        public Node view() {
            if (view == null) {
                viewsBuilt.incrementAndGet();
                view = new Label("the canvas");
            }
            return view;
        }

        @Override
        public void onShown() {
            shown.incrementAndGet();
        }

        @Override
        public void onHidden() {
            hidden.incrementAndGet();
        }

        @Override
        public List<MenuItem> fileMenuItems() {
            return List.of(open);
        }

        @Override
        public List<Menu> menus() {
            return List.of(canvas);
        }

        @Override
        public List<Node> toolbarItems() {
            return List.of(fit);
        }
    }

    @Start
    void start(Stage primary) {
        playground = new FakePlayground();
        context = TestWindows.context(home);
        context.places().add(StandInPlace.learn());
        context.places().add(playground);
        context.places().add(StandInPlace.quiz());
        context.shortcuts().describe("playground", OPEN, "Open a manifest");
        new MainWindow(context, new Stage()).show();
    }

    private List<String> menuIds(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getId).collect(Collectors.toList());
    }

    private List<String> fileItemIds(FxRobot robot) {
        Menu file = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        return file.getItems().stream().map(i -> i.getId() == null ? "separator" : i.getId()).collect(Collectors.toList());
    }

    @Test
    void contributionsShowOnlyWhileThePlaceIsCurrent(FxRobot robot) {
        assertEquals(List.of("menu-file", "menu-view", "menu-help"), menuIds(robot));
        assertEquals(List.of("menu-quit"), fileItemIds(robot));
        assertFalse(robot.lookup("#place-toolbar").query().isVisible());
        assertEquals(0, playground.viewsBuilt.get(), "a place's view is built when first shown, not at start");

        robot.clickOn("#nav-playground");
        assertEquals(List.of("menu-file", "menu-view", "menu-canvas", "menu-help"), menuIds(robot));
        assertEquals(List.of("menu-open-manifest", "separator", "menu-quit"), fileItemIds(robot));
        assertTrue(robot.lookup("#place-toolbar").query().isVisible());
        assertTrue(robot.lookup("#place-toolbar #tool-fit").tryQuery().isPresent());
        assertEquals(1, playground.shown.get());

        robot.clickOn("#nav-quiz");
        assertEquals(List.of("menu-file", "menu-view", "menu-help"), menuIds(robot));
        assertEquals(List.of("menu-quit"), fileItemIds(robot));
        assertFalse(robot.lookup("#place-toolbar").query().isVisible());
        assertEquals(1, playground.hidden.get());

        robot.clickOn("#nav-playground");
        assertEquals(1, playground.viewsBuilt.get(), "the view is kept, with its state");
        assertEquals(2, playground.shown.get());
    }

    @Test
    void aContributedAcceleratorWorksOnlyWhileThePlaceIsCurrent(FxRobot robot) {
        robot.push(OPEN);
        assertEquals(0, playground.opened.get());
        robot.clickOn("#nav-playground");
        robot.push(OPEN);
        assertEquals(1, playground.opened.get());
        robot.clickOn("#nav-learn");
        robot.push(OPEN);
        assertEquals(1, playground.opened.get());
    }

    @Test
    void theContributedMenuItemIsInTheFileMenu(FxRobot robot) {
        robot.clickOn("#nav-playground");
        robot.clickOn("#menu-file").clickOn("Open manifest…");
        assertEquals(1, playground.opened.get());
    }
}
