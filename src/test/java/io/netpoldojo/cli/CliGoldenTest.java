package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI's whole output (exit code, stdout, stderr) for each command line, compared with a
 * golden file under {@code src/test/resources/golden/}. After an intended change, refresh them
 * with {@code ./mvnw test -Dtest=CliGoldenTest -Dgolden.update=true} and review the diff.
 */
class CliGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String MICRO = "src/test/resources/cli/microservices.yaml";
    private static final String INVALID = "src/test/resources/cli/invalid.yaml";
    private static final String KUBECTL = "src/test/resources/manifests/kubectl-get-list.yaml";
    private static final String TIERS = "src/test/resources/cli/cluster-tiers.yaml";
    private static final String TIERS_LINT = "src/test/resources/cli/tiers-lint.yaml";
    private static final String TIERS_INVALID = "src/test/resources/cli/invalid-tiers.yaml";
    private static final String LEGACY = "src/test/resources/cli/legacy-anp.yaml";

    record Run(String name, String commandLine) {
        List<String> args() {
            return Arrays.asList(commandLine.split(" "));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Run> runs() {
        return Stream.of(
                new Run("evaluate-json-one-port", "evaluate --port 8080/TCP " + MICRO),
                new Run("evaluate-table-default-ports", "evaluate --format table " + MICRO),
                new Run("evaluate-summary", "evaluate --format summary --port 80 --port 3306 " + MICRO),
                new Run("evaluate-one-connection-json", "evaluate --from default/frontend --to default/backend"
                        + " --port 8080/TCP " + MICRO),
                new Run("evaluate-one-connection-text", "evaluate --format table --from default/backend"
                        + " --to default/mysql --port 3306 --port 6379 " + MICRO),
                new Run("evaluate-dns", "evaluate --format table --from default/backend --to kube-system/coredns"
                        + " --port 53/UDP " + MICRO),
                new Run("evaluate-external-option", "evaluate --format table --port 443 --external bank=192.0.2.8 "
                        + MICRO),
                new Run("evaluate-kubectl-get-list", "evaluate --format table " + KUBECTL),
                new Run("validate-valid", "validate " + MICRO),
                new Run("validate-invalid", "validate " + INVALID),
                new Run("evaluate-invalid-input", "evaluate " + INVALID),
                new Run("evaluate-missing-file", "evaluate no-such-file.yaml"),
                new Run("evaluate-unknown-endpoint", "evaluate --from default/nope --to default/backend " + MICRO),
                new Run("evaluate-bad-port", "evaluate --port 80/HTTP " + MICRO),
                new Run("evaluate-from-without-to", "evaluate --from default/frontend " + MICRO),
                new Run("evaluate-bad-external", "evaluate --external alb " + MICRO),
                new Run("unknown-option", "evaluate --colour " + MICRO),
                new Run("unknown-command", "frobnicate"),
                new Run("check-content", "check-content content"),
                new Run("check-content-broken", "check-content src/test/resources/content/broken/quiz-errors"),
                new Run("check-content-unbalanced", "check-content src/test/resources/content/unbalanced"),
                new Run("help", "--help"),
                // ClusterNetworkPolicy: the tiers in every output format, validation, lint and conversion
                new Run("tiers-evaluate-json-one-port", "evaluate --port 5432/TCP " + TIERS),
                new Run("tiers-evaluate-table", "evaluate --format table --port 80 --port 5432 --port 9090 " + TIERS),
                new Run("tiers-evaluate-summary", "evaluate --format summary " + TIERS),
                new Run("tiers-admin-deny-text", "evaluate --format table --from dev/tester --to prod/db --port 5432 "
                        + TIERS),
                new Run("tiers-pass-then-networkpolicy-json", "evaluate --from prod/frontend --to prod/backend"
                        + " --port 8080 " + TIERS),
                new Run("tiers-accept-and-baseline-text", "evaluate --format table --from monitoring/prometheus"
                        + " --to prod/backend --port 9090 " + TIERS),
                new Run("tiers-baseline-deny-text", "evaluate --format table --from monitoring/prometheus"
                        + " --to dev/tester --port 9090 " + TIERS),
                new Run("tiers-validate-valid", "validate " + TIERS),
                new Run("tiers-validate-lint", "validate " + TIERS_LINT),
                new Run("tiers-validate-invalid", "validate " + TIERS_INVALID),
                new Run("tiers-convert-legacy", "convert " + LEGACY),
                new Run("tiers-convert-nothing", "convert " + MICRO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void matchesGoldenFile(Run run) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(run.args());
        String actual = "$ netpol-dojo " + run.commandLine() + "\nexit: " + code
                + "\n--- stdout\n" + stable(out.toString(StandardCharsets.UTF_8))
                + "--- stderr\n" + stable(err.toString(StandardCharsets.UTF_8));
        Path golden = GOLDEN.resolve(run.name() + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual, "output differs from " + golden
                + " (refresh with -Dgolden.update=true if the change is intended)");
    }

    /** Timings differ from run to run; everything else must not. */
    private static String stable(String text) {
        return text.replaceAll("\\d+ ms", "N ms");
    }
}
