package io.netpoldojo.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a whole UTF-8 text file, safely. The size limit holds for every kind of file (a device
 * such as {@code /dev/zero} reports size 0 and never ends); a FIFO or device is opened only when
 * the caller allows it, and then only for as long as the caller will wait (opening a FIFO blocks
 * until something writes to it). Never throws for a problem with the file: it returns the reason.
 */
public final class TextFiles {
    private TextFiles() {}

    /** What reading gave. */
    public sealed interface Read permits Text, Missing, Problem {}

    /** The file's text. */
    public record Text(String text) implements Read {}

    /** No file (or dangling link) by that name. */
    public record Missing() implements Read {}

    /**
     * Why the file's text could not be had. {@code damaged}: it was read but its content is not
     * usable text (too large, not UTF-8); otherwise it could not be read at all. {@code reason} is
     * a short phrase: "permission denied", "is a directory", "not UTF-8 text", "too large (...)".
     */
    public record Problem(String reason, boolean damaged) implements Read {}

    /**
     * @param maxBytes          the most bytes accepted
     * @param specialFileWait   empty: never open anything but a regular file; else how long to wait
     *                          for a FIFO or device to open (a FIFO opens when something writes to it)
     */
    public static Read readUtf8(Path file, long maxBytes, Optional<Duration> specialFileWait) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new Missing();
        } catch (IOException | SecurityException e) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
                return new Missing(); // its folder is a file: there is no such file (ENOTDIR)
            }
            return new Problem(reason(e), false);
        }
        if (attributes.isDirectory()) {
            return new Problem("is a directory", false);
        }
        if (attributes.isRegularFile() && attributes.size() > maxBytes) {
            return new Problem(tooLarge(attributes.size(), maxBytes), true);
        }
        boolean special = !attributes.isRegularFile();
        if (special && specialFileWait.isEmpty()) {
            return new Problem("not a regular file (" + specialKind(file) + ")", false);
        }
        byte[] bytes;
        try (InputStream in = special ? openWaiting(file, specialFileWait.get()) : Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        } catch (SpecialFileTimeout e) {
            return new Problem(e.getMessage(), false);
        } catch (IOException | SecurityException e) {
            return new Problem(reason(e), false);
        }
        if (bytes.length > maxBytes) {
            return new Problem("too large (more than " + mib(maxBytes) + "; the limit is " + mib(maxBytes) + ")", true);
        }
        try {
            return new Text(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return new Problem("not UTF-8 text", true);
        }
    }

    /** "too large (9.0 MiB; the limit is 8 MiB)". */
    public static String tooLarge(long bytes, long maxBytes) {
        return "too large (" + String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0)) + "; the limit is "
                + mib(maxBytes) + ")";
    }

    private static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** The reason an I/O exception gives, in words: AccessDeniedException's message is only the path. */
    public static String reason(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** "a FIFO", "a character device", ...: what a file that is neither a regular file nor a folder is. */
    static String specialKind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            switch (mode & 0170000) {
                case 0010000:
                    return "a FIFO";
                case 0020000:
                    return "a character device";
                case 0060000:
                    return "a block device";
                case 0140000:
                    return "a socket";
                default:
                    break;
            }
        } catch (IOException | RuntimeException e) {
            // No unix view here (Windows): say what is known.
        }
        return "a device or other special file";
    }

    private static final class SpecialFileTimeout extends IOException {
        private static final long serialVersionUID = 1L;

        SpecialFileTimeout(String message) {
            super(message);
        }
    }

    /** Opens a FIFO or device on a daemon thread, waiting at most {@code wait} for it to open. */
    private static InputStream openWaiting(Path file, Duration wait) throws IOException {
        FutureTask<InputStream> open = new FutureTask<>(() -> Files.newInputStream(file));
        Thread opener = new Thread(open, "open " + file);
        opener.setDaemon(true); // a FIFO nobody writes to keeps it blocked; it must not keep the JVM alive
        opener.start();
        try {
            return open.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            open.cancel(true);
            String kind = specialKind(file);
            throw new SpecialFileTimeout(kind.equals("a FIFO")
                    ? "a FIFO (named pipe) that nothing writes to (waited " + wait.toSeconds() + " s)"
                    : kind + " that did not open (waited " + wait.toSeconds() + " s)");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening", e);
        }
    }
}
