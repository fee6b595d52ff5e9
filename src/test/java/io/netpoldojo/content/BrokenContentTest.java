package io.netpoldojo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.manifest.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table of broken content folders under {@code src/test/resources/content/broken/}: each holds
 * the exact messages an author sees in its {@code expected.txt}. Refresh them with
 * {@code -Dgolden.update=true}, then read the diff; never edit them by hand to make a test pass.
 */
class BrokenContentTest {
    static final Path ROOT = Path.of("src/test/resources/content/broken");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        Content content = new ContentLoader().load(dir);
        List<String> actual = content.diagnostics().stream().map(Diagnostic::toString).toList();
        Path expectedFile = dir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
