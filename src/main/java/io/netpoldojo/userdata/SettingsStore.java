package io.netpoldojo.userdata;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Loads and saves {@link Settings} in {@code settings.yaml} inside the user's data folder.
 * Loading never throws: a damaged or unreadable file is moved aside (so nothing the user had
 * is destroyed) and the defaults come back with a sentence saying so. Saving is atomic and
 * may be called from any thread.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.yaml";

    private final Path file;
    private final Clock clock;

    public SettingsStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file).toAbsolutePath();
        this.clock = Objects.requireNonNull(clock);
    }

    /** The store for {@code settings.yaml} in the given folder, stamping set-aside files with the system clock. */
    public static SettingsStore in(UserDataDir dir) {
        return new SettingsStore(dir.file(FILE_NAME), Clock.systemDefaultZone());
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults when there are none yet or the file was damaged. */
    public synchronized LoadedSettings load() {
        AtomicFiles.removeLeftovers(file);
        if (!Files.exists(file)) {
            return LoadedSettings.ok(Settings.DEFAULTS);
        }
        String problem;
        try {
            return LoadedSettings.ok(SettingsYaml.read(Files.readString(file)));
        } catch (SettingsYaml.DamagedException | CharacterCodingException e) {
            problem = "was damaged";
        } catch (IOException e) {
            problem = "could not be read";
        }
        return setAside(problem);
    }

    /** Replaces the saved settings. Thread-safe; the last call wins. */
    public synchronized void save(Settings settings) throws IOException {
        AtomicFiles.write(file, SettingsYaml.write(settings));
    }

    private LoadedSettings setAside(String problem) {
        try {
            Path aside = AtomicFiles.setAside(file, clock);
            return LoadedSettings.defaultsBecause("Your settings file " + problem + " and has been set aside as "
                    + aside + "; defaults are in use.");
        } catch (IOException e) {
            return LoadedSettings.defaultsBecause("Your settings file " + file + " " + problem
                    + " and could not be moved aside; defaults are in use.");
        }
    }
}
