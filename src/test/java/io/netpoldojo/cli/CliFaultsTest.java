package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI faults of issue 23, each reproduced by a test before its fix: what a script or a CI job
 * sees (exit code, stdout, stderr) for input that is hostile, odd or simply empty.
 */
class CliFaultsTest {
    private static final String MICRO = "src/test/resources/cli/microservices.yaml";
    private static final String INVALID = "src/test/resources/cli/invalid.yaml";

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(Arrays.asList(args));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // ---- 4: evaluate --format json in bounded memory --------------------------------------------

    /** 3,000 pods ran out of memory: every verdict was built before the first was printed. */
    @Test
    void jsonOutputIsStreamedInBoundedMemory(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("many.yaml");
        Result written = run("bench", "--pods", "600", "--policies", "60", "--write-manifest", manifest.toString());
        assertEquals(0, written.code(), written.err());

        Process child = childJvm(Path.of("."), List.of("-Xmx40m"), "evaluate", "--port", "80/TCP", manifest.toString());
        long[] bytes = {0};
        long[] lines = {0};
        try (InputStream in = child.getInputStream()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes[0] += n;
                for (int i = 0; i < n; i++) {
                    lines[0] += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), err);
        assertEquals(602L * 601 - 2 + 2, lines[0], "one line per connection (600 pods, 2 outside; none between the two"
                + " outside), plus the first and the last");
    }

    // ---- 5: inputs that are not regular files ---------------------------------------------------

    @Test
    void aDeviceThatNeverEndsIsTooLargeNotOutOfMemory() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("validate", "/dev/zero"));

        assertEquals(2, r.code(), r.err());
        assertEquals("/dev/zero: too large (more than 8 MiB; the limit is 8 MiB)", r.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aFifoWithNoWriterDoesNotHang(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("validate", fifo.toString()));

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(fifo + ": cannot read: a FIFO (named pipe) that nothing writes to"), r.err());
    }

    @Test
    void aFifoWithAWriterIsRead(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Process writer = new ProcessBuilder("sh", "-c", "cat " + MICRO + " > " + fifo).start();
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("validate", fifo.toString()));
        writer.waitFor(10, TimeUnit.SECONDS);

        assertEquals(0, r.code(), r.err());
        assertEquals("valid: 2 namespaces, 7 endpoints, 6 policies; 0 warnings\n", r.out());
    }

    // ---- 6: super-linear work inside the size limit -------------------------------------------

    /**
     * validate on 70,000 trivial policies did not finish in 5 minutes: the lint looked each policy
     * up among all the others, comparing whole policies. The bound is against quadratic work, not a
     * speed goal (the benchmarks set those).
     */
    @Test
    void validateOnSeventyThousandPoliciesIsLinear(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            yaml.append("---\n{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: p").append(i)
                    .append("}, spec: {podSelector: {}}}\n");
        }
        Path file = Files.writeString(dir.resolve("many.yaml"), yaml);
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> run("validate", file.toString()));

        assertEquals(0, r.code(), r.err());
        assertEquals("valid: 1 namespace, 0 endpoints, 70000 policies; 70000 warnings\n", r.out());
        assertTrue(r.err().endsWith(file + ": 69900 more warnings not shown\n"), r.err());
    }

    // ---- 7: a fault of NetPol Dojo is a fault, not invalid input -------------------------------

    /** A fault inside a command: exit 1, one line on stderr naming it, the stack trace only with --debug. */
    @Test
    void anInternalFaultIsOneLineWithExitOneAndItsTraceOnlyWithDebug() {
        for (boolean debug : new boolean[] {false, true}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream broken = new PrintStream(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    throw new IllegalStateException("the output broke");
                }
            }, true, StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of("evaluate", "--format", "summary", MICRO));
            if (debug) {
                args.add(1, "--debug");
            }
            int code = new Cli(broken, new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
            List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();

            assertEquals(1, code);
            assertEquals("netpol-dojo: internal error: java.lang.IllegalStateException: the output broke"
                    + (debug ? "" : " (run again with --debug for details)"), lines.get(0));
            assertEquals(debug, lines.size() > 1, "the stack trace follows only with --debug: " + lines);
        }
    }

    // ---- 8: LANG=C with a non-ASCII file name -------------------------------------------------

    /** Under LANG=C the JVM cannot even name such a file; say so, and how to fix it, as an input problem. */
    @Test
    void aNonAsciiFileNameUnderTheCLocaleIsAnInputProblemWithAHint(@TempDir Path dir) throws Exception {
        // Built with printf in a shell, so that this test does not depend on its own JVM's locale.
        String name = "$(printf 'p\\303\\274\\303\\266d.yaml')";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "cp " + MICRO + " \"" + dir + "/" + name + "\" && exec " + java + " -cp \"$CP\" io.netpoldojo.Main"
                + " validate \"" + dir + "/" + name + "\"";
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script);
        pb.environment().put("CP", System.getProperty("java.class.path"));
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));

        assertEquals(2, p.exitValue(), out + err);
        assertFalse(err.contains("Exception"), err);
        assertTrue(err.contains("cannot be named in this system's character set (ANSI_X3.4-1968)"), err);
        assertTrue(err.contains("LC_ALL=C.UTF-8"), err);
    }

    // ---- 9: ports the apiserver rejects -------------------------------------------------------

    @Test
    void aPortWithFullWidthDigitsIsRejected() {
        Result r = run("evaluate", "--port", "\uFF18\uFF10", MICRO);

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("netpol-dojo evaluate: --port \uFF18\uFF10: expected PORT or PORT/PROTO"), r.err());
    }

    @Test
    void aPortWithASignIsRejected() {
        assertEquals(2, run("evaluate", "--port", "+80", MICRO).code());
    }

    // ---- 10: where messages go, caps, file names ----------------------------------------------

    /** validate printed its diagnostics on stdout, evaluate on stderr; the contract says stderr. */
    @Test
    void validatePrintsDiagnosticsOnStderrAsEvaluateDoes() {
        Result validate = run("validate", INVALID);
        Result evaluate = run("evaluate", INVALID);

        assertEquals(2, validate.code());
        assertEquals("", validate.out());
        assertTrue(validate.err().startsWith("src/test/resources/cli/invalid.yaml:4:9: metadata.name: invalid name"),
                validate.err());
        assertEquals(evaluate.err().lines().filter(l -> l.startsWith("src/")).toList(),
                validate.err().lines().filter(l -> l.startsWith("src/")).toList());
    }

    @Test
    void warningsAreCappedPerFileWithACount(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            yaml.append("---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p").append(i)
                    .append("}\nspec: {podSelector: {matchLabels: {app: nothing}}}\n");
        }
        Path file = Files.writeString(dir.resolve("quiet.yaml"), yaml);
        Result r = run("validate", file.toString());

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(101, lines.size(), r.err());
        assertEquals(file + ": 200 more warnings not shown", lines.get(100));
        assertEquals("valid: 1 namespace, 0 endpoints, 300 policies; 300 warnings\n", r.out());
    }

    @Test
    void aFileNamedDebugCanBeGivenAfterTheDoubleDash(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(MICRO), dir.resolve("--debug"));
        Process child = childJvm(dir, List.of(), "validate", "--", "--debug");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, child.exitValue(), err);
        assertEquals("valid: 2 namespaces, 7 endpoints, 6 policies; 0 warnings\n", out);
    }

    @Test
    void anUnreadableFileSaysWhy(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Path.of(MICRO), dir.resolve("secret.yaml"));
        file.toFile().setReadable(false, false);
        assumeTrue(!Files.isReadable(file), "running as root: every file is readable");
        Result r = run("validate", file.toString());

        assertEquals(2, r.code());
        assertEquals(file + ": cannot read: permission denied\n", r.err().lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void aDirectoryIsNotAManifest(@TempDir Path dir) {
        Result r = run("validate", dir.toString());

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(dir + ": cannot read: is a directory"), r.err());
    }

    // ---- 11: valid for validate, and an answer from evaluate ----------------------------------

    @Test
    void anEmptyFileIsValidAndEvaluatesToNothing(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        Result validate = run("validate", empty.toString());
        Result json = run("evaluate", empty.toString());
        Result summary = run("evaluate", "--format", "summary", empty.toString());

        assertEquals(0, validate.code());
        assertEquals(0, json.code(), json.err());
        assertEquals("{\"results\":[]}\n", json.out());
        assertEquals(0, summary.code(), summary.err());
        assertTrue(summary.out().startsWith("endpoints: 0 (0 pods and workloads, 0 outside), namespaces: 0, policies: 0,"
                + " ports: any\n"), summary.out());
    }

    /** With no port anywhere, every port has the same answer: evaluate says so and gives it. */
    @Test
    void podsWithoutPortsAreEvaluatedOnAnyPort(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("portless.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: a, labels: {app: a}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: b}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: only-a}
                spec:
                  podSelector: {}
                  ingress:
                  - from:
                    - podSelector: {matchLabels: {app: a}}
                """);
        Result table = run("evaluate", "--format", "table", file.toString());
        Result one = run("evaluate", "--format", "table", "--from", "default/b", "--to", "default/a", file.toString());
        Result json = run("evaluate", file.toString());

        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().startsWith("any port (no pod declares a container port and no policy names one,"
                + " so every port has this answer)\n"), table.out());
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().startsWith("default/b -> default/a on any port: DENIED\n"), one.out());
        assertTrue(json.out().contains("\"port\":\"any\""), json.out());
    }

    // ---- helpers ------------------------------------------------------------------------------

    static Process childJvm(Path workingDirectory, List<String> jvmOptions, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        command.addAll(List.of("-cp", classPath, "io.netpoldojo.Main"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile());
        pb.environment().remove("DISPLAY");
        return pb.start();
    }
}
