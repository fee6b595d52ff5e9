package io.netpoldojo.userdata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Loads and saves {@link Settings} in {@code settings.yaml} inside the user's data folder.
 * Loading never throws: a damaged or unreadable file is moved aside (so nothing the user had
 * is destroyed) and the defaults come back with a sentence saying so ({@link UserFile}). Saving
 * is atomic and may be called from any thread.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.yaml";

    private final UserFile file;

    public SettingsStore(Path file, Clock clock) {
        this.file = new UserFile(file, "settings file", clock);
    }

    /** The store for {@code settings.yaml} in the given folder, stamping set-aside files with the system clock. */
    public static SettingsStore in(UserDataDir dir) {
        return new SettingsStore(dir.file(FILE_NAME), Clock.systemDefaultZone());
    }

    public Path file() {
        return file.path();
    }

    /** The saved settings, or the defaults when there are none yet or the file was damaged. */
    public synchronized LoadedSettings load() {
        UserFile.Loaded<Settings> loaded = file.load(SettingsYaml::read, "defaults are in use");
        return new LoadedSettings(loaded.value().orElse(Settings.DEFAULTS), loaded.notice());
    }

    /** Replaces the saved settings. Thread-safe; the last call wins. */
    public synchronized void save(Settings settings) throws IOException {
        file.write(SettingsYaml.write(settings));
    }
}
