package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults that fuzzing and hostile input found in the loader (issue 23): each test reproduced its
 * fault before the fix. The time limits are generous bounds against hangs and quadratic work,
 * not speed goals (those are benchmarks).
 */
class HostileManifestsTest {
    private final ManifestLoader loader = new ManifestLoader();

    private static final String POD_A = "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n";
    private static final String POD_B = "apiVersion: v1\nkind: Pod\nmetadata: {name: b}\n";

    // ---- 2: byte order marks ------------------------------------------------------------------

    /** go-yaml (kubectl) skips a BOM at the start of any line it scans to; so does the loader. */
    @Test
    void aByteOrderMarkAtTheStartOfALaterDocumentIsSkipped() {
        LoadResult result = loader.load("bom.yaml", POD_A + "---\n\uFEFF" + POD_B);

        assertEquals(List.of(), Fixtures.shown(result));
        assertEquals(List.of("default/a", "default/b"),
                result.cluster().endpoints().stream().map(e -> e.id()).toList());
    }

    @Test
    void aByteOrderMarkDoesNotShiftColumns() {
        LoadResult result = loader.load("bom.yaml", POD_A + "---\n\uFEFFapiVersion: v1\nkind: Pod\nmetadata: {name: B}\n");

        assertEquals(List.of("bom.yaml:7:18: metadata.name: invalid name \"B\": " + ApiValidation.DNS1123_SUBDOMAIN_MSG),
                Fixtures.shown(result));
    }

    // ---- 6: super-linear work inside the size limit -------------------------------------------

    /** SnakeYAML's reader copied its whole look-ahead window per KiB of one long line: 23-27 s. */
    @Test
    void anEightMegabyteLineIsReadInLinearTime() {
        String value = "x".repeat(8 * 1024 * 1024 - 200);
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations: {note: " + value + "}\n";
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loader.load("line.yaml", yaml));

        assertEquals(List.of("line.yaml:5:16: metadata.annotations: Too long: must have at most 262144 bytes"),
                Fixtures.shown(result));
    }

    /**
     * A 7-million-digit port took 20-45 s to parse and print, and was echoed twice (14 MB of output).
     * Written plain, so long a number reads as a string (as in go-yaml, where it overflows every
     * number type), so it is checked as a port name; tagged {@code !!int}, it is a number.
     */
    @Test
    void aPortOfMillionsOfDigitsIsRejectedQuicklyWithoutEchoingIt() {
        String digits = "9".repeat(4_000_000);
        String yaml = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n"
                + "  podSelector: {}\n  ingress:\n  - ports:\n    - port: " + digits + "\n    - port: !!int " + digits
                + "\n";
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loader.load("digits.yaml", yaml));

        String shortened = "\"" + "9".repeat(64) + "...\" (4000000 characters)";
        assertEquals(List.of(
                "digits.yaml:8:13: spec.ingress[0].ports[0].port: Invalid value: " + shortened
                        + ": must be no more than 15 characters",
                "digits.yaml:8:13: spec.ingress[0].ports[0].port: Invalid value: " + shortened
                        + ": must contain at least one letter (a-z)",
                "digits.yaml:9:13: spec.ingress[0].ports[1].port: Invalid value: 99999999999999999999... (4000000 digits):"
                        + " must be between 1 and 65535, inclusive"), Fixtures.shown(result));
    }

    /** Long values are shown shortened in messages: a message is a line, not a copy of the file. */
    @Test
    void longValuesAreShortenedInMessages() {
        String name = "N".repeat(100_000);
        LoadResult result = loader.load("long.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: " + name + "}\n");

        assertFalse(result.diagnostics().isEmpty());
        assertTrue(result.diagnostics().stream().allMatch(d -> d.toString().length() < 600), Fixtures.shown(result).toString());
    }

    /** Java's regex recursion on a repeated group: a 4 MB "a.a.a..." name overflowed the stack. */
    @Test
    void aVeryLongDottedNameIsCheckedWithoutRecursion() {
        String name = "a.".repeat(2_000_000) + "a";
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> loader.load("dots.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: \"" + name + "\"}\n"));

        assertEquals(List.of("dots.yaml:3:18: metadata.name: invalid name \"" + "a.".repeat(32) + "...\" (4000001 characters):"
                + " must be no more than 253 characters"), Fixtures.shown(result));
    }

    /**
     * An alias inside its own anchor makes a node that contains itself: endless once expanded. It
     * was accepted when the kind was one the app skips; kubectl's decoder rejects it too.
     */
    @Test
    void aNodeThatContainsItselfIsTooManyNodes() {
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loader.load("loop.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: &x {k: [*x, *x]}\n---\n" + POD_A));

        assertEquals(List.of("loop.yaml:1:1: too many YAML nodes after alias expansion (limit 2000000)"),
                Fixtures.shown(result));
        assertEquals(List.of("default/a"), result.cluster().endpoints().stream().map(e -> e.id()).toList(),
                "the next document still loads");
    }

    // ---- 7: a loader bug reported as invalid input --------------------------------------------

    @Test
    void aTaggedMappingWhereStatusShouldBeIsReportedOnceAndTheRestOfTheFileLoads() {
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nstatus: !k8s {egress: []}\n---\n" + POD_B;
        LoadResult result = loader.load("tagged.yaml", yaml);

        assertEquals(List.of("tagged.yaml:4:9: status: YAML tag !k8s is not supported"), Fixtures.shown(result));
        assertEquals(List.of("default/b"), result.cluster().endpoints().stream().map(e -> e.id()).toList());
    }

    // ---- 9: digits and signs the apiserver rejects --------------------------------------------

    static Stream<String> foreignDigitCidrs() {
        return Stream.of("\uFF11\uFF10.0.0.0/8", "1.2.3.4/\u0663\u0662", "-1::/16", "+1::/64", "10.0.0.0/+8",
                "\u0661.2.3.4/32", "::ffff:1.2.3.4/\u0661\u0662\u0668", "fe80::\uFF11/64", "1.2.3.4/-1");
    }

    @ParameterizedTest
    @MethodSource("foreignDigitCidrs")
    void cidrsWithNonAsciiDigitsOrSignsAreInvalid(String cidr) {
        String yaml = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n"
                + "  podSelector: {}\n  egress:\n  - to:\n    - ipBlock: {cidr: \"" + cidr + "\"}\n";
        LoadResult result = loader.load("cidr.yaml", yaml);

        assertEquals(List.of("cidr.yaml:8:23: spec.egress[0].to[0].ipBlock.cidr: invalid CIDR " + Metadata.quote(cidr)),
                Fixtures.shown(result));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFF11.2.3.4", "1.2.3.\u0664", "+1::1", "-1::1", "::\uFF41"})
    void podIpAnnotationsWithNonAsciiDigitsOrSignsAreInvalid(String ip) {
        LoadResult result = loader.load("ip.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n"
                + "  annotations: {netpoldojo.io/ip: \"" + ip + "\"}\n");

        assertEquals(List.of("ip.yaml:5:35: metadata.annotations[netpoldojo.io/ip]: invalid IP address "
                + Metadata.quote(ip)), Fixtures.shown(result));
    }

    // ---- 10: caps, and messages that say where ------------------------------------------------

    private static String badPods(int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            yaml.append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: Bad").append(i).append("}\n");
        }
        return yaml.toString();
    }

    /** The cap counted across files, so a batch's later files were never read, silently. */
    @Test
    void theErrorCapIsPerFileSoEveryFileOfABatchIsRead(@TempDir Path dir) throws IOException {
        Path many = Files.writeString(dir.resolve("many.yaml"), badPods(150));
        Path later = Files.writeString(dir.resolve("later.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: X}\n");
        LoadResult result = loader.loadFiles(List.of(many, later));

        List<String> shown = Fixtures.shown(result);
        assertEquals(102, shown.size(), shown.toString());
        assertEquals(many + ":404:18: too many errors in this file; stopped after 100", shown.get(100));
        assertEquals(later + ":3:18: metadata.name: invalid name \"X\": " + ApiValidation.DNS1123_SUBDOMAIN_MSG, shown.get(101));
    }

    /** Past the cap for the whole batch, the files not read are named. */
    @Test
    void aBatchPastTheOverallCapNamesTheFilesNotRead(@TempDir Path dir) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            files.add(Files.writeString(dir.resolve("f" + i + ".yaml"), badPods(101)));
        }
        LoadResult result = loader.loadFiles(files);

        List<String> shown = Fixtures.shown(result);
        assertEquals(files.get(9) + ":404:18: too many errors in this file; stopped after 100", shown.get(shown.size() - 4));
        for (int i = 10; i < 13; i++) {
            assertEquals(files.get(i) + ": not read: stopped after 1000 errors in the files before it",
                    shown.get(shown.size() - 13 + i));
        }
    }

    /** Running out of pod IPs said so with no file and no position. */
    @Test
    void runningOutOfPodIpsPointsAtThePodThatGotNone() {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
        int free = 246 + 253 * 256 + 255; // 10.244.1.10 to 10.244.255.254
        int pods = free + 2;
        for (int i = 0; i < pods; i++) {
            yaml.append("- {apiVersion: v1, kind: Pod, metadata: {name: p").append(i).append("}}\n");
        }
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> loader.load("crowd.yaml", yaml.toString()));

        List<String> errors = result.errors().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of(
                "crowd.yaml:" + (4 + free) + ":3: no free pod IP left in 10.244.1.10-10.244.255.254 for default/p" + free
                        + "; give it one with the netpoldojo.io/ip annotation",
                "crowd.yaml:" + (5 + free) + ":3: no free pod IP left in 10.244.1.10-10.244.255.254 for default/p"
                        + (free + 1) + "; give it one with the netpoldojo.io/ip annotation"), errors);
    }
}
