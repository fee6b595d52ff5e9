package io.netpoldojo.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * One of the app's main places (Learn, Playground, Quiz, Present) that the navigation switches
 * between. A place is registered with {@link Places} at start-up; the frame then builds its
 * navigation entry, shows its view, and shows what it contributes to the menus and toolbar
 * while it is the current place.
 *
 * <p>The frame asks for {@link #view()}, {@link #fileMenuItems()}, {@link #menus()} and
 * {@link #toolbarItems()} once, when the place is first shown, and keeps the nodes while the
 * app runs; keep the place's state in its own view-model. A place's keyboard shortcuts go in
 * the {@link ShortcutRegistry} with the place's id as their scope (a contributed menu item
 * with an accelerator is {@linkplain ShortcutRegistry#describe described} there, so the help
 * lists it and clashes are caught).
 */
public interface Place {
    /** Short stable id, used in node ids ({@code #nav-<id>}, {@code #place-<id>}) and saved settings. Lower case, no spaces. */
    String id();

    /** The name in the navigation and the window. */
    String title();

    /**
     * The navigation icon as SVG path data in a 24 x 24 box, drawn as a 1.8 px line, not
     * filled (see {@link Icons} for the frame's own).
     */
    String iconPath();

    /** The place's content. Built lazily, the first time the place is shown. */
    Node view();

    /** Called each time the place has become the current one and its view is in the window. */
    default void onShown() {}

    /** Called each time another place is about to replace this one. */
    default void onHidden() {}

    /**
     * Asked before the app closes (Quit, the window's close box): false keeps it open, e.g. when
     * the person chose to go back to unsaved work. A place may ask the person here.
     */
    default boolean mayClose() {
        return true;
    }

    /** Called once when the app closes normally: flush what must survive to the next run. */
    default void onAppStop() {}

    /** Items shown at the top of the File menu while this place is current (New, Open, Save ...). */
    default List<MenuItem> fileMenuItems() {
        return List.of();
    }

    /** Whole menus shown between View and Help while this place is current. */
    default List<Menu> menus() {
        return List.of();
    }

    /** Nodes for the toolbar above the place's view; the toolbar is hidden when there are none. */
    default List<Node> toolbarItems() {
        return List.of();
    }
}
