package io.netpoldojo.ui.learn;

import io.netpoldojo.userdata.AtomicFiles;
import io.netpoldojo.userdata.UserDataDir;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Keeps the reader's {@link Progress} in {@code learn-progress.yaml} in the user's data folder.
 * Loading never throws: a damaged file is moved aside (as the settings store does, so nothing is
 * destroyed) and the reader starts with nothing read and a sentence saying why. Saving is atomic
 * and may be called from any thread.
 *
 * <pre>
 * version: 1
 * last: peers
 * read: [flat-network, peers]
 * </pre>
 */
public final class ProgressStore {
    public static final String FILE_NAME = "learn-progress.yaml";
    static final int VERSION = 1;
    private static final String HEADER = "# NetPol Dojo: the lessons you have read. Delete this file to start afresh.\n";

    /** The progress as loaded, and a sentence for the reader when the file could not be used. */
    public record Loaded(Progress progress, Optional<String> notice) {}

    private static final class DamagedException extends Exception {
        DamagedException(String reason) {
            super(reason);
        }
    }

    private final Path file;
    private final Clock clock;

    public ProgressStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file).toAbsolutePath();
        this.clock = Objects.requireNonNull(clock);
    }

    public static ProgressStore in(UserDataDir dir) {
        return new ProgressStore(dir.file(FILE_NAME), Clock.systemDefaultZone());
    }

    public Path file() {
        return file;
    }

    public synchronized Loaded load() {
        AtomicFiles.removeLeftovers(file);
        if (!Files.exists(file)) {
            return new Loaded(Progress.NONE, Optional.empty());
        }
        String problem;
        try {
            return new Loaded(read(Files.readString(file)), Optional.empty());
        } catch (DamagedException e) {
            problem = "was damaged (" + e.getMessage() + ")";
        } catch (CharacterCodingException e) {
            problem = "was damaged (not text)";
        } catch (IOException e) {
            problem = "could not be read";
        }
        return new Loaded(Progress.NONE, Optional.of(setAside(problem)));
    }

    /** Replaces the saved progress. Thread-safe; the last call wins. */
    public synchronized void save(Progress progress) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        progress.lastLesson().ifPresent(id -> root.put("last", id));
        root.put("read", new ArrayList<>(progress.read()));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        AtomicFiles.write(file, HEADER + new Yaml(options).dump(root));
    }

    /**
     * Unknown keys are ignored (a newer app's file still loads); a key this app writes holding
     * something it never writes means the file is damaged.
     */
    private static Progress read(String text) throws DamagedException {
        Object loaded;
        try {
            // SafeConstructor: plain maps, lists and scalars only, never arbitrary classes.
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new DamagedException("not valid YAML");
        }
        if (!(loaded instanceof Map<?, ?> root)) {
            throw new DamagedException(loaded == null ? "the file is empty" : "not a mapping");
        }
        List<String> read = new ArrayList<>();
        Object list = root.get("read");
        if (list != null) {
            if (!(list instanceof List<?> items)) {
                throw new DamagedException("read is not a list");
            }
            for (Object item : items) {
                if (!(item instanceof String id) || id.isBlank()) {
                    throw new DamagedException("read holds something that is not a lesson id");
                }
                read.add(id);
            }
        }
        Object last = root.get("last");
        if (last != null && (!(last instanceof String) || ((String) last).isBlank())) {
            throw new DamagedException("last is not a lesson id");
        }
        return new Progress(new java.util.LinkedHashSet<>(read), Optional.ofNullable((String) last));
    }

    private String setAside(String problem) {
        try {
            Path aside = AtomicFiles.setAside(file, clock);
            return "Your reading progress file " + problem + " and has been set aside as " + aside
                    + ". Lessons are shown as not read yet.";
        } catch (IOException e) {
            return "Your reading progress file " + file + " " + problem
                    + " and could not be moved aside. Lessons are shown as not read yet.";
        }
    }
}
