package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "No input makes validate print a stack trace": every value of every line of the example
 * ClusterNetworkPolicies (and their v1alpha1 ancestors) replaced by values of every other type and
 * shape, every line dropped, and every cut of the files, through {@code validate}, {@code
 * evaluate} and {@code convert}. Each run must end with a verdict (exit 0 or 2), never an internal
 * fault, and say nothing of Java.
 */
class ClusterPolicyNoStackTraceTest {
    private static final List<String> VALUES = List.of("null", "0", "-1", "1001", "99999999999999999999", "\"\"",
            "\"x y\"", "[]", "{}", "[{}]", "[null]", "true", "Admin", "\"10.0.0.0/8\"", "{namespaces: {}}",
            "{tcp: {destinationPort: {number: 80}}}", "&a [*a]", "!!binary AAAA");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cluster-tiers.yaml", "legacy-anp.yaml", "invalid-tiers.yaml", "tiers-lint.yaml"})
    void everyEditEndsInAVerdictNotAStackTrace(String name, @TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/cli/" + name));
        int first = firstPolicyLine(lines);
        List<String> variants = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            int dash = line.indexOf("- ");
            int at = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : -1;
            if (at >= 0) {
                for (String value : VALUES) {
                    variants.add(with(lines, i, line.substring(0, at) + value));
                }
            }
            variants.add(with(lines, i, "")); // the line left out
        }
        String whole = String.join("\n", lines);
        for (int end = 0; end < whole.length(); end += 23) {
            variants.add(whole.substring(0, end));
        }
        Path file = dir.resolve("edited.yaml");
        int runs = 0;
        for (String text : variants) {
            Files.writeString(file, text);
            for (String command : List.of("validate", "convert")) {
                check(text, command, file);
                runs++;
            }
        }
        check(whole, "evaluate", file);
        assertTrue(runs > 500, "only " + runs + " runs");
    }

    private static void check(String text, String command, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(List.of(command, file.toString()));
        String shown = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertNotEquals(Cli.FAULT, code, () -> command + " faulted on:\n" + text + "\n" + shown);
        assertFalse(shown.contains("Exception") || shown.contains("internal error") || shown.contains("\tat "),
                () -> command + " showed Java on:\n" + text + "\n" + shown);
    }

    private static int firstPolicyLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("NetworkPolicy") && lines.get(i).startsWith("kind:")
                    && !lines.get(i).equals("kind: NetworkPolicy")) {
                return Math.max(0, i - 2);
            }
        }
        return 0;
    }

    private static String with(List<String> lines, int index, String replacement) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, replacement);
        return String.join("\n", copy);
    }
}
