package io.netpoldojo.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void writesReplacesAndLeavesNoTemporaryFiles() throws IOException {
        Path target = dir.resolve("settings.yaml");
        AtomicFiles.write(target, "first");
        AtomicFiles.write(target, "second, longer ✓");
        assertEquals("second, longer ✓", Files.readString(target));
        assertEquals(List.of("settings.yaml"), namesIn(dir));
    }

    @Test
    void createsTheFolderWhenMissing() throws IOException {
        Path target = dir.resolve("a/b/settings.yaml");
        AtomicFiles.write(target, "x");
        assertEquals("x", Files.readString(target));
    }

    @Test
    void aFailedMoveLeavesTheTargetAloneAndCleansUp() throws IOException {
        Path target = dir.resolve("busy");
        Files.createDirectories(target.resolve("child")); // a non-empty folder cannot be replaced by a file
        try {
            AtomicFiles.write(target, "x");
            fail("expected the write to fail");
        } catch (IOException expected) {
            // the point is what is left on disk
        }
        assertTrue(Files.isDirectory(target.resolve("child")));
        assertEquals(List.of("busy"), namesIn(dir));
    }

    @Test
    void removeLeftoversDeletesOnlyThisFilesTemporaries() throws IOException {
        Path target = dir.resolve("settings.yaml");
        Files.writeString(dir.resolve(".settings.yaml.123.tmp"), "stale");
        Files.writeString(dir.resolve(".other.yaml.123.tmp"), "not ours");
        Files.writeString(target, "kept");
        AtomicFiles.removeLeftovers(target);
        assertEquals(List.of(".other.yaml.123.tmp", "settings.yaml"), namesIn(dir));
    }

    /**
     * Kills a process that rewrites a large file over and over, at random moments, and checks
     * that what is left is always one whole version. A plain {@code Files.writeString} fails this.
     */
    @Test
    void aDamagedFileIsSetAsideUnderAFreeNameWithItsContent() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:15:30Z"), ZoneOffset.UTC);
        Path target = dir.resolve("progress.yaml");
        Files.writeString(target, "first damage");
        Path first = AtomicFiles.setAside(target, clock);
        Files.writeString(target, "second damage, same second");
        Path second = AtomicFiles.setAside(target, clock);

        assertEquals(List.of("progress.yaml.corrupt-20261126-101530", "progress.yaml.corrupt-20261126-101530-2"),
                namesIn(dir), "nothing is overwritten and the original name is free again");
        assertEquals("first damage", Files.readString(first));
        assertEquals("second damage, same second", Files.readString(second));
    }

    @Test
    void aKillAtAnyMomentLeavesAWholeFile() throws Exception {
        Path target = dir.resolve("big.txt");
        AtomicFiles.write(target, AtomicWriteChild.content('a'));
        Random random = new Random(42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 6; round++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    AtomicWriteChild.class.getName(), target.toString())
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("writing", out.readLine(), "the child did not start writing");
                Thread.sleep(random.nextInt(150));
                child.destroyForcibly();
                assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            }
            String left = Files.readString(target);
            assertTrue(left.equals(AtomicWriteChild.content('a')) || left.equals(AtomicWriteChild.content('b')),
                    "round " + round + ": torn file of " + left.length() + " characters");
        }
    }
}
