package io.netpoldojo.ui.playground.files;

import io.netpoldojo.ui.TaskRunner;
import io.netpoldojo.userdata.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Keeps the canvas on disk so that a crash or a kill loses at most the last moment of work: each
 * change is written (atomically, in the background) shortly after it happens. A session marker,
 * present while the app runs and removed on a clean exit, tells the next start whether the last
 * session ended abnormally.
 */
public final class Autosave {
    private final Path file;
    private final Path marker;
    private final TaskRunner tasks;
    private final PauseTransition debounce;
    private final boolean crashedBefore;
    private Supplier<String> pending;
    private Consumer<String> onProblem = message -> { };
    private boolean reportedWriteFailure;

    public Autosave(Path file, TaskRunner tasks, Duration delay) {
        this.file = file;
        this.marker = file.resolveSibling(file.getFileName() + ".session");
        this.tasks = tasks;
        this.crashedBefore = Files.exists(marker);
        this.debounce = new PauseTransition(delay);
        debounce.setOnFinished(e -> flush());
        AtomicFiles.removeLeftovers(file);
    }

    public void setOnProblem(Consumer<String> onProblem) {
        this.onProblem = onProblem;
    }

    /** True when the previous session did not end cleanly (killed, crashed, power cut). */
    public boolean previousSessionCrashed() {
        return crashedBefore;
    }

    public Optional<String> read() {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            setAside("could not be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** Moves a damaged autosave out of the way, keeping it for the person to look at. */
    public String setAside(String why) {
        try {
            Path aside = AtomicFiles.setAside(file, Clock.systemDefaultZone());
            return "The saved Playground " + why + ". It was set aside as " + aside + "; starting fresh.";
        } catch (IOException e) {
            return "The saved Playground " + why + " and could not be set aside: " + e.getMessage();
        }
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
        Supplier<String> last = pending;
        pending = null;
        if (last != null) {
            writeNow(last.get());
        }
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            // The next start will offer to restore a state that is already current: harmless.
        }
    }

    /** Asks for a save soon; many quick changes make one write. */
    public void schedule(Supplier<String> text) {
        pending = text;
        debounce.playFromStart();
    }

    public void flush() {
        Supplier<String> last = pending;
        pending = null;
        if (last == null) {
            return;
        }
        String text = last.get();
        tasks.submit(() -> {
            AtomicFiles.write(file, text);
            return null;
        }, ok -> { }, this::failed);
    }

    private void writeNow(String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            failed(e);
        }
    }

    private void failed(Exception e) {
        if (!reportedWriteFailure) {
            reportedWriteFailure = true;
            onProblem.accept("The Playground could not be saved to " + file + ": " + e.getMessage()
                    + ". Use File > Save As to keep your work.");
        }
    }
}
