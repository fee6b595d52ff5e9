package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netpoldojo.userdata.SettingsStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23, faults 1 and 5, as each store meets them: a mistyped scalar that SnakeYAML's safe
 * constructor throws on (not a YAMLException), and a FIFO where the file should be. Loading must
 * return with a sentence naming the file, and the damaged file must be kept beside it.
 */
class UserDataFaultsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** One store: its file name and a load that returns the notice, if any. */
    record Store(String name, String fileName, Function<Path, Optional<String>> load) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Store> stores() {
        return List.of(
                new Store("settings", SettingsStore.FILE_NAME,
                        file -> new SettingsStore(file, CLOCK).load().notice()),
                new Store("learn progress", io.netpoldojo.ui.learn.ProgressStore.FILE_NAME,
                        file -> new io.netpoldojo.ui.learn.ProgressStore(file, CLOCK).load().notice()),
                new Store("quiz progress", io.netpoldojo.quiz.ProgressStore.FILE_NAME,
                        file -> new io.netpoldojo.quiz.ProgressStore(file, CLOCK).load().notice()));
    }

    static Stream<Arguments> mistypedScalars() {
        List<String> texts = List.of("version: !!int abc\n", "version: !!float x\n", "version: !!binary \"%%\"\n",
                "version: !!int 0x\n", "version: !!timestamp yesterday\n");
        return stores().stream().flatMap(s -> texts.stream().map(t -> Arguments.of(s, t)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mistypedScalars")
    void aMistypedScalarIsDamageNotACrash(Store store, String text) throws IOException {
        Path file = dir.resolve(store.fileName());
        Files.writeString(file, text);

        Optional<String> notice = store.load().apply(file);

        assertTrue(notice.isPresent(), "a sentence for the user");
        assertTrue(notice.get().contains(file.toString()), notice.get());
        assertFalse(Files.exists(file), "set aside, so that the next start does not fail again");
        assertEquals(text, Files.readString(aside(store)), "the damaged bytes are kept beside");
    }

    static Stream<Store> storesToDamage() {
        return stores().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storesToDamage")
    void aFifoWhereTheFileShouldBeDoesNotHangTheStart(Store store) throws Exception {
        Path file = dir.resolve(store.fileName());
        assumeTrue(new ProcessBuilder("mkfifo", file.toString()).start().waitFor() == 0, "mkfifo is available");

        Optional<String> notice = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> store.load().apply(file));

        assertTrue(notice.orElseThrow().contains(file.toString()), notice.get());
        assertTrue(notice.get().contains("not a regular file"), notice.get());
        assertFalse(Files.exists(file, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.readAttributes(aside(store), java.nio.file.attribute.BasicFileAttributes.class).isOther(),
                "the FIFO itself is kept beside");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storesToDamage")
    void junkBytesAreKeptByteForByte(Store store) throws IOException {
        Path file = dir.resolve(store.fileName());
        byte[] junk = "\u0000\u0001{[: !!x\n\t%%".getBytes(StandardCharsets.UTF_8);
        Files.write(file, junk);

        assertTrue(store.load().apply(file).orElseThrow().contains(file.toString()));
        assertArrayEquals(junk, Files.readAllBytes(aside(store)));
    }

    private Path aside(Store store) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith(store.fileName() + ".corrupt-"))
                    .toList();
            assertEquals(1, aside.size(), "one file set aside: " + aside);
            return aside.get(0);
        }
    }
}
