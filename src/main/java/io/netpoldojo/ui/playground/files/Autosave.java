package io.netpoldojo.ui.playground.files;

import io.netpoldojo.ui.TaskRunner;
import io.netpoldojo.userdata.DamagedFileException;
import io.netpoldojo.userdata.SafeYaml;
import io.netpoldojo.userdata.UserFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Keeps the canvas on disk so that a crash or a kill loses at most the last moment of work: each
 * change is written (atomically, in the background) shortly after it happens, with the file the
 * canvas belongs to and whether it has changes that file lacks. The autosave is a sealed
 * {@link UserFile}: one cut short, unreadable or damaged is set aside with a message naming it. A
 * session marker, present while the app runs and removed on a clean exit, tells the next start
 * whether the last session ended abnormally.
 */
public final class Autosave {
    /** The first line of the autosave: the canvas's file and whether it has unsaved changes. */
    private static final String CANVAS = "# netpoldojo.io/canvas: ";

    /** What an autosave holds: the scenario, and the file the canvas belongs to, if any. */
    public record Saved(String scenario, Optional<Path> file, boolean unsaved) {}

    /** What reading found: the saved canvas, or a sentence about the damaged one set aside. */
    public record Read(Optional<Saved> saved, Optional<String> notice) {}

    private final UserFile file;
    private final Path marker;
    private final TaskRunner tasks;
    private final PauseTransition debounce;
    private final boolean crashedBefore;
    private Supplier<Saved> pending;
    private Consumer<String> onProblem = message -> { };
    private boolean reportedWriteFailure;

    public Autosave(Path file, TaskRunner tasks, Duration delay) {
        this.file = new UserFile(file, "saved Playground", Clock.systemDefaultZone());
        this.marker = file.resolveSibling(file.getFileName() + ".session");
        this.tasks = tasks;
        this.crashedBefore = Files.exists(marker);
        this.debounce = new PauseTransition(delay);
        debounce.setOnFinished(e -> flush());
    }

    public void setOnProblem(Consumer<String> onProblem) {
        this.onProblem = onProblem;
    }

    /** True when the previous session did not end cleanly (killed, crashed, power cut). */
    public boolean previousSessionCrashed() {
        return crashedBefore;
    }

    /** The autosaved canvas; a damaged autosave is set aside, and the notice says which and where. */
    public Read read() {
        UserFile.Loaded<Saved> loaded = file.load(Autosave::decode, "the Playground starts with the first-run scenario");
        return new Read(loaded.value(), loaded.notice());
    }

    /** Sets the autosave aside when its scenario does not load, keeping it for the person to look at. */
    public String setAside(String why) {
        return file.setAside(DamagedFileException.damaged(why), "the Playground starts with the first-run scenario");
    }

    public void startSession() {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "running\n");
        } catch (IOException e) {
            onProblem.accept("NetPol Dojo cannot write to " + marker.getParent() + "; the Playground will not be"
                    + " kept between runs (" + e.getMessage() + ").");
        }
    }

    /** Flushes and removes the session marker: a clean exit. */
    public void endSession() {
        debounce.stop();
        Supplier<Saved> last = pending;
        pending = null;
        if (last != null) {
            writeNow(encode(last.get()));
        }
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            // The next start will offer to restore a state that is already current: harmless.
        }
    }

    /** Asks for a save soon; many quick changes make one write. */
    public void schedule(Supplier<Saved> state) {
        pending = state;
        debounce.playFromStart();
    }

    public void flush() {
        Supplier<Saved> last = pending;
        pending = null;
        if (last == null) {
            return;
        }
        String text = encode(last.get());
        tasks.submit(() -> {
            file.write(text);
            return null;
        }, ok -> { }, this::failed);
    }

    private void writeNow(String text) {
        try {
            file.write(text);
        } catch (IOException e) {
            failed(e);
        }
    }

    private void failed(Exception e) {
        if (!reportedWriteFailure) {
            reportedWriteFailure = true;
            onProblem.accept("The Playground could not be saved to " + file.path() + ": " + e.getMessage()
                    + ". Use File > Save As to keep your work.");
        }
    }

    static String encode(Saved saved) {
        StringBuilder line = new StringBuilder(CANVAS).append('{');
        saved.file().ifPresent(f -> line.append("file: ").append(quoted(f.toString())).append(", "));
        return line.append("unsaved: ").append(saved.unsaved()).append("}\n").append(saved.scenario()).toString();
    }

    /** Reads what {@link #encode} wrote; an autosave from before the canvas line is a scenario alone. */
    static Saved decode(String text) throws DamagedFileException {
        if (!text.startsWith(CANVAS)) {
            if (text.isBlank()) {
                throw DamagedFileException.damaged("the file is empty"); // the app never writes an empty one
            }
            return new Saved(text, Optional.empty(), false);
        }
        int newline = text.indexOf('\n');
        String scenario = newline < 0 ? "" : text.substring(newline + 1);
        Object line = SafeYaml.load(text.substring(CANVAS.length(), newline < 0 ? text.length() : newline));
        if (!(line instanceof Map<?, ?> canvas) || !(canvas.get("unsaved") instanceof Boolean unsaved)
                || (canvas.containsKey("file") && !(canvas.get("file") instanceof String))) {
            throw DamagedFileException.damaged("its first line is not what the app writes");
        }
        Optional<Path> canvasFile;
        try {
            canvasFile = Optional.ofNullable((String) canvas.get("file")).map(Path::of);
        } catch (InvalidPathException e) {
            canvasFile = Optional.empty(); // a name this system cannot open; the canvas itself is what matters
        }
        return new Saved(scenario, canvasFile, unsaved);
    }

    /** A YAML double-quoted string. */
    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
