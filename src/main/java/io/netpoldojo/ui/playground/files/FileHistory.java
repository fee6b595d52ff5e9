package io.netpoldojo.ui.playground.files;

import io.netpoldojo.userdata.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The files opened or saved lately, for File > Open Recent, kept in a small text file in the user
 * folder ({@code recent: PATH} lines, newest first). Which file the canvas belongs to travels with
 * the autosave instead ({@link Autosave.Saved}). Written atomically; a line it cannot read is
 * skipped, and a file with such lines is set aside (kept, under another name) before it is written
 * again.
 */
public final class FileHistory {
    static final int MAX_RECENT = 8;
    /** Written by the first version of this list, which also kept the canvas's file; now skipped. */
    private static final String CURRENT = "current: ";
    private static final String RECENT = "recent: ";

    private final Path store;
    private final Consumer<String> onProblem;
    private final List<Path> recent = new ArrayList<>();
    private boolean damaged;

    /** @param onProblem told, in a sentence, when the list cannot be written */
    public FileHistory(Path store, Consumer<String> onProblem) {
        this.store = store;
        this.onProblem = onProblem;
        read();
    }

    private void read() {
        List<String> lines;
        try {
            if (!Files.isRegularFile(store)) {
                damaged = Files.exists(store);
                return;
            }
            lines = Files.readAllLines(store);
        } catch (IOException | RuntimeException e) {
            damaged = true;
            return;
        }
        for (String line : lines) {
            Optional<Path> path = pathAfter(line, RECENT);
            if (path.isEmpty()) {
                damaged |= !line.isBlank() && !line.startsWith(CURRENT);
            } else if (recent.size() < MAX_RECENT && !recent.contains(path.get())) {
                recent.add(path.get());
            }
        }
    }

    private static Optional<Path> pathAfter(String line, String prefix) {
        if (!line.startsWith(prefix) || line.length() == prefix.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(line.substring(prefix.length())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The files opened or saved lately, newest first. */
    public List<Path> recent() {
        return List.copyOf(recent);
    }

    /** {@code file} was opened or saved: it goes to the top of the recent files. */
    public void remember(Path file) {
        Path p = file.toAbsolutePath().normalize();
        if (!recent.isEmpty() && recent.get(0).equals(p)) {
            return; // already there: no write
        }
        recent.remove(p);
        recent.add(0, p);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        write();
    }

    public void forget(Path file) {
        if (recent.remove(file)) {
            write();
        }
    }

    private void write() {
        StringBuilder sb = new StringBuilder();
        recent.forEach(p -> sb.append(RECENT).append(p).append('\n'));
        try {
            if (damaged && Files.exists(store)) {
                AtomicFiles.setAside(store, Clock.systemDefaultZone());
            }
            damaged = false;
            AtomicFiles.write(store, sb.toString());
        } catch (IOException | RuntimeException e) {
            onProblem.accept("Could not remember the recent files in " + store + ": " + e.getMessage()
                    + " (the canvas itself is still autosaved).");
        }
    }
}
