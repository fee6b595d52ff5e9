package io.netpoldojo.ui.learn;

import io.netpoldojo.userdata.DamagedFileException;
import io.netpoldojo.userdata.SafeYaml;
import io.netpoldojo.userdata.UserDataDir;
import io.netpoldojo.userdata.UserFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps the reader's {@link Progress} in {@code learn-progress.yaml} in the user's data folder.
 * Loading never throws: a damaged file is moved aside (as every store does, through
 * {@link UserFile}, so nothing is destroyed) and the reader starts with nothing read and a
 * sentence saying why. Saving is atomic and may be called from any thread.
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

    private final UserFile file;

    public ProgressStore(Path file, Clock clock) {
        this.file = new UserFile(file, "reading progress file", clock);
    }

    public static ProgressStore in(UserDataDir dir) {
        return new ProgressStore(dir.file(FILE_NAME), Clock.systemDefaultZone());
    }

    public Path file() {
        return file.path();
    }

    public synchronized Loaded load() {
        UserFile.Loaded<Progress> loaded = file.load(ProgressStore::read, "lessons are shown as not read yet");
        return new Loaded(loaded.value().orElse(Progress.NONE), loaded.notice());
    }

    /** Replaces the saved progress. Thread-safe; the last call wins. */
    public synchronized void save(Progress progress) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        progress.lastLesson().ifPresent(id -> root.put("last", id));
        root.put("read", new ArrayList<>(progress.read()));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        file.write(HEADER + new Yaml(options).dump(root));
    }

    /**
     * Unknown keys are ignored (a newer app's file still loads); a key this app writes holding
     * something it never writes means the file is damaged.
     */
    private static Progress read(String text) throws DamagedFileException {
        Object loaded = SafeYaml.load(text);
        if (!(loaded instanceof Map<?, ?> root)) {
            throw DamagedFileException.damaged(loaded == null ? "the file is empty" : "not a mapping");
        }
        List<String> read = new ArrayList<>();
        Object list = root.get("read");
        if (list != null) {
            if (!(list instanceof List<?> items)) {
                throw DamagedFileException.damaged("read is not a list");
            }
            for (Object item : items) {
                if (!(item instanceof String id) || id.isBlank()) {
                    throw DamagedFileException.damaged("read holds something that is not a lesson id");
                }
                read.add(id);
            }
        }
        Object last = root.get("last");
        if (last != null && (!(last instanceof String) || ((String) last).isBlank())) {
            throw DamagedFileException.damaged("last is not a lesson id");
        }
        return new Progress(new java.util.LinkedHashSet<>(read), Optional.ofNullable((String) last));
    }
}
