package io.netpoldojo.ui.playground;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.files.TextFiles;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.LoaderFault;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.Place;
import io.netpoldojo.userdata.AtomicFiles;
import io.netpoldojo.userdata.UserFile;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Starter;
import io.netpoldojo.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The Playground place: a canvas where people build a small cluster, apply policies one by one
 * and watch connections open and close. Owns the model, its autosave and its files.
 */
public final class PlaygroundPlace implements Place {
    public static final String ID = "playground";
    private static final String OWN_PORTS = "each destination's own ports";
    private static final String AUTOSAVE_FILE = "playground.yaml";

    private final AppContext context;
    /** Built when first needed; see {@link #model()}. */
    private PlaygroundModel model;
    private final ScenarioFiles files = new ScenarioFiles();
    private final Autosave autosave;
    private final javafx.collections.ObservableList<RecipeEntry> recipes = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<Path>> file = new SimpleObjectProperty<>(Optional.empty());
    private Workspace savedState;
    private PlaygroundView view;
    private String startupMessage = "";
    private boolean offerFreshStart;
    /** The autosave said the canvas had changes its file lacks. */
    private boolean restoredUnsaved;
    private final ToggleButton matrixToggle = new ToggleButton("Matrix");

    public PlaygroundPlace(AppContext context) {
        this.context = context;
        context.content().whenLoaded(c -> recipes.setAll(c.recipes().stream().map(RecipeEntry::of).toList()));
        this.autosave = new Autosave(context.dataDir().file(AUTOSAVE_FILE), context.tasks(), Duration.millis(400));
        autosave.startSession();
        autosave.setOnProblem(this::showProblem);
        registerShortcuts();
    }

    /**
     * The canvas's model, built the first time anything needs it (the Playground shown, a scenario
     * opened into it, a shortcut): reading and parsing the autosaved canvas is then no work for the
     * app's first frame unless that frame shows the Playground.
     */
    public PlaygroundModel model() {
        if (model == null) {
            model = new PlaygroundModel(new PolicyDrafts(), initialWorkspace());
            savedState = restoredUnsaved ? null : model.workspace();
            model.setOnChanged(() -> {
                scheduleAutosave();
                refreshFileText();
            });
        }
        return model;
    }

    /** Autosaves soon: the canvas, the file it belongs to and whether that file is behind it. */
    private void scheduleAutosave() {
        autosave.schedule(() -> new Autosave.Saved(files.write(model.workspace(), model.drafts()), file.get(),
                !model.workspace().equals(savedState)));
    }

    /**
     * The autosaved canvas when there is one (after a crash too, with an offer to start fresh),
     * else the first-run scenario. A damaged autosave is set aside, never lost.
     */
    private Workspace initialWorkspace() {
        Autosave.Read read = autosave.read();
        read.notice().ifPresent(notice -> startupMessage = notice);
        if (read.saved().isEmpty()) {
            return Starter.microservices();
        }
        Autosave.Saved saved = read.saved().get();
        ScenarioFiles.Opened opened = files.read(AUTOSAVE_FILE, saved.scenario());
        if (opened.workspace().isEmpty()) {
            startupMessage = autosave.setAside("it does not load: " + opened.diagnostics().stream().findFirst()
                    .map(Diagnostic::toString).orElse("unknown problem"));
            return Starter.microservices();
        }
        // The canvas is back with the file it belongs to; unsaved changes stay marked as such.
        file.set(saved.file());
        restoredUnsaved = saved.unsaved();
        if (autosave.previousSessionCrashed()) {
            startupMessage = "NetPol Dojo did not close normally last time. Your Playground has been restored as it"
                    + " was" + saved.file().map(f -> ", with " + f.getFileName() + (saved.unsaved()
                            ? " and the changes you had not saved to it" : "")).orElse("") + ".";
            offerFreshStart = true;
        }
        return opened.workspace().get();
    }

    /**
     * Replaces the canvas with a scenario from elsewhere (a lesson diagram, a quiz card, a demo)
     * and shows the Playground; undoable, so the person's own canvas is one Ctrl+Z away.
     */
    public void openScenario(String title, Workspace workspace) {
        model().replaceWorkspace("open " + title, workspace);
        file.set(Optional.empty());
        savedState = null;
        context.showPlace(ID);
        if (view != null) {
            view.showBanner("Opened \"" + title + "\" from the app. Your previous canvas is one undo away (Ctrl+Z).",
                    Optional.empty());
            javafx.application.Platform.runLater(view.canvas()::fitToView);
        }
        refreshFileText();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Playground";
    }

    @Override
    public String iconPath() {
        return "M6 6h4v4H6z M14 14h4v4h-4z M14 6h4v4h-4z M10 8h4 M16 10v4 M8 10v6h6";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new PlaygroundView(model(), recipes);
            view.setOnDragOver(e -> {
                if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(PlaygroundPlace::isYaml)) {
                    e.acceptTransferModes(TransferMode.COPY);
                }
                e.consume();
            });
            view.setOnDragDropped(e -> {
                Optional<File> f = e.getDragboard().getFiles().stream().filter(PlaygroundPlace::isYaml).findFirst();
                f.ifPresent(x -> open(x.toPath()));
                e.setDropCompleted(f.isPresent());
                e.consume();
            });
            if (!startupMessage.isEmpty()) {
                Optional<Button> fresh = Optional.empty();
                if (offerFreshStart) {
                    Button b = new Button("Start fresh instead");
                    b.setOnAction(e -> {
                        newScenario();
                        view.hideBanner();
                    });
                    fresh = Optional.of(b);
                }
                view.showBanner(startupMessage, fresh);
            }
            matrixToggle.selectedProperty().addListener((o, a, on) -> view.setMatrixVisible(on));
            refreshFileText();
            // Fit once the view has its real size: the first layout pass after it is shown.
            view.canvas().viewportBoundsProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.geometry.Bounds> o,
                                    javafx.geometry.Bounds a, javafx.geometry.Bounds b) {
                    if (b.getWidth() > 0) {
                        view.canvas().viewportBoundsProperty().removeListener(this);
                        javafx.application.Platform.runLater(view.canvas()::fitToView);
                    }
                }
            });
        }
        return view;
    }

    private static boolean isYaml(File f) {
        String name = f.getName().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    @Override
    public void onShown() {
        if (view != null) {
            view.canvas().setAnimating(true);
        }
    }

    @Override
    public void onHidden() {
        if (view != null) {
            view.canvas().setAnimating(false);
        }
    }

    @Override
    public void onAppStop() {
        autosave.endSession();
    }

    // ---- toolbar, menus, keys -----------------------------------------------------------------

    @Override
    public List<Node> toolbarItems() {
        Button undo = toolButton("\u21b6", "undo", () -> model().undo());
        undo.disableProperty().bind(model().canUndoProperty().not());
        undo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip("Undo " + model().undoDescriptionProperty().get() + " (Ctrl+Z)"),
                model().undoDescriptionProperty()));
        Button redo = toolButton("\u21b7", "redo", () -> model().redo());
        redo.disableProperty().bind(model().canRedoProperty().not());
        redo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip("Redo " + model().redoDescriptionProperty().get() + " (Ctrl+Shift+Z)"),
                model().redoDescriptionProperty()));

        Label portLabel = new Label("Arrows on");
        ComboBox<String> port = new ComboBox<>(FXCollections.observableArrayList(OWN_PORTS, "80/TCP", "443/TCP",
                "8080/TCP", "3306/TCP", "6379/TCP", "53/UDP", "53/TCP"));
        port.setId("port-filter");
        port.setEditable(true);
        port.setValue(OWN_PORTS);
        port.setPrefWidth(210);
        port.setTooltip(new Tooltip("Which port the arrows are about: one port for all, or each destination's own"
                + " container ports (outside endpoints: 443/TCP). Type any port, e.g. 9090/TCP."));
        port.valueProperty().addListener((o, a, v) -> {
            if (v == null || v.isBlank() || v.equals(OWN_PORTS)) {
                model().portFilterProperty().set(PortFilter.OWN_PORTS);
                return;
            }
            Optional<Port> p = Port.parse(v.trim());
            if (p.isPresent()) {
                model().portFilterProperty().set(PortFilter.of(p.get()));
            } else {
                port.getEditor().setText(a);
            }
        });

        CheckBox hideDenied = new CheckBox("Hide denied");
        hideDenied.setId("hide-denied");
        hideDenied.selectedProperty().bindBidirectional(model().hideDeniedProperty());
        Button clearFocus = toolButton("Show all arrows", "clear-focus", () -> model().focusedEndpointProperty().set(""));
        clearFocus.visibleProperty().bind(model().focusedEndpointProperty().isNotEmpty());
        clearFocus.managedProperty().bind(clearFocus.visibleProperty());
        matrixToggle.setId("matrix-toggle");
        matrixToggle.setTooltip(new Tooltip("Show the truth table beside the canvas (Ctrl+M)"));
        Button layout = toolButton("Auto-layout", "auto-layout", () -> model().autoLayout());
        layout.setTooltip(new Tooltip("Tidy the canvas (Ctrl+L)"));
        return List.of(undo, redo, new Separator(javafx.geometry.Orientation.VERTICAL), portLabel, port, hideDenied,
                clearFocus, matrixToggle, layout);
    }

    @Override
    public List<javafx.scene.control.Menu> menus() {
        javafx.scene.control.Menu canvas = new javafx.scene.control.Menu("Canvas");
        canvas.setId("menu-canvas");
        javafx.scene.control.CheckMenuItem snap = new javafx.scene.control.CheckMenuItem("Snap to grid");
        snap.setId("menu-snap");
        snap.selectedProperty().bindBidirectional(model().snapToGridProperty());
        javafx.scene.control.CheckMenuItem hide = new javafx.scene.control.CheckMenuItem("Hide denied arrows");
        hide.selectedProperty().bindBidirectional(model().hideDeniedProperty());
        MenuItem focus = new MenuItem("Focus on the selected pod");
        focus.setOnAction(e -> model().focusedEndpointProperty().set(model().selectedEndpointProperty().get()));
        focus.disableProperty().bind(model().selectedEndpointProperty().isEmpty());
        MenuItem all = new MenuItem("Show all arrows");
        all.setOnAction(e -> model().focusedEndpointProperty().set(""));
        MenuItem layout = new MenuItem("Auto-layout");
        layout.setOnAction(e -> model().autoLayout());
        MenuItem zoomIn = new MenuItem("Zoom in");
        zoomIn.setOnAction(e -> zoomBy(1.2));
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setOnAction(e -> zoomBy(1 / 1.2));
        MenuItem zoomReset = new MenuItem("Actual size");
        zoomReset.setOnAction(e -> zoomBy(0));
        MenuItem fit = new MenuItem("Fit to window");
        fit.setId("menu-fit");
        fit.setOnAction(e -> view.canvas().fitToView());
        canvas.getItems().addAll(snap, hide, focus, all, new javafx.scene.control.SeparatorMenuItem(), layout,
                new javafx.scene.control.SeparatorMenuItem(), zoomIn, zoomOut, zoomReset, fit);
        return List.of(canvas);
    }

    /** Multiplies the canvas zoom (0 resets it), within 40% to 300%. */
    private void zoomBy(double factor) {
        if (view != null) {
            var zoom = view.canvas().zoomProperty();
            zoom.set(factor == 0 ? 1 : Math.max(0.4, Math.min(3, zoom.get() * factor)));
        }
    }

    private static Button toolButton(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public List<MenuItem> fileMenuItems() {
        return List.of(
                menuItem("New scenario", "menu-new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        this::newScenario),
                menuItem("Open\u2026", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        this::chooseAndOpen),
                menuItem("Save", "menu-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        this::save),
                menuItem("Save As\u2026", "menu-save-as", new KeyCodeCombination(KeyCode.S,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::saveAs),
                menuItem("Export for cluster\u2026", "menu-export", new KeyCodeCombination(KeyCode.E,
                        KeyCombination.SHORTCUT_DOWN), this::export));
    }

    private MenuItem menuItem(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        context.shortcuts().describe(ID, keys, text.replace("\u2026", ""));
        return item;
    }

    private void registerShortcuts() {
        var keys = context.shortcuts();
        keys.register(ID, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), "Undo", () -> model().undo());
        keys.register(ID, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                "Redo", () -> model().redo());
        keys.register(ID, new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), "Redo (also)", () -> model().redo());
        keys.register(ID, new KeyCodeCombination(KeyCode.DELETE), "Delete the selected pod or endpoint", () -> {
            String id = model().selectedEndpointProperty().get();
            if (!id.isEmpty()) {
                model().deleteEndpoint(id);
            }
        });
        keys.register(ID, new KeyCodeCombination(KeyCode.CLOSE_BRACKET), "Apply the next policy", () -> model().stepForward());
        keys.register(ID, new KeyCodeCombination(KeyCode.OPEN_BRACKET), "Step back one policy", () -> model().stepBack());
        keys.register(ID, new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), "Auto-layout",
                () -> model().autoLayout());
        keys.register(ID, new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), "Show or hide the truth table",
                () -> matrixToggle.setSelected(!matrixToggle.isSelected()));
        keys.register(ID, new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), "Hide or show denied arrows",
                () -> model().hideDeniedProperty().set(!model().hideDeniedProperty().get()));
        keys.register(ID, new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), "Zoom in",
                () -> zoomBy(1.2));
        keys.register(ID, new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), "Zoom out",
                () -> zoomBy(1 / 1.2));
        keys.register(ID, new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), "Zoom to actual size",
                () -> zoomBy(0));
    }

    // ---- files --------------------------------------------------------------------------------

    void newScenario() {
        model().replaceWorkspace("new scenario", Starter.microservices());
        file.set(Optional.empty());
        savedState = model().workspace();
        scheduleAutosave();
        refreshFileText();
    }

    private void chooseAndOpen() {
        FileChooser chooser = chooser("Open a scenario or manifests");
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens a file; on errors nothing changes and the errors are shown with their lines. */
    public boolean open(Path path) {
        TextFiles.Read read = TextFiles.readUtf8(path, UserFile.MAX_BYTES, Optional.empty());
        if (!(read instanceof TextFiles.Text text)) {
            showProblem("Could not read " + path + ": " + (read instanceof TextFiles.Problem p ? p.reason()
                    : "no such file") + ".");
            return false;
        }
        ScenarioFiles.Opened opened;
        try {
            opened = files.read(path.getFileName().toString(), text.text());
        } catch (LoaderFault e) {
            showProblem("NetPol Dojo could not open " + path.getFileName() + " because of a fault of its own (" + e
                    + "). Nothing was changed; please report it with the file.");
            return false;
        }
        if (opened.workspace().isEmpty()) {
            showErrors("Could not open " + path.getFileName(), opened.diagnostics());
            return false;
        }
        model().replaceWorkspace("open " + path.getFileName(), opened.workspace().get());
        if (view != null) {
            javafx.application.Platform.runLater(view.canvas()::fitToView);
        }
        file.set(Optional.of(path));
        savedState = model().workspace();
        scheduleAutosave();
        refreshFileText();
        List<Diagnostic> notes = opened.diagnostics();
        if (view != null) {
            String laidOut = opened.laidOut() ? " Laid out automatically." : "";
            view.showBanner("Opened " + path.getFileName() + "." + laidOut + (notes.isEmpty() ? ""
                    : " " + notes.size() + " note" + (notes.size() == 1 ? "" : "s") + ": "
                    + notes.stream().limit(2).map(Diagnostic::toString).collect(Collectors.joining("; "))),
                    Optional.empty());
        }
        return true;
    }

    public boolean save() {
        return file.get().map(this::saveTo).orElseGet(this::saveAs);
    }

    private boolean saveAs() {
        FileChooser chooser = chooser("Save the scenario");
        chooser.setInitialFileName(file.get().map(p -> p.getFileName().toString()).orElse("scenario.yaml"));
        File f = chooser.showSaveDialog(window());
        return f != null && saveTo(f.toPath());
    }

    /** Writes the scenario atomically; the file keeps the layout and everything the canvas holds. */
    public boolean saveTo(Path path) {
        try {
            AtomicFiles.write(path, files.write(model().workspace(), model().drafts()));
        } catch (IOException e) {
            showProblem("Could not save " + path + ": " + e.getMessage());
            return false;
        }
        file.set(Optional.of(path));
        savedState = model().workspace();
        scheduleAutosave();
        refreshFileText();
        return true;
    }

    private void export() {
        FileChooser chooser = chooser("Export for a cluster (kubectl apply -f)");
        chooser.setInitialFileName("netpol-export.yaml");
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            exportTo(f.toPath());
        }
    }

    /** Only what a cluster needs: no layout, no outside endpoints, no switched-off policies. */
    public boolean exportTo(Path path) {
        try {
            AtomicFiles.write(path, files.exportForCluster(model().workspace(), model().drafts()));
            return true;
        } catch (IOException e) {
            showProblem("Could not export to " + path + ": " + e.getMessage());
            return false;
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        file.get().map(Path::getParent).map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private javafx.stage.Window window() {
        return view == null || view.getScene() == null ? null : view.getScene().getWindow();
    }

    private void refreshFileText() {
        if (view == null) {
            return;
        }
        String name = file.get().map(p -> p.getFileName().toString()).orElse("untitled scenario");
        view.setFileText(name + (model().workspace().equals(savedState) ? "" : " \u2022 unsaved"));
    }

    private void showProblem(String message) {
        if (view != null) {
            view.showBanner(message, Optional.empty());
        } else {
            startupMessage = message;
        }
    }

    /** A non-blocking window listing every error as file:line:col: path: message. */
    private void showErrors(String title, List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        diagnostics.forEach(d -> lines.add(d.toString()));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(title);
        alert.setHeaderText(title + ": " + diagnostics.stream().filter(Diagnostic::isError).count()
                + " error(s). Nothing was changed.");
        TextArea text = new TextArea(String.join("\n", lines));
        text.setId("open-errors");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(10);
        text.setPrefColumnCount(90);
        alert.getDialogPane().setContent(text);
        if (window() != null) {
            alert.initOwner(window());
        }
        alert.show();
    }
}
