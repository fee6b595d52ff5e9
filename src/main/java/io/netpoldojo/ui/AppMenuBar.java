package io.netpoldojo.ui;

import io.netpoldojo.userdata.ThemeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * File, View and Help, plus what the current place contributes: its items at the top of File
 * and its own menus between View and Help. The frame's menu shortcuts are accelerators of these
 * items, listed in the {@link ShortcutRegistry} so the help shows them.
 */
final class AppMenuBar extends MenuBar {
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SWITCH_THEME = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);

    private final Menu file = new Menu("_File");
    private final Menu view = new Menu("_View");
    private final Menu help = new Menu("_Help");
    private List<MenuItem> shownFileItems = List.of();
    private List<Menu> shownMenus = List.of();
    private final Map<Place, List<MenuItem>> fileItems = new HashMap<>();
    private final Map<Place, List<Menu>> placeMenus = new HashMap<>();

    AppMenuBar(FrameModel model, ShortcutRegistry shortcuts) {
        setId("menu-bar");
        setUseSystemMenuBar(true);
        file.setId("menu-file");
        view.setId("menu-view");
        help.setId("menu-help");

        file.getItems().add(item("menu-quit", "_Quit", QUIT, model::quit));

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = themeItem("menu-theme-light", "_Light theme", ThemeMode.LIGHT, themes, model);
        RadioMenuItem dark = themeItem("menu-theme-dark", "_Dark theme", ThemeMode.DARK, themes, model);
        view.getItems().addAll(light, dark, item("menu-switch-theme", "_Switch theme", SWITCH_THEME, model::toggleTheme),
                new SeparatorMenuItem(), item("menu-view-shortcuts", "_Keyboard shortcuts", SHORTCUTS, model::showShortcuts));

        MenuItem helpShortcuts = item("menu-shortcuts", "_Keyboard shortcuts", SHORTCUTS, model::showShortcuts);
        help.getItems().addAll(item("menu-welcome", "_Welcome", null, model::showWelcome), helpShortcuts,
                new SeparatorMenuItem(), item("menu-about", "_About NetPol Dojo", null, model::showAbout));

        shortcuts.describe(ShortcutRegistry.EVERYWHERE, SHORTCUTS, "Show keyboard shortcuts");
        shortcuts.describe(ShortcutRegistry.EVERYWHERE, SWITCH_THEME, "Switch between light and dark theme");
        shortcuts.describe(ShortcutRegistry.EVERYWHERE, QUIT, "Quit NetPol Dojo");

        getMenus().setAll(file, view, help);
        showContributionsOf(model.navigation().current());
        model.navigation().currentProperty().addListener((o, old, now) -> showContributionsOf(now));
    }

    /** Swaps only the contributed items and menus, so the frame's own accelerators stay installed. */
    private void showContributionsOf(Place place) {
        file.getItems().removeAll(shownFileItems);
        getMenus().removeAll(shownMenus);
        shownFileItems = new ArrayList<>(fileItems.computeIfAbsent(place, Place::fileMenuItems));
        if (!shownFileItems.isEmpty()) {
            shownFileItems.add(new SeparatorMenuItem());
        }
        shownMenus = placeMenus.computeIfAbsent(place, Place::menus);
        file.getItems().addAll(0, shownFileItems);
        getMenus().addAll(getMenus().indexOf(help), shownMenus);
    }

    private static RadioMenuItem themeItem(String id, String text, ThemeMode mode, ToggleGroup group, FrameModel model) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(model.themeProperty().get() == mode);
        model.themeProperty().addListener((o, old, now) -> item.setSelected(now == mode));
        item.setOnAction(e -> model.setTheme(mode));
        return item;
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
