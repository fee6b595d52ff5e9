package io.netpoldojo.userdata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes files so that a crash or a kill at any moment leaves either the old content or the
 * new, never a mix: write a temporary file beside the target, force it to disk, then rename it
 * over the target in one step.
 */
public final class AtomicFiles {
    private static final String TEMP_SUFFIX = ".tmp";
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AtomicFiles() {}

    /** Replaces {@code target} with {@code content} (UTF-8), creating its folder if needed. */
    public static void write(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // Same folder as the target: a rename is only atomic within one file system.
        Path temp = Files.createTempFile(dir, tempPrefix(absolute), TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                // Without this, a power cut after the rename can leave a renamed but empty file.
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes temporary files that an earlier write of {@code target} left behind when the
     * process was killed between creating them and renaming them. Best effort.
     */
    public static void removeLeftovers(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, tempPrefix(absolute) + "*" + TEMP_SUFFIX)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            // Litter only: the next write works regardless.
        }
    }

    /**
     * Moves a file that could not be used out of the way, to a name beside it that no earlier
     * damaged file has taken ({@code NAME.corrupt-STAMP}, then {@code -2}, {@code -3}...), so the
     * next save starts afresh and the person can still look at what was there.
     *
     * @return where the file now is
     */
    public static Path setAside(Path file, Clock clock) throws IOException {
        String base = file.getFileName() + ".corrupt-" + LocalDateTime.now(clock).format(ASIDE_STAMP);
        Path candidate = file.resolveSibling(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(base + "-" + n);
        }
        Files.move(file, candidate);
        return candidate;
    }

    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network shares) refuse an atomic rename; a plain
            // replace is the best they offer.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable on POSIX systems; Windows cannot open a folder for this, so it is skipped there. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported here; the file content itself is already on disk.
        }
    }
}
