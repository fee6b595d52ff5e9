package io.netpoldojo.userdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The folder where NetPol Dojo keeps the user's files: the platform's usual place for
 * per-user application data, or the folder named by the system property
 * {@value #OVERRIDE_PROPERTY} (tests and portable installs use that).
 *
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/netpol-dojo}, else {@code ~/.local/share/netpol-dojo}</li>
 *   <li>macOS: {@code ~/Library/Application Support/NetPol Dojo}</li>
 *   <li>Windows: {@code %APPDATA%\NetPol Dojo}</li>
 * </ul>
 */
public final class UserDataDir {
    public static final String OVERRIDE_PROPERTY = "netpoldojo.home";
    static final String UNIX_FOLDER = "netpol-dojo";
    static final String NAMED_FOLDER = "NetPol Dojo";

    private final Path path;

    private UserDataDir(Path path) {
        this.path = Objects.requireNonNull(path).toAbsolutePath().normalize();
    }

    /** A data folder at an explicit place. */
    public static UserDataDir at(Path path) {
        return new UserDataDir(path);
    }

    /** The folder for this user on this machine, honouring {@value #OVERRIDE_PROPERTY}. */
    public static UserDataDir fromSystem() {
        return resolve(System::getProperty, System::getenv);
    }

    /** The same rules as {@link #fromSystem()}, with the lookups passed in so tests can play any platform. */
    static UserDataDir resolve(UnaryOperator<String> systemProperty, UnaryOperator<String> environment) {
        String override = systemProperty.apply(OVERRIDE_PROPERTY);
        if (isSet(override)) {
            return new UserDataDir(Path.of(override.trim()));
        }
        Path home = Path.of(systemProperty.apply("user.home"));
        String os = String.valueOf(systemProperty.apply("os.name")).toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.apply("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return new UserDataDir(base.resolve(NAMED_FOLDER));
        }
        if (os.startsWith("mac")) {
            return new UserDataDir(home.resolve("Library").resolve("Application Support").resolve(NAMED_FOLDER));
        }
        // XDG Base Directory spec: "If an implementation encounters a relative path in any of
        // these variables it should consider the path invalid and ignore it."
        String xdg = environment.apply("XDG_DATA_HOME");
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return new UserDataDir(Path.of(xdg).resolve(UNIX_FOLDER));
        }
        return new UserDataDir(home.resolve(".local").resolve("share").resolve(UNIX_FOLDER));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    public Path path() {
        return path;
    }

    /** A file directly inside the folder. */
    public Path file(String name) {
        return path.resolve(name);
    }

    /** Creates the folder (and its parents) if it is missing. */
    public Path ensureExists() throws IOException {
        return Files.createDirectories(path);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
