package io.netpoldojo.ui.drill.mock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.quiz.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved mock interview reports come back whole; a damaged file is kept beside. */
class MockStoreTest {
    @TempDir
    Path dir;

    private static MockReport report(String at) {
        return new MockReport(Instant.parse(at), List.of(
                new MockReport.Item("explain", "explain-cni", "Why?", Duration.ofSeconds(50), Duration.ofSeconds(60),
                        "The CNI enforces them.\nSecond line: \"quoted\".", false, List.of("The plugin enforces them."),
                        List.of("Check the plugin."), List.of(), "", List.of("Explain again: Why?")),
                new MockReport.Item("follow-up", "p-1", "Can a reach b?", Duration.ofSeconds(20),
                        Duration.ofSeconds(45), "Denied", true, List.of(), List.of(), List.of(),
                        "Right. No: the connection is denied", List.of())));
    }

    @Test
    void reportsComeBackNewestFirstAsTheyWere() throws Exception {
        MockStore store = new MockStore(dir.resolve(MockStore.FILE_NAME), ManualClock.morning());
        store.add(report("2025-03-01T09:00:00Z"));
        store.add(report("2025-03-02T09:00:00Z"));
        MockStore.Loaded loaded = new MockStore(dir.resolve(MockStore.FILE_NAME), ManualClock.morning()).load();
        assertEquals(List.of(report("2025-03-02T09:00:00Z"), report("2025-03-01T09:00:00Z")), loaded.reports());
    }

    @Test
    void aDamagedFileIsSetAsideWithItsBytesAndNamed() throws Exception {
        Path file = dir.resolve(MockStore.FILE_NAME);
        Files.writeString(file, "version: 1\nreports:\n- at: yesterday\n  items: []\n");
        byte[] before = Files.readAllBytes(file);
        MockStore.Loaded loaded = new MockStore(file, ManualClock.morning()).load();
        assertEquals(List.of(), loaded.reports());
        String notice = loaded.notice().orElseThrow();
        assertTrue(notice.startsWith("Your mock interview reports (" + file + ") was damaged (reports[0].at: not a time)"),
                notice);
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith(MockStore.FILE_NAME + ".corrupt-"))
                    .findFirst().orElseThrow();
            assertArrayEquals(before, Files.readAllBytes(aside));
        }
    }
}
