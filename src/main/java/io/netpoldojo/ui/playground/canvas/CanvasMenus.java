package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The context menus of cards and zones; what they ask for is answered by {@link CanvasActions}. */
final class CanvasMenus {
    private final PlaygroundModel model;
    private final CanvasActions actions;
    private ContextMenu openMenu;

    CanvasMenus(PlaygroundModel model, CanvasActions actions) {
        this.model = model;
        this.actions = actions;
    }

    /** Whether there are menus at all: a diagram has no edit dialogs. */
    boolean available() {
        return actions != null;
    }

    void showForEndpoint(String id, Node owner, double screenX, double screenY) {
        show(endpointMenu(id), owner, screenX, screenY);
    }

    void showForZone(ZoneNode zone, double screenX, double screenY) {
        show(new ContextMenu(
                item("Edit labels\u2026", "menu-namespace-labels", () -> actions.editNamespaceLabels(zone.namespace())),
                new SeparatorMenuItem(),
                item("Delete namespace and its pods", "menu-delete-namespace",
                        () -> model.deleteZone(zone.namespace()))), zone, screenX, screenY);
    }

    private ContextMenu endpointMenu(String id) {
        boolean pod = model.workspace().endpoint(id).map(e -> e.endpoint() instanceof Pod).orElse(false);
        MenuItem rename = item("Rename\u2026", "menu-rename", () -> actions.rename(id));
        MenuItem focus = item(model.focusedEndpointProperty().get().equals(id) ? "Show all arrows" : "Focus on this",
                "menu-focus", () -> model.focusedEndpointProperty().set(
                        model.focusedEndpointProperty().get().equals(id) ? "" : id));
        MenuItem delete = item("Delete", "menu-delete", () -> model.deleteEndpoint(id));
        ContextMenu menu = new ContextMenu();
        if (pod) {
            menu.getItems().addAll(rename, item("Edit labels\u2026", "menu-labels", () -> actions.editLabels(id)),
                    item("Edit ports\u2026", "menu-ports", () -> actions.editPorts(id)));
        } else {
            menu.getItems().addAll(rename, item("Edit address\u2026", "menu-address", () -> actions.editAddress(id)));
        }
        menu.getItems().addAll(focus, new SeparatorMenuItem(), delete);
        return menu;
    }

    /**
     * Context menus open on the secondary button's press (the platform's context-menu event does
     * not come on every platform, e.g. headless), one at a time.
     */
    private void show(ContextMenu menu, Node owner, double screenX, double screenY) {
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menu;
        menu.show(owner, screenX, screenY);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
