package io.netpoldojo.ui.playground.files;

import io.netpoldojo.files.TextFiles;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.LoaderFault;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.userdata.AtomicFiles;
import io.netpoldojo.userdata.UserFile;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Starter;
import io.netpoldojo.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The file the canvas belongs to (kept across runs, so a restored canvas still has it), and New
 * (empty or the starter), Open, Open Recent, Save, Save As and Export for cluster. Files are
 * plain Kubernetes YAML with the layout in annotations; errors are shown with their lines and
 * change nothing; writes are atomic.
 */
public final class CanvasFiles {
    /** What the files need from the screen: where to say things, and the window dialogs belong to. */
    public interface Screen {
        /** A window for dialogs, or null while there is none. */
        Window window();

        /** A message in the Playground's banner. */
        void say(String message);

        /** Fits the drawing to the view, once it has been laid out. */
        void fitLater();

        /** The name of the file and whether it is saved, for the status bar. */
        void showFileText(String text);

        /** Takes down a message about the canvas that no longer applies (e.g. "Opened ..." after New). */
        void clearMessage();
    }

    private final ScenarioFiles files = new ScenarioFiles();
    private final Supplier<PlaygroundModel> model;
    private final Screen screen;
    private final FileHistory history;
    private Optional<Path> file = Optional.empty();
    /** The workspace as last saved or opened; null when it was never saved (a scenario from elsewhere). */
    private Workspace savedState;
    private Runnable onFileChanged = () -> { };

    /**
     * @param model   the canvas's model, built when first asked for
     * @param history which file the canvas belongs to and the recent files, kept across runs
     */
    public CanvasFiles(Supplier<PlaygroundModel> model, Screen screen, FileHistory history) {
        this.model = model;
        this.screen = screen;
        this.history = history;
    }

    /** Called when the file the canvas belongs to changes, or is saved: the autosave keeps both. */
    public void setOnFileChanged(Runnable onFileChanged) {
        this.onFileChanged = onFileChanged;
    }

    /** The canvas now shows this workspace, saved nowhere yet ({@code saved}: as if just saved, e.g. at start). */
    public void detach(Workspace saved) {
        attach(Optional.empty(), saved);
    }

    /**
     * The canvas belongs to {@code path} again, as the autosave found it after a restart;
     * {@code saved}: the workspace as that file holds it, or null when the canvas has changes it lacks.
     */
    public void attach(Optional<Path> path, Workspace saved) {
        file = path;
        savedState = saved;
        path.ifPresent(history::remember);
        onFileChanged.run();
        refreshFileText();
    }

    /** The file the canvas belongs to, if any. */
    public Optional<Path> file() {
        return file;
    }

    /** True when the canvas has changes its file (or no file) lacks. */
    public boolean unsaved() {
        return !model.get().workspace().equals(savedState);
    }

    /** File > New: an empty canvas with one namespace to drop pods into. */
    public void newEmpty() {
        startAfresh("new empty canvas", Workspace.EMPTY.withZone(new NamespaceZone(Namespace.named("default"),
                new Rect(220, 40, 520, 380))));
    }

    /** File > New from the starter: the microservices, no policies yet. */
    public void newStarter() {
        startAfresh("new canvas from the starter", Starter.microservices());
    }

    private void startAfresh(String description, Workspace workspace) {
        model.get().replaceWorkspace(description, workspace);
        detach(model.get().workspace());
        screen.clearMessage();
        screen.fitLater();
    }

    /** The files opened or saved lately, newest first. */
    public java.util.List<Path> recentFiles() {
        return history.recent();
    }

    /** True when the canvas belongs to a file and differs from it: quitting should ask. */
    public boolean hasUnsavedChangesToFile() {
        return file.isPresent() && unsaved();
    }

    public void chooseAndOpen() {
        File f = chooser("Open a scenario or manifests").showOpenDialog(screen.window());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens a file; on errors nothing changes and the errors are shown with their lines. */
    public boolean open(Path path) {
        TextFiles.Read read = TextFiles.readUtf8(path, UserFile.MAX_BYTES, Optional.empty());
        if (!(read instanceof TextFiles.Text text)) {
            screen.say("Could not read " + path + ": " + (read instanceof TextFiles.Problem p ? p.reason()
                    : "no such file") + ".");
            if (!java.nio.file.Files.exists(path)) {
                history.forget(path.toAbsolutePath().normalize());
            }
            return false;
        }
        ScenarioFiles.Opened opened;
        try {
            opened = files.read(path.getFileName().toString(), text.text());
        } catch (LoaderFault e) {
            screen.say("NetPol Dojo could not open " + path.getFileName() + " because of a fault of its own (" + e
                    + "). Nothing was changed; please report it with the file.");
            return false;
        }
        if (opened.workspace().isEmpty()) {
            showErrors("Could not open " + path.getFileName(), opened.diagnostics());
            return false;
        }
        model.get().replaceWorkspace("open " + path.getFileName(), opened.workspace().get());
        screen.fitLater();
        attach(Optional.of(path), model.get().workspace());
        List<Diagnostic> notes = opened.diagnostics();
        String laidOut = opened.laidOut() ? " Laid out automatically." : "";
        screen.say("Opened " + path.getFileName() + "." + laidOut + (notes.isEmpty() ? ""
                : " " + notes.size() + " note" + (notes.size() == 1 ? "" : "s") + ": "
                + notes.stream().limit(2).map(Diagnostic::toString).collect(Collectors.joining("; "))));
        return true;
    }

    public boolean save() {
        return file.map(this::saveTo).orElseGet(this::saveAs);
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save the scenario");
        chooser.setInitialFileName(file.map(p -> p.getFileName().toString()).orElse("scenario.yaml"));
        File f = chooser.showSaveDialog(screen.window());
        return f != null && saveTo(f.toPath());
    }

    /** Writes the scenario atomically; the file keeps the layout and everything the canvas holds. */
    public boolean saveTo(Path path) {
        try {
            AtomicFiles.write(path, files.write(model.get().workspace(), model.get().drafts()));
        } catch (IOException e) {
            screen.say("Could not save " + path + ": " + e.getMessage());
            return false;
        }
        attach(Optional.of(path), model.get().workspace());
        return true;
    }

    public void export() {
        FileChooser chooser = chooser("Export for a cluster (kubectl apply -f)");
        chooser.setInitialFileName("netpol-export.yaml");
        File f = chooser.showSaveDialog(screen.window());
        if (f != null) {
            exportTo(f.toPath());
        }
    }

    /** Only what a cluster needs: no layout, no outside endpoints, no switched-off policies. */
    public boolean exportTo(Path path) {
        try {
            AtomicFiles.write(path, files.exportForCluster(model.get().workspace(), model.get().drafts()));
            return true;
        } catch (IOException e) {
            screen.say("Could not export to " + path + ": " + e.getMessage());
            return false;
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        file.map(Path::getParent).map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** Tells the status bar the file's name, and whether the canvas differs from it. */
    public void refreshFileText() {
        String name = file.map(p -> p.getFileName().toString()).orElse("untitled scenario");
        screen.showFileText(name + (model.get().workspace().equals(savedState) ? "" : " \u2022 unsaved"));
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
        if (screen.window() != null) {
            alert.initOwner(screen.window());
        }
        alert.show();
    }
}
