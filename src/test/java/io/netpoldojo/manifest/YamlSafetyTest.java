package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input: alias bombs, oversized files, random bytes, truncated YAML, tags
 * naming Java classes. Loading must end quickly with diagnostics, never an exception, and never
 * construct an object from a tag.
 */
class YamlSafetyTest {
    private final ManifestLoader loader = new ManifestLoader();

    /** Counts constructions; a tag naming this class must never run its constructor. */
    public static final class Canary {
        static final AtomicInteger CONSTRUCTED = new AtomicInteger();

        public Canary() {
            CONSTRUCTED.incrementAndGet();
        }

        public Canary(String ignored) {
            CONSTRUCTED.incrementAndGet();
        }
    }

    /** "Billion laughs": nine levels of nine aliases each, 9^9 strings when expanded. */
    static String billionLaughs() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i > 0 ? "," : "").append('*').append(previous);
            }
            sb.append("]\n");
            previous = c;
        }
        return sb.toString();
    }

    @Test
    void anAliasBombIsRejectedQuicklyAndCleanly() {
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> loader.load("bomb.yaml", billionLaughs()));

        assertEquals(List.of("bomb.yaml:7:23: too many YAML aliases (limit 50)"), Fixtures.shown(result));
        assertTrue(result.hasErrors());
    }

    /**
     * Thirty-eight aliases, within the limit, that still multiply: 20 peers sharing one list of 20
     * requirements sharing one list of 10,000 values is 4,000,000 values to walk. The walk's own
     * node budget stops it.
     */
    @Test
    void aliasExpansionWithinTheAliasLimitIsStoppedByTheWalkBudget() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            values.append(i > 0 ? ", " : "").append('v').append(i);
        }
        String requirements = "[&req {key: app, operator: In, values: [" + values + "]}"
                + ", *req".repeat(19) + "]";
        String yaml = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p}
                spec:
                  podSelector: {}
                  ingress:
                  - from:
                    - &peer {podSelector: {matchExpressions: %s}}
                """.formatted(requirements) + "    - *peer\n".repeat(19);
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> loader.load("wide.yaml", yaml));

        assertEquals(List.of("wide.yaml:1:1: too many YAML nodes after alias expansion (limit 2000000)"),
                Fixtures.shown(result));
        assertTrue(result.cluster().policies().isEmpty());
    }

    @Test
    void anOversizedTextIsRejectedUpFront() {
        String big = "# padding\n".repeat(900_000); // 9,000,000 bytes
        LoadResult result = loader.load("big.yaml", big);

        assertEquals(List.of("big.yaml: too large (8.6 MiB; the limit is 8 MiB)"), Fixtures.shown(result));
    }

    @Test
    void anOversizedFileIsRejectedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        Files.write(file, new byte[9 * 1024 * 1024]);
        LoadResult result = loader.loadFiles(List.of(file));

        assertEquals(List.of(file + ": too large (9.0 MiB; the limit is 8 MiB)"), Fixtures.shown(result));
    }

    @Test
    void randomBytesGiveDiagnosticsNotExceptions(@TempDir Path dir) throws IOException {
        Random random = new Random(20240502);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[1 + random.nextInt(4000)];
            random.nextBytes(bytes);
            Path file = dir.resolve("garbage-" + i + ".bin");
            Files.write(file, bytes);
            files.add(file);
        }
        LoadResult result = loader.loadFiles(files);

        assertTrue(result.hasErrors());
        assertEquals(20, result.errors().size(), "one error per garbage file: " + Fixtures.shown(result));
        assertTrue(result.errors().stream().allMatch(d -> d.message().equals("not UTF-8 text")));
    }

    @Test
    void randomTextGivesDiagnosticsNotExceptions() {
        Random random = new Random(7);
        String alphabet = "abc:{}[],-#&*!|>'\"\n\t %@`?\u0001\u00e9\u2028\ud83d\ude00 0123456789";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(200);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            LoadResult result = loader.load("random.yaml", text);
            assertTrue(result.diagnostics().stream().allMatch(d -> d.position().file().equals("random.yaml")), text);
        }
    }

    /** Every prefix of a valid manifest: a truncated download or an editor mid-keystroke. */
    @Test
    void everyTruncationOfAValidManifestLoadsWithoutThrowing() {
        String full = Fixtures.text("shop-scenario.yaml");
        for (int end = 0; end <= full.length(); end += 7) {
            LoadResult result = loader.load("cut.yaml", full.substring(0, end));
            assertTrue(result.cluster() != null);
        }
        assertFalse(loader.load("cut.yaml", full).hasErrors());
    }

    @Test
    void tagsNamingJavaClassesNeverConstructAnything() {
        int before = Canary.CONSTRUCTED.get();
        String canary = "!!" + Canary.class.getName();
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                  labels: %s {app: web}
                ---
                %s "x"
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: api
                  annotations:
                    engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
                """.formatted(canary, canary);
        LoadResult result = loader.load("tags.yaml", yaml);

        assertEquals(before, Canary.CONSTRUCTED.get(), "no object may be constructed from a tag");
        assertEquals(List.of("tags.yaml:5:11: YAML tag !!" + Canary.class.getName() + " is not allowed"),
                Fixtures.shown(result));
    }

    @Test
    void emptyInputIsAnEmptyClusterWithNoDiagnostics() {
        LoadResult result = loader.load("empty.yaml", "");

        assertEquals(List.of(), result.diagnostics());
        assertTrue(result.cluster().endpoints().isEmpty());
        assertEquals(List.of(), loader.load(List.of()).diagnostics());
    }

    @Test
    void errorsAreCappedAtOneHundredPerFileWithAFinalError() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            yaml.append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: Bad").append(i).append("}\n");
        }
        LoadResult result = loader.load(List.of(new ManifestSource("many.yaml", yaml.toString()),
                new ManifestSource("later.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: X}\n")));

        List<Diagnostic> errors = result.errors();
        assertEquals(102, errors.size(), "the cap is per file: later.yaml is still read");
        assertEquals("many.yaml:400:18: metadata.name: invalid name \"Bad99\": a lowercase RFC 1123 subdomain must "
                + "consist of lower case alphanumeric characters, '-' or '.', and must start and end with an "
                + "alphanumeric character", errors.get(99).toString());
        assertEquals("many.yaml:404:18: too many errors in this file; stopped after 100", errors.get(100).toString());
        assertEquals("later.yaml:3:18: metadata.name: invalid name \"X\": " + ApiValidation.DNS1123_SUBDOMAIN_MSG,
                errors.get(101).toString());
    }
}
