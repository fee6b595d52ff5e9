package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bench classroom} with a small class, its phones in this process and in a JVM of their own:
 * every vote reaches the stage, none is lost or counted twice, and the figures are printed.
 */
class ClassroomBenchCommandTest {
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSmallClassVotesWithNothingLost(boolean separateProcess) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("bench", "classroom", "--clients", "6", "--rounds", "2"));
        if (separateProcess) {
            args.add("--phones-process");
        }
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed + err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains(separateProcess ? "a JVM of their own (the server's" : "this process, beside"),
                printed);
        assertTrue(printed.contains("lost: 0, counted twice: 0, failed requests: 0"), printed);
        assertTrue(printed.matches("(?s).*vote to stage update +\\d+ .*"), printed);
        assertTrue(printed.strip().endsWith("OK"), printed);
    }
}
