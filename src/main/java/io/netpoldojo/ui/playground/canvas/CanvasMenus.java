package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.EditTarget;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The context menus of arrows, cards and zones. Editing a card or zone is answered by
 * {@link CanvasActions}; building policies (allow or deny an arrow, isolate, allow DNS, from this
 * namespace only) by {@link PolicyActions}, when the canvas has them.
 */
final class CanvasMenus {
    private final PlaygroundModel model;
    private final CanvasActions actions;
    private final PolicyActions policies;
    private ContextMenu openMenu;

    CanvasMenus(PlaygroundModel model, CanvasActions actions, PolicyActions policies) {
        this.model = model;
        this.actions = actions;
        this.policies = policies;
    }

    /** Whether policies can be built here (the Playground's canvas, not a diagram). */
    boolean buildsPolicies() {
        return policies != null;
    }

    /**
     * Asks to allow a connection drawn from one card to another: on a port it denies, or, when it
     * is already allowed because the destination is open to all, to let only this source in.
     */
    void allowDrawnConnection(String fromId, String toId) {
        Optional<Connection> c = model.evaluation().connections().get(fromId, toId);
        Optional<Port> denied = c.flatMap(a -> a.deniedPorts().stream().findFirst());
        if (denied.isEmpty() && destinationIsOpen(toId)) {
            policies.allowOnlyConnection(fromId, toId, c.flatMap(a -> a.allowedPorts().stream().findFirst()));
        } else {
            policies.allowConnection(fromId, toId, denied);
        }
    }

    /** A pod that no policy isolates for ingress, asked of every enabled policy whatever the step position. */
    private boolean destinationIsOpen(String toId) {
        io.netpoldojo.engine.Engine all = new io.netpoldojo.engine.Engine(
                new io.netpoldojo.ui.playground.model.PolicyBuilder(model).cluster());
        return all.endpoint(toId).filter(e -> e instanceof Pod).map(e -> !all.isIsolated(e, Direction.INGRESS))
                .orElse(false);
    }

    /** Whether there are menus at all: a diagram has no edit dialogs. */
    boolean available() {
        return actions != null;
    }

    void showForEndpoint(String id, Node owner, double screenX, double screenY) {
        show(endpointMenu(id), owner, screenX, screenY);
    }

    void showForZone(ZoneNode zone, double screenX, double screenY) {
        ContextMenu menu = new ContextMenu(
                item("Edit labels\u2026", "menu-namespace-labels", () -> actions.editNamespaceLabels(zone.namespace())));
        if (policies != null) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(policyItems(EditTarget.namespace(zone.namespace()), "every pod here"));
        }
        menu.getItems().addAll(new SeparatorMenuItem(), item("Delete namespace and its pods",
                "menu-delete-namespace", () -> model.deleteZone(zone.namespace())));
        show(menu, zone, screenX, screenY);
    }

    /** An arrow's menu: why, allow it on a port, deny it. */
    void showForArrow(Connection c, Node owner, double screenX, double screenY) {
        MenuItem header = new MenuItem(name(c.fromId()) + " \u2192 " + name(c.toId()));
        header.setId("menu-arrow-title");
        header.setDisable(true);
        ContextMenu menu = new ContextMenu(header, item("Why? Explain this arrow", "menu-arrow-why",
                () -> model.selectedConnectionProperty().set(Optional.of(c))));
        model.askTheClassProperty().get().ifPresent(ask -> menu.getItems().add(askItem(c, ask)));
        if (policies != null) {
            menu.getItems().add(new SeparatorMenuItem());
            // Allow only where something is denied: on a wholly open arrow it would have nothing to do.
            c.deniedPorts().stream().findFirst().ifPresent(denied -> menu.getItems().add(
                    item("Allow this connection on port\u2026 (" + denied + " is denied)", "menu-arrow-allow",
                            () -> policies.allowConnection(c.fromId(), c.toId(), Optional.of(denied)))));
            if (destinationIsOpen(c.toId())) {
                menu.getItems().add(item("Let only " + name(c.fromId()) + " reach " + name(c.toId()) + " on port\u2026",
                        "menu-arrow-allow-only", () -> policies.allowOnlyConnection(c.fromId(), c.toId(),
                                c.allowedPorts().stream().findFirst())));
            }
            c.allowedPorts().stream().findFirst().ifPresent(p -> menu.getItems().add(item(
                    "Deny this connection on " + p + "\u2026", "menu-arrow-deny",
                    () -> policies.denyConnection(c.fromId(), c.toId(), p))));
        }
        show(menu, owner, screenX, screenY);
    }

    /** "Ask the class about this arrow" (a demo being recorded): on its one port, or on a port of a submenu. */
    private MenuItem askItem(Connection c, java.util.function.BiConsumer<Connection, Port> ask) {
        List<Port> ports = new java.util.ArrayList<>(c.allowedPorts());
        ports.addAll(c.deniedPorts());
        ports.sort(null);
        if (ports.size() == 1) {
            return item("Ask the class about this arrow (" + ports.get(0) + ")", "menu-arrow-ask",
                    () -> ask.accept(c, ports.get(0)));
        }
        Menu menu = new Menu("Ask the class about this arrow");
        menu.setId("menu-arrow-ask");
        ports.forEach(p -> menu.getItems().add(item("On " + p, "menu-arrow-ask-" + p.toString().replace('/', '-'),
                () -> ask.accept(c, p))));
        return menu;
    }

    private static String name(String id) {
        return id.substring(id.indexOf('/') + 1);
    }

    private ContextMenu endpointMenu(String id) {
        boolean pod = model.workspace().endpoint(id).map(e -> e.endpoint() instanceof Pod).orElse(false);
        MenuItem rename = item("Rename\u2026", "menu-rename", () -> actions.rename(id));
        MenuItem focus = item(model.focusedEndpointProperty().get().equals(id) ? "Show all arrows" : "Focus on this",
                "menu-focus", () -> model.focusedEndpointProperty().set(
                        model.focusedEndpointProperty().get().equals(id) ? "" : id));
        MenuItem delete = item("Delete " + id.substring(id.indexOf('/') + 1), "menu-delete",
                () -> model.deleteEndpoint(id));
        ContextMenu menu = new ContextMenu();
        if (pod) {
            menu.getItems().addAll(rename, item("Edit labels\u2026", "menu-labels", () -> actions.editLabels(id)),
                    item("Edit ports\u2026", "menu-ports", () -> actions.editPorts(id)));
        } else {
            menu.getItems().addAll(rename, item("Edit address\u2026", "menu-address", () -> actions.editAddress(id)));
        }
        menu.getItems().add(focus);
        if (pod && policies != null) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(policyItems(EditTarget.pod(id), "this pod"));
        }
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        return menu;
    }

    /** Isolate (a submenu of three), allow DNS, allow from this namespace only. */
    private List<MenuItem> policyItems(EditTarget target, String what) {
        Menu isolate = new Menu("Isolate " + what);
        isolate.setId("menu-isolate");
        isolate.getItems().addAll(
                item("For ingress (deny what comes in)", "menu-isolate-ingress",
                        () -> policies.isolate(target, Set.of(Direction.INGRESS))),
                item("For egress (deny what goes out)", "menu-isolate-egress",
                        () -> policies.isolate(target, Set.of(Direction.EGRESS))),
                item("Both ways", "menu-isolate-both",
                        () -> policies.isolate(target, Set.of(Direction.INGRESS, Direction.EGRESS))));
        return List.of(isolate,
                item("Allow DNS\u2026", "menu-allow-dns", () -> policies.allowDns(target)),
                item("Allow from this namespace only\u2026", "menu-same-namespace",
                        () -> policies.allowFromOwnNamespaceOnly(target)));
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

    /**
     * A menu item whose action runs once the menu is closed: an action that opens a dialog would
     * otherwise leave the menu standing behind it until the dialog is done.
     */
    private MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            if (openMenu != null) {
                openMenu.hide();
            }
            action.run();
        });
        return item;
    }
}
