package io.netpoldojo.ui.playground;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.playground.files.CanvasFiles;
import io.netpoldojo.ui.playground.files.PictureExport;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.Drawings;
import io.netpoldojo.workspace.PortFilter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Playground's controls outside its view: the toolbar, the Canvas and File menus, and its
 * keyboard shortcuts. Each is a one-line call into the model, the files or the view.
 */
final class PlaygroundControls {
    private static final String OWN_PORTS = "their own ports";
    private static final String ID = PlaygroundPlace.ID;

    private final AppContext context;
    private final Supplier<PlaygroundModel> model;
    private final Supplier<Optional<PlaygroundView>> view;
    private final CanvasFiles files;
    private final ToggleButton matrixToggle;

    PlaygroundControls(AppContext context, Supplier<PlaygroundModel> model, Supplier<Optional<PlaygroundView>> view,
                       CanvasFiles files, ToggleButton matrixToggle) {
        this.context = context;
        this.model = model;
        this.view = view;
        this.files = files;
        this.matrixToggle = matrixToggle;
    }

    List<Node> toolbarItems() {
        Button undo = toolButton("\u21b6", "undo", () -> model.get().undo());
        undo.disableProperty().bind(model.get().canUndoProperty().not());
        undo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip("Undo " + model.get().undoDescriptionProperty().get() + " (Ctrl+Z)"),
                model.get().undoDescriptionProperty()));
        Button redo = toolButton("\u21b7", "redo", () -> model.get().redo());
        redo.disableProperty().bind(model.get().canRedoProperty().not());
        redo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip("Redo " + model.get().redoDescriptionProperty().get() + " (Ctrl+Shift+Z)"),
                model.get().redoDescriptionProperty()));

        Label portLabel = new Label("Arrows on");
        ComboBox<String> port = new ComboBox<>(FXCollections.observableArrayList(OWN_PORTS, "80/TCP", "443/TCP",
                "8080/TCP", "3306/TCP", "6379/TCP", "53/UDP", "53/TCP"));
        port.setId("port-filter");
        port.setEditable(true);
        port.setValue(OWN_PORTS);
        port.setPrefWidth(162);
        port.setTooltip(new Tooltip("Which port the arrows are about: one port for all, or \"their own ports\": each"
                + " destination's container ports (outside endpoints: 443/TCP). Type any port, e.g. 9090/TCP."));
        port.valueProperty().addListener((o, a, v) -> {
            if (v == null || v.isBlank() || v.equals(OWN_PORTS)) {
                model.get().portFilterProperty().set(PortFilter.OWN_PORTS);
                return;
            }
            Optional<Port> p = Port.parse(v.trim());
            if (p.isPresent()) {
                model.get().portFilterProperty().set(PortFilter.of(p.get()));
            } else {
                port.getEditor().setText(a);
            }
        });

        CheckBox hideDenied = new CheckBox("Hide denied");
        hideDenied.setId("hide-denied");
        hideDenied.selectedProperty().bindBidirectional(model.get().hideDeniedProperty());
        ToggleButton focus = focusToggle();
        matrixToggle.setId("matrix-toggle");
        matrixToggle.setTooltip(new Tooltip("Show the truth table beside the canvas (Ctrl+M)"));
        Button layout = toolButton("Auto-layout", "auto-layout", () -> model.get().autoLayout());
        layout.setTooltip(new Tooltip("Tidy the canvas (Ctrl+L)"));
        // Undo and redo as one pair, set off from the canvas's view controls by space rather than a line:
        // the whole row fits a 1024-pixel window.
        javafx.scene.layout.HBox history = new javafx.scene.layout.HBox(2, undo, redo);
        history.setPadding(new javafx.geometry.Insets(0, 10, 0, 0));
        return List.of(history, portLabel, port, hideDenied, focus, matrixToggle, layout, intentToggle());
    }

    /**
     * One click from a busy canvas to one pod's arrows: on, only the selected pod's arrows show
     * (a double-click on a pod does the same); off, all of them again.
     */
    private ToggleButton focusToggle() {
        ToggleButton focus = new ToggleButton("Focus");
        focus.setId("focus-toggle");
        focus.setTooltip(new Tooltip("Show only the selected pod's arrows (or double-click a pod); click again for all"));
        var focused = model.get().focusedEndpointProperty();
        var selected = model.get().selectedEndpointProperty();
        focus.setSelected(!focused.get().isEmpty());
        focused.addListener((o, a, now) -> focus.setSelected(!now.isEmpty()));
        focus.disableProperty().bind(focused.isEmpty().and(selected.isEmpty()));
        focus.setOnAction(e -> focused.set(focused.get().isEmpty() ? selected.get() : ""));
        return focus;
    }

    /** "Draw intent": on, the arrows are what should be; the app writes the policies for it. */
    private ToggleButton intentToggle() {
        ToggleButton toggle = new ToggleButton("Draw intent");
        toggle.setId("intent-toggle");
        toggle.setTooltip(new Tooltip("Mark which arrows must be allowed; the app writes the policies that do"
                + " exactly that, and proves it"));
        var intent = model.get().intent();
        toggle.setSelected(intent.activeProperty().get());
        intent.activeProperty().addListener((o, a, on) -> toggle.setSelected(on));
        toggle.setOnAction(e -> {
            if (toggle.isSelected()) {
                intent.start();
            } else {
                intent.stop();
            }
        });
        return toggle;
    }

    List<javafx.scene.control.Menu> menus() {
        javafx.scene.control.Menu canvas = new javafx.scene.control.Menu("Canvas");
        canvas.setId("menu-canvas");
        javafx.scene.control.CheckMenuItem snap = new javafx.scene.control.CheckMenuItem("Snap to grid");
        snap.setId("menu-snap");
        snap.selectedProperty().bindBidirectional(model.get().snapToGridProperty());
        javafx.scene.control.CheckMenuItem hide = new javafx.scene.control.CheckMenuItem("Hide denied arrows");
        hide.selectedProperty().bindBidirectional(model.get().hideDeniedProperty());
        MenuItem focus = new MenuItem("Focus on the selected pod");
        focus.setOnAction(e -> model.get().focusedEndpointProperty().set(model.get().selectedEndpointProperty().get()));
        focus.disableProperty().bind(model.get().selectedEndpointProperty().isEmpty());
        MenuItem all = new MenuItem("Show all arrows");
        all.setOnAction(e -> model.get().focusedEndpointProperty().set(""));
        MenuItem layout = new MenuItem("Auto-layout");
        layout.setOnAction(e -> model.get().autoLayout());
        MenuItem intent = new MenuItem("Draw the intent\u2026");
        intent.setId("menu-draw-intent");
        intent.setOnAction(e -> model.get().intent().start());
        MenuItem zoomIn = new MenuItem("Zoom in");
        zoomIn.setOnAction(e -> zoomBy(1.2));
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setOnAction(e -> zoomBy(1 / 1.2));
        MenuItem zoomReset = new MenuItem("Actual size");
        zoomReset.setOnAction(e -> zoomBy(0));
        MenuItem fit = new MenuItem("Fit to window");
        fit.setId("menu-fit");
        fit.setOnAction(e -> view.get().ifPresent(v -> v.canvas().fitToView()));
        canvas.getItems().addAll(snap, hide, focus, all, new javafx.scene.control.SeparatorMenuItem(), intent, layout,
                new javafx.scene.control.SeparatorMenuItem(), zoomIn, zoomOut, zoomReset, fit);
        return List.of(editMenu(), canvas);
    }

    /** Multiplies the canvas zoom (0 resets it), within 40% to 300%. */
    private void zoomBy(double factor) {
        view.get().ifPresent(v -> {
            var zoom = v.canvas().zoomProperty();
            zoom.set(factor == 0 ? 1 : Math.max(0.4, Math.min(3, zoom.get() * factor)));
        });
    }

    private static Button toolButton(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    List<MenuItem> fileMenuItems() {
        MenuItem starter = new MenuItem("New from the microservices starter");
        starter.setId("menu-new-starter");
        starter.setOnAction(e -> files.newStarter());
        return List.of(
                menuItem("New empty canvas", "menu-new", new KeyCodeCombination(KeyCode.N,
                        KeyCombination.SHORTCUT_DOWN), files::newEmpty),
                starter,
                menuItem("Open\u2026", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        files::chooseAndOpen),
                openRecent(),
                menuItem("Save", "menu-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        files::save),
                menuItem("Save As\u2026", "menu-save-as", new KeyCodeCombination(KeyCode.S,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), files::saveAs),
                menuItem("Export for cluster\u2026", "menu-export", new KeyCodeCombination(KeyCode.E,
                        KeyCombination.SHORTCUT_DOWN), files::export),
                menuItem("Export picture (PNG or SVG)\u2026", "menu-export-picture", new KeyCodeCombination(KeyCode.E,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::exportPicture));
    }

    /** The canvas as it is now (its step, its port, its theme) as a picture. */
    private void exportPicture() {
        view.get().ifPresent(v -> PictureExport.ask(v, "playground", () -> Drawings.of(model.get().workspace(),
                model.get().evaluation().connections()), v::say));
    }

    /** File > Open Recent, filled each time it opens from the files opened or saved lately. */
    private javafx.scene.control.Menu openRecent() {
        javafx.scene.control.Menu recent = new javafx.scene.control.Menu("Open Recent");
        recent.setId("menu-open-recent");
        MenuItem none = new MenuItem("No recent files");
        none.setDisable(true);
        recent.getItems().add(none);
        recent.setOnShowing(e -> {
            List<MenuItem> items = new java.util.ArrayList<>();
            for (java.nio.file.Path p : files.recentFiles()) {
                MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(x -> files.open(p));
                items.add(item);
            }
            recent.getItems().setAll(items.isEmpty() ? List.of(none) : items);
        });
        return recent;
    }

    /**
     * Edit: undo and redo (saying what), and the deletions, labelled with what they delete. The
     * accelerators are for show: the keys are the Playground's shortcuts, which act first.
     */
    private javafx.scene.control.Menu editMenu() {
        PlaygroundModel m = model.get();
        javafx.scene.control.Menu edit = new javafx.scene.control.Menu("Edit");
        edit.setId("menu-edit");
        MenuItem undo = new MenuItem();
        undo.setId("menu-undo");
        undo.textProperty().bind(javafx.beans.binding.Bindings.concat("Undo ", m.undoDescriptionProperty()));
        undo.disableProperty().bind(m.canUndoProperty().not());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> m.undo());
        MenuItem redo = new MenuItem();
        redo.setId("menu-redo");
        redo.textProperty().bind(javafx.beans.binding.Bindings.concat("Redo ", m.redoDescriptionProperty()));
        redo.disableProperty().bind(m.canRedoProperty().not());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> m.redo());
        MenuItem deletePod = new MenuItem();
        deletePod.setId("menu-delete-selected");
        deletePod.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String id = m.selectedEndpointProperty().get();
            return id.isEmpty() ? "Delete the selected pod" : "Delete " + id;
        }, m.selectedEndpointProperty()));
        deletePod.disableProperty().bind(m.selectedEndpointProperty().isEmpty());
        deletePod.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        deletePod.setOnAction(e -> m.deleteEndpoint(m.selectedEndpointProperty().get()));
        MenuItem deletePolicy = new MenuItem("Delete the selected policy");
        deletePolicy.setId("menu-delete-policy");
        deletePolicy.disableProperty().bind(m.selectedPolicyProperty().isEmpty());
        deletePolicy.setOnAction(e -> m.deletePolicy(m.selectedPolicyProperty().get()));
        MenuItem duplicate = new MenuItem("Duplicate the selected policy");
        duplicate.disableProperty().bind(m.selectedPolicyProperty().isEmpty());
        duplicate.setOnAction(e -> m.duplicatePolicy(m.selectedPolicyProperty().get()));
        edit.getItems().addAll(undo, redo, new javafx.scene.control.SeparatorMenuItem(), deletePod, deletePolicy,
                duplicate);
        return edit;
    }

    private MenuItem menuItem(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        context.shortcuts().describe(ID, keys, text.replace("\u2026", ""));
        return item;
    }

    void registerShortcuts() {
        var keys = context.shortcuts();
        keys.register(ID, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), "Undo", () -> model.get().undo());
        keys.register(ID, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                "Redo", () -> model.get().redo());
        keys.register(ID, new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), "Redo (also)", () -> model.get().redo());
        keys.register(ID, new KeyCodeCombination(KeyCode.DELETE), "Delete the selected pod or endpoint", () -> {
            String id = model.get().selectedEndpointProperty().get();
            if (!id.isEmpty()) {
                model.get().deleteEndpoint(id);
            }
        });
        keys.register(ID, new KeyCodeCombination(KeyCode.CLOSE_BRACKET), "Apply the next policy", () -> model.get().stepForward());
        keys.register(ID, new KeyCodeCombination(KeyCode.OPEN_BRACKET), "Step back one policy", () -> model.get().stepBack());
        keys.register(ID, new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), "Auto-layout",
                () -> model.get().autoLayout());
        keys.register(ID, new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), "Show or hide the truth table",
                () -> matrixToggle.setSelected(!matrixToggle.isSelected()));
        keys.register(ID, new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), "Hide or show denied arrows",
                () -> model.get().hideDeniedProperty().set(!model.get().hideDeniedProperty().get()));
        keys.register(ID, new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), "Zoom in",
                () -> zoomBy(1.2));
        keys.register(ID, new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), "Zoom out",
                () -> zoomBy(1 / 1.2));
        keys.register(ID, new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), "Zoom to actual size",
                () -> zoomBy(0));
    }
}
