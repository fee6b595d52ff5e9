package io.netpoldojo.userdata;

import io.netpoldojo.files.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One file in the user's folder, loaded so that no damage can stop the app or lose what the file
 * held: a file that is missing is a fresh start; one that cannot be read (a folder, a FIFO, no
 * permission) or cannot be used (cut short, junk, too large, a mistyped value) is moved aside
 * under a new name beside it, and the person is told which file, why, and where it now is. A
 * file is never opened unless it is a regular file, so nothing here can block.
 *
 * <p>Written files are sealed: a first line says the file is checked, and a last line gives its
 * length and CRC-32, so that a file cut short (a full disk, a copy interrupted) is noticed rather
 * than half loaded. A file without the first line (written by an older version, or by hand) is
 * read as it is.
 */
public final class UserFile {
    /** The largest user file read; larger ones are set aside as damaged. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    static final String SEAL = "# NetPol Dojo checks this file when it loads it: the last line says how long it is.\n";
    private static final String END = "# netpoldojo.io/end: ";
    private static final Pattern END_LINE = Pattern.compile("# netpoldojo\\.io/end: (\\d{1,12}) bytes, crc32 ([0-9a-f]{8})\n?");

    /** Turns a file's text (seal removed) into its value, or says why it cannot. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text) throws DamagedFileException;
    }

    /** A load: the value (empty when there was no file or it was set aside) and a sentence for the user. */
    public record Loaded<T>(Optional<T> value, Optional<String> notice) {}

    private final Path file;
    private final String description;
    private final Clock clock;
    private volatile boolean keptAsItIs;

    /**
     * @param description what the file is, as in "Your {description} (path) was damaged": "settings
     *                    file", "quiz progress file"
     */
    public UserFile(Path file, String description, Clock clock) {
        this.file = Objects.requireNonNull(file).toAbsolutePath();
        this.description = Objects.requireNonNull(description);
        this.clock = Objects.requireNonNull(clock);
    }

    public Path path() {
        return file;
    }

    /**
     * Loads the file. Never throws: damage of any kind, and any exception the parser meets in
     * damaged bytes, sets the file aside and comes back as a notice ending in {@code consequence}
     * ("defaults are in use").
     */
    public <T> Loaded<T> load(Parser<T> parser, String consequence) {
        AtomicFiles.removeLeftovers(file);
        try {
            Optional<String> text = read();
            if (text.isEmpty()) {
                return new Loaded<>(Optional.empty(), Optional.empty());
            }
            return new Loaded<>(Optional.of(parser.parse(text.get())), Optional.empty());
        } catch (DamagedFileException e) {
            return new Loaded<>(Optional.empty(), Optional.of(setAside(e, consequence)));
        } catch (RuntimeException e) {
            // Whatever a parser meets in damaged bytes; the file is kept, so nothing is lost.
            return new Loaded<>(Optional.empty(), Optional.of(setAside(
                    DamagedFileException.damaged("unreadable content: " + e.getClass().getSimpleName()), consequence)));
        }
    }

    /** The file's text with the seal checked and removed; empty when there is no file. */
    public Optional<String> read() throws DamagedFileException {
        TextFiles.Read read = TextFiles.readUtf8(file, MAX_BYTES, Optional.empty());
        if (read instanceof TextFiles.Missing) {
            return Optional.empty();
        }
        if (read instanceof TextFiles.Problem problem) {
            throw problem.damaged() ? DamagedFileException.damaged(problem.reason())
                    : DamagedFileException.unreadable(problem.reason());
        }
        return Optional.of(unseal(((TextFiles.Text) read).text()));
    }

    /** Replaces the file, sealed, atomically; refused while a damaged file that could not be moved aside is there. */
    public void write(String text) throws IOException {
        if (keptAsItIs) {
            throw new IOException(file + " is damaged and could not be moved aside, so it is kept as it is");
        }
        AtomicFiles.write(file, seal(text));
    }

    /** True when a damaged file could not be moved aside: it stays, and {@link #write} refuses to replace it. */
    public boolean keptAsItIs() {
        return keptAsItIs;
    }

    /**
     * Moves the file aside and says so: "Your settings file (/home/me/.../settings.yaml) was
     * damaged (not valid YAML at line 2) and has been set aside as
     * settings.yaml.corrupt-20250314-120000; defaults are in use."
     */
    public String setAside(DamagedFileException problem, String consequence) {
        String what = "Your " + description + " (" + file + ") " + problem.problem();
        try {
            Path aside = AtomicFiles.setAside(file, clock);
            return what + " and has been set aside as " + aside.getFileName() + "; " + consequence + ".";
        } catch (IOException | RuntimeException e) {
            keptAsItIs = true;
            return what + " and could not be moved aside (" + TextFiles.reason(e) + "); " + consequence
                    + ", and the file is kept as it is.";
        }
    }

    static String seal(String text) {
        String body = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return SEAL + body + END + bytes.length + " bytes, crc32 " + String.format("%08x", crc32(bytes)) + "\n";
    }

    static String unseal(String text) throws DamagedFileException {
        if (!text.startsWith(SEAL)) {
            return text; // written by an older version, or by hand
        }
        int endLine = text.lastIndexOf("\n" + END);
        Matcher m = endLine < 0 ? null : END_LINE.matcher(text.substring(endLine + 1));
        if (m == null || !m.matches()) {
            throw DamagedFileException.damaged("cut short: its last line is missing");
        }
        String body = text.substring(SEAL.length(), endLine + 1);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != Long.parseLong(m.group(1)) || crc32(bytes) != Long.parseLong(m.group(2), 16)) {
            throw DamagedFileException.damaged("changed or cut short: it does not match its last line");
        }
        return body;
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
