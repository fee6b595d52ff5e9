package io.netpoldojo.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reading-progress file: round trips, and damage set aside with a sentence instead of a crash. */
class ProgressStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ProgressStore store() {
        return new ProgressStore(dir.resolve(ProgressStore.FILE_NAME), CLOCK);
    }

    @Test
    void noFileMeansNothingReadAndNothingToSay() {
        ProgressStore.Loaded loaded = store().load();
        assertEquals(Progress.NONE, loaded.progress());
        assertEquals(Optional.empty(), loaded.notice());
    }

    @Test
    void whatIsSavedLoadsAgainInOrder() throws IOException {
        Progress progress = Progress.NONE.withRead("peers").withRead("flat-network").withLastLesson("ports");
        store().save(progress);
        ProgressStore.Loaded loaded = store().load();
        assertEquals(List.of("peers", "flat-network"), List.copyOf(loaded.progress().read()));
        assertEquals(Optional.of("ports"), loaded.progress().lastLesson());
        assertEquals(Optional.empty(), loaded.notice());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(ProgressStore.FILE_NAME), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary files left behind");
        }
    }

    @Test
    void keysFromANewerAppAreIgnored() throws IOException {
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), "version: 2\nread: [peers]\nbookmarks: {peers: 3}\n");
        assertEquals(Set.of("peers"), store().load().progress().read());
    }

    static Stream<Arguments> damaged() {
        return Stream.of(
                Arguments.of("read: [peers\n", "not valid YAML at line 2"),
                Arguments.of("", "the file is empty"),
                Arguments.of("just words", "not a mapping"),
                Arguments.of("read: peers\n", "read is not a list"),
                Arguments.of("read: [peers, {a: b}]\n", "read holds something that is not a lesson id"),
                Arguments.of("read: [peers, '']\n", "read holds something that is not a lesson id"),
                Arguments.of("last: [peers]\n", "last is not a lesson id"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource
    void damaged(String text, String reason) throws IOException {
        Path file = dir.resolve(ProgressStore.FILE_NAME);
        Files.writeString(file, text);
        ProgressStore.Loaded loaded = store().load();
        assertEquals(Progress.NONE, loaded.progress());
        Path aside = dir.resolve(ProgressStore.FILE_NAME + ".corrupt-20260102-030405");
        assertEquals(Optional.of("Your reading progress file (" + file.toAbsolutePath() + ") was damaged (" + reason
                + ") and has been set aside as " + aside.getFileName() + "; lessons are shown as not read yet."),
                loaded.notice());
        assertFalse(Files.exists(file), "the damaged file is moved, not left to fail again");
        assertEquals(text, Files.readString(aside), "and nothing the reader had is destroyed");
    }

    @Test
    void bytesThatAreNotTextAreDamageToo() throws IOException {
        Files.write(dir.resolve(ProgressStore.FILE_NAME), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3});
        ProgressStore.Loaded loaded = store().load();
        assertEquals(Progress.NONE, loaded.progress());
        assertTrue(loaded.notice().orElseThrow().contains("was damaged (not UTF-8 text)"), loaded.notice().orElseThrow());
    }

    @Test
    void aSecondDamagedFileDoesNotOverwriteTheFirstOneSetAside() throws IOException {
        Path file = dir.resolve(ProgressStore.FILE_NAME);
        Files.writeString(file, "first: [");
        store().load();
        Files.writeString(file, "second: [");
        store().load();
        assertEquals("first: [", Files.readString(dir.resolve(ProgressStore.FILE_NAME + ".corrupt-20260102-030405")));
        assertEquals("second: [", Files.readString(dir.resolve(ProgressStore.FILE_NAME + ".corrupt-20260102-030405-2")));
    }
}
