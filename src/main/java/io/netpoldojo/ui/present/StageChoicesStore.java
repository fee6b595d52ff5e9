package io.netpoldojo.ui.present;

import io.netpoldojo.userdata.AtomicFiles;
import io.netpoldojo.userdata.UserDataDir;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Keeps {@link StageChoices} in {@code present.yaml} in the user's data folder. Loading never
 * throws: a damaged file is moved aside (nothing is destroyed) and the defaults come back with a
 * sentence saying so. Saving is atomic and may be called from any thread.
 *
 * <pre>
 * version: 1
 * scale: 1.2
 * codeScale: 1.0
 * notesOnStage: [microservices]
 * </pre>
 */
final class StageChoicesStore {
    static final String FILE_NAME = "present.yaml";
    static final int VERSION = 1;
    private static final String HEADER = "# NetPol Dojo: your choices on the Present stage. Delete this file to start afresh.\n";

    /** The choices as loaded, and a sentence for the teacher when the file could not be used. */
    record Loaded(StageChoices choices, Optional<String> notice) {}

    private static final class DamagedException extends Exception {
        DamagedException(String reason) {
            super(reason);
        }
    }

    private final Path file;
    private final Clock clock;

    StageChoicesStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file).toAbsolutePath();
        this.clock = Objects.requireNonNull(clock);
    }

    static StageChoicesStore in(UserDataDir dir) {
        return new StageChoicesStore(dir.file(FILE_NAME), Clock.systemDefaultZone());
    }

    Path file() {
        return file;
    }

    synchronized Loaded load() {
        AtomicFiles.removeLeftovers(file);
        if (!Files.exists(file)) {
            return new Loaded(StageChoices.DEFAULTS, Optional.empty());
        }
        String problem;
        try {
            if (!Files.isRegularFile(file)) {
                throw new DamagedException("not a file");
            }
            return new Loaded(read(Files.readString(file)), Optional.empty());
        } catch (DamagedException e) {
            problem = "was damaged (" + e.getMessage() + ")";
        } catch (CharacterCodingException e) {
            problem = "was damaged (not text)";
        } catch (IOException e) {
            problem = "could not be read";
        }
        return new Loaded(StageChoices.DEFAULTS, Optional.of(setAside(problem)));
    }

    /** Replaces the saved choices. Thread-safe; the last call wins. */
    synchronized void save(StageChoices choices) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("scale", choices.scale());
        root.put("codeScale", choices.codeScale());
        root.put("notesOnStage", new TreeSet<>(choices.notesOnStage()).stream().toList());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        AtomicFiles.write(file, HEADER + new Yaml(options).dump(root));
    }

    /** Unknown keys are ignored (a newer app's file still loads); a known key holding something this app never writes is damage. */
    private static StageChoices read(String text) throws DamagedException {
        Object loaded;
        try {
            // SafeConstructor: plain maps, lists and scalars only, never arbitrary classes.
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException | IllegalArgumentException e) {
            // A mistyped scalar ("scale: !!int abc") fails in the constructor, not the parser.
            throw new DamagedException("not valid YAML");
        }
        if (!(loaded instanceof Map<?, ?> root)) {
            throw new DamagedException(loaded == null ? "the file is empty" : "not a mapping");
        }
        double scale = number(root, "scale", Presentation.MIN_SCALE, Presentation.MAX_SCALE, 1);
        double codeScale = number(root, "codeScale", Presentation.MIN_CODE_SCALE, Presentation.MAX_CODE_SCALE, 1);
        Set<String> notes = new HashSet<>();
        Object list = root.get("notesOnStage");
        if (list != null) {
            if (!(list instanceof java.util.List<?> items)) {
                throw new DamagedException("notesOnStage is not a list");
            }
            for (Object item : items) {
                if (!(item instanceof String id) || id.isBlank()) {
                    throw new DamagedException("notesOnStage holds something that is not a demo id");
                }
                notes.add(id);
            }
        }
        return new StageChoices(scale, codeScale, notes);
    }

    private static double number(Map<?, ?> root, String key, double min, double max, double absent) throws DamagedException {
        Object value = root.get(key);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof Number n) || !(n.doubleValue() >= min && n.doubleValue() <= max)) {
            throw new DamagedException(key + " is not a number from " + min + " to " + max);
        }
        return n.doubleValue();
    }

    private String setAside(String problem) {
        try {
            Path aside = AtomicFiles.setAside(file, clock);
            return "Your Present settings file " + problem + " and has been set aside as " + aside
                    + "; the stage starts at its usual size, notes off.";
        } catch (IOException e) {
            return "Your Present settings file " + file + " " + problem
                    + " and could not be moved aside; the stage starts at its usual size, notes off.";
        }
    }
}
