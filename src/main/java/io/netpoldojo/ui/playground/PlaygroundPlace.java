package io.netpoldojo.ui.playground;

import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.Place;
import io.netpoldojo.ui.playground.files.Autosave;
import io.netpoldojo.ui.playground.files.CanvasFiles;
import io.netpoldojo.ui.playground.files.FileHistory;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.panels.RecipeEntry;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Starter;
import io.netpoldojo.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.TransferMode;
import javafx.util.Duration;

/**
 * The Playground place: a canvas where people build a small cluster, apply policies one by one
 * and watch connections open and close. Owns the model, its autosave and its files.
 */
public final class PlaygroundPlace implements Place {
    public static final String ID = "playground";
    /** The navigation icon; a constant so the app can list the place before building it. */
    public static final String ICON = "M6 6h4v4H6z M14 14h4v4h-4z M14 6h4v4h-4z M10 8h4 M16 10v4 M8 10v6h6";
    private static final String AUTOSAVE_FILE = "playground.yaml";
    /** Which file the canvas belongs to, and the recent files. */
    private static final String FILE_HISTORY = "playground-files.txt";

    private final AppContext context;
    /** Built when first needed; see {@link #model()}. */
    private PlaygroundModel model;
    private final ScenarioFiles scenarioFiles = new ScenarioFiles();
    private final Autosave autosave;
    private final javafx.collections.ObservableList<RecipeEntry> recipes = FXCollections.observableArrayList();
    private final CanvasFiles files;
    private final PlaygroundControls controls;
    private PlaygroundView view;
    private String startupMessage = "";
    private boolean offerFreshStart;
    private final ToggleButton matrixToggle = new ToggleButton("Matrix");
    private final List<Node> extraOverlays = new java.util.ArrayList<>();
    private final List<MenuItem> extraCanvasItems = new java.util.ArrayList<>();

    public PlaygroundPlace(AppContext context) {
        this.context = context;
        context.content().whenLoaded(c -> recipes.setAll(c.recipes().stream().map(RecipeEntry::of).toList()));
        this.autosave = new Autosave(context.dataDir().file(AUTOSAVE_FILE), context.tasks(), Duration.millis(400));
        autosave.startSession();
        autosave.setOnProblem(this::showProblem);
        files = new CanvasFiles(this::model, new FilesScreen(),
                new FileHistory(context.dataDir().file(FILE_HISTORY), this::showProblem));
        controls = new PlaygroundControls(context, this::model, () -> Optional.ofNullable(view), files, matrixToggle);
        controls.registerShortcuts();
    }

    /**
     * The canvas's model, built the first time anything needs it (the Playground shown, a scenario
     * opened into it, a shortcut): reading and parsing the autosaved canvas is then no work for the
     * app's first frame unless that frame shows the Playground.
     */
    public PlaygroundModel model() {
        if (model == null) {
            Restored restored = restore();
            model = new PlaygroundModel(new PolicyDrafts(), restored == null ? Starter.microservices()
                    : restored.workspace());
            model.setOnChanged(() -> {
                scheduleAutosave();
                files.refreshFileText();
            });
            files.setOnFileChanged(this::scheduleAutosave);
            // The canvas comes back with the file it belongs to; unsaved changes stay marked as such.
            files.attach(restored == null ? Optional.empty() : restored.saved().file(),
                    restored != null && restored.saved().unsaved() ? null : model.workspace());
        }
        return model;
    }

    /** Autosaves soon: the canvas, the file it belongs to and whether that file is behind it. */
    private void scheduleAutosave() {
        autosave.schedule(() -> new Autosave.Saved(scenarioFiles.write(model.workspace(), model.drafts()),
                files.file(), files.unsaved()));
    }

    /**
     * The autosaved canvas when there is one that loads (after a crash too, with an offer to start
     * fresh), else null for the first-run scenario. A damaged autosave is set aside, never lost, and
     * the banner says which file, why and where it now is.
     */
    private Restored restore() {
        Autosave.Read read = autosave.read();
        read.notice().ifPresent(notice -> startupMessage = notice);
        if (read.saved().isEmpty()) {
            return null;
        }
        Autosave.Saved saved = read.saved().get();
        ScenarioFiles.Opened opened = scenarioFiles.read(AUTOSAVE_FILE, saved.scenario());
        if (opened.workspace().isEmpty()) {
            startupMessage = autosave.setAside("it does not load: " + opened.diagnostics().stream().findFirst()
                    .map(Diagnostic::toString).orElse("unknown problem"));
            return null;
        }
        if (autosave.previousSessionCrashed()) {
            startupMessage = "NetPol Dojo did not close normally last time. Your Playground has been restored as it"
                    + " was" + saved.file().map(f -> ", with " + f.getFileName() + (saved.unsaved()
                            ? " and the changes you had not saved to it" : "")).orElse("") + ".";
            offerFreshStart = true;
        }
        return new Restored(opened.workspace().get(), saved);
    }

    /** An autosaved canvas that loaded, and what the autosave said about its file. */
    private record Restored(Workspace workspace, Autosave.Saved saved) {}

    /**
     * Replaces the canvas with a scenario from elsewhere (a lesson diagram, a quiz card, a demo)
     * and shows the Playground; undoable, so the person's own canvas is one Ctrl+Z away.
     */
    public void openScenario(String title, Workspace workspace) {
        model().replaceWorkspace("open " + title, workspace);
        files.detach(null);
        context.showPlace(ID);
        if (view != null) {
            view.showBanner("Opened \"" + title + "\" from the app. Your previous canvas is one undo away (Ctrl+Z).",
                    Optional.empty());
            javafx.application.Platform.runLater(view.canvas()::fitToView);
        }
        files.refreshFileText();
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
        return ICON;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new PlaygroundView(model(), recipes);
            extraOverlays.forEach(view::addCanvasOverlay);
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
            files.refreshFileText();
            fitUntilZoomed(view.canvas());
        }
        return view;
    }

    /**
     * Fits the drawing to the canvas whenever the canvas changes size (its first real layout, a
     * banner, the truth table, the window), until the person zooms: the first sizes a window
     * goes through on its way up are not its last, and a drawing fitted to one of them shows
     * half of itself.
     */
    private static void fitUntilZoomed(io.netpoldojo.ui.playground.canvas.CanvasView canvas) {
        double[] fitted = {-1};
        canvas.viewportBoundsProperty().addListener((o, was, now) -> {
            boolean resized = now.getWidth() != was.getWidth() || now.getHeight() != was.getHeight();
            boolean untouched = fitted[0] < 0 || canvas.zoomProperty().get() == fitted[0];
            if (now.getWidth() > 0 && resized && untouched) {
                javafx.application.Platform.runLater(() -> {
                    canvas.fitToView();
                    fitted[0] = canvas.zoomProperty().get();
                });
            }
        });
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

    @Override
    public List<Node> toolbarItems() {
        return controls.toolbarItems();
    }

    @Override
    public List<javafx.scene.control.Menu> menus() {
        List<javafx.scene.control.Menu> menus = controls.menus();
        menus.stream().filter(m -> "menu-canvas".equals(m.getId())).findFirst().filter(m -> !extraCanvasItems.isEmpty())
                .ifPresent(m -> {
                    m.getItems().add(new javafx.scene.control.SeparatorMenuItem());
                    m.getItems().addAll(extraCanvasItems);
                });
        return menus;
    }

    /**
     * Controls another place adds to the Playground (Present's "Record as demo"): items at the end
     * of the Canvas menu, and nodes over the canvas's top-right corner. Add them before the
     * Playground is first shown.
     */
    public void addControls(List<Node> canvasOverlays, List<MenuItem> canvasMenuItems) {
        extraOverlays.addAll(canvasOverlays);
        extraCanvasItems.addAll(canvasMenuItems);
    }

    @Override
    public List<MenuItem> fileMenuItems() {
        return controls.fileMenuItems();
    }

    // ---- files --------------------------------------------------------------------------------

    void newScenario() {
        files.newStarter();
    }

    /**
     * Quitting with changes to a named file asks whether to save them first (an untitled canvas
     * needs no question: it is autosaved and comes back on the next start).
     */
    @Override
    public boolean mayClose() {
        if (model == null || !files.hasUnsavedChangesToFile()) {
            return true;
        }
        String name = files.file().map(p -> p.getFileName().toString()).orElse("");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Quit without saving", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The canvas has changes that are not in " + name
                + ". Without saving, " + name + " stays as it was; the changes are still kept in the autosave and"
                + " come back on the next start.", save, discard, ButtonType.CANCEL);
        ask.setTitle("Save changes to " + name + "?");
        ask.setHeaderText("Save changes to " + name + " before quitting?");
        ask.getDialogPane().setId("quit-unsaved");
        Optional.ofNullable(new FilesScreen().window()).ifPresent(ask::initOwner);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        return answer == discard || (answer == save && files.save());
    }

    /** Opens a file; on errors nothing changes and the errors are shown with their lines. */
    public boolean open(Path path) {
        return files.open(path);
    }

    public boolean save() {
        return files.save();
    }

    /** Writes the scenario atomically; the file keeps the layout and everything the canvas holds. */
    public boolean saveTo(Path path) {
        return files.saveTo(path);
    }

    /** Only what a cluster needs: no layout, no outside endpoints, no switched-off policies. */
    public boolean exportTo(Path path) {
        return files.exportTo(path);
    }

    private void showProblem(String message) {
        if (view != null) {
            view.showBanner(message, Optional.empty());
        } else {
            startupMessage = message;
        }
    }

    /** Where the files speak: the view's banner and status bar, once there is a view. */
    private final class FilesScreen implements CanvasFiles.Screen {
        @Override
        public javafx.stage.Window window() {
            return view == null || view.getScene() == null ? null : view.getScene().getWindow();
        }

        @Override
        public void say(String message) {
            showProblem(message);
        }

        @Override
        public void fitLater() {
            if (view != null) {
                javafx.application.Platform.runLater(view.canvas()::fitToView);
            }
        }

        @Override
        public void showFileText(String text) {
            if (view != null) {
                view.setFileText(text);
            }
        }

        @Override
        public void clearMessage() {
            if (view != null) {
                view.hideBanner();
            }
            startupMessage = "";
        }
    }
}
