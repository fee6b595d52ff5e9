package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.SyntheticClusters;
import io.netpoldojo.engine.model.Cluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The load with large texts composed on two threads ({@link SplitComposing}) against the load on
 * one: the whole {@link LoadResult} (every diagnostic's file, line, column, field path and
 * message; the cluster's objects in order; every recorded position) must be the same, whatever
 * the cut, on every YAML file of the project, bench manifests, damaged copies of them (cut,
 * characters flipped, a {@code ---} in a quoted scalar or a flow collection, a quote left open
 * before a {@code ---}, aliases over both parts past the limit, directives) and thousands of
 * random multi-document texts. The split is forced here whatever the text's size and the cores.
 */
class SplitComposingTest {
    private static final double[] FRACTIONS = {0.05, 0.2, 0.3, 0.5, 0.7, 0.95};

    private static SplitComposing.Split forced(double fraction) {
        return new SplitComposing.Split(0, fraction, false);
    }

    @Test
    void loadsEveryProjectFileAsOneThreadDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("content", "src/test/resources", "src/main/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        assertTrue(files.size() > 100, "found only " + files.size() + " YAML files");
        int split = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            for (double fraction : FRACTIONS) {
                split += assertSameLoad(text, file.toString(), fraction) ? 1 : 0;
            }
        }
        assertTrue(split > 100, "only " + split + " loads were split");
    }

    @Test
    void loadsBenchManifestsAndDamagedCopiesAsOneThreadDoes() {
        String yaml = benchManifest(400, 200);
        Random random = new Random(11);
        for (double fraction : FRACTIONS) {
            assertTrue(assertSameLoad(yaml, "bench manifest", fraction));
        }
        for (int i = 0; i < 60; i++) {
            String damaged = Damage.apply(yaml, random);
            assertSameLoad(damaged, "damaged bench manifest " + i, random.nextDouble());
        }
    }

    @Test
    void aCleanManifestIsComposedInTwoPartsWithoutARedo() {
        String yaml = ManifestLoader.withoutByteOrderMarks(benchManifest(200, 100));
        for (double fraction : FRACTIONS) {
            int cut = forced(fraction).cutOf(yaml);
            assertTrue(cut > 0, "no cut at " + fraction);
            int[] redone = {0};
            List<String> twoThreads = new ArrayList<>();
            Optional<YamlDocuments.Failure> failure = SplitComposing.forEach(yaml, cut,
                    d -> twoThreads.add(d.root().getStartMark().getLine() + " " + d.root().getEndMark().getLine()),
                    () -> redone[0]++);
            List<String> oneThread = new ArrayList<>();
            YamlDocuments.forEach(yaml, d -> oneThread.add(d.root().getStartMark().getLine() + " "
                    + d.root().getEndMark().getLine()), SplitComposing.Split.NEVER);
            assertEquals(Optional.empty(), failure);
            assertEquals(0, redone[0], "composed again at " + fraction);
            assertEquals(oneThread, twoThreads);
        }
    }

    @Test
    void failuresAroundTheCutAreTheOneThreadFailures() {
        String yaml = benchManifest(100, 50);
        int middle = yaml.indexOf("\n---", yaml.length() / 2) + 1;
        String before = yaml.substring(0, middle);
        String after = yaml.substring(middle);
        List<String> damaged = List.of(
                before + "x: \"open\n" + after, // a quote left open before the cut
                before + "x: 'open\n" + after,
                before + "x: [1,\n" + after, // a flow collection left open
                before + "x: {a: 1,\n" + after,
                before.substring(0, before.length() - 1) + " \"\n" + after.replaceFirst("\n", "\"\n"),
                before + "x: |\n  text\n" + after, // a block scalar ended by the cut
                before + "x: plain\n  continued\n" + after,
                before + "x: \"a\n" + after.replaceFirst("\n", "\"\n"), // the --- inside a quoted scalar
                before + "x: [a,\n" + after.replaceFirst("\n", "]\n"), // the --- inside a flow collection
                before + "x: 1\n  bad: indent\n" + after,
                before + "%YAML 1.1\n" + after, // directives
                "%TAG !k! tag:yaml.org,2002:\n---\n" + before + after.replaceFirst("kind: ", "kind: !k!str "),
                before + "x: \u0007\n" + after, // a character YAML does not allow
                before + after.replaceFirst("kind:", "kind: \u0007"),
                before + "\uFEFFa: 1\n" + after,
                before + "x: *nowhere\n" + after,
                before + after.replaceFirst("---\n", "---\nx: *nowhere\n"),
                before + "---\n" + after, // an empty document at the cut
                before + "...\n" + after,
                before + after + "x: \"never closed\n",
                before + "a:\r\n  b: 1\r\n" + after.replace("\n", "\r\n"));
        int i = 0;
        for (String text : damaged) {
            for (double fraction : new double[] {0.3, 0.5, 0.7}) {
                assertSameLoad(text, "damaged near the cut " + i, fraction);
            }
            i++;
        }
    }

    @Test
    void theAliasLimitIsTheStreamsOverBothParts() {
        String doc = "a: &m {x: 1}\nb: *m\nc: [*m, &s 1, *s]\nd: &l [1]\ne: *l\n";
        String filler = "kind: ConfigMap\napiVersion: v1\nmetadata: {name: c}\n";
        for (int documents = 1; documents <= 30; documents++) {
            String text = ("---\n" + filler + "---\n" + doc).repeat(documents);
            for (double fraction : FRACTIONS) {
                assertSameLoad(text, documents + " documents of aliases", fraction);
                assertSameDocuments(text, documents + " documents of aliases", fraction);
            }
        }
    }

    @Test
    void loadsRandomMultiDocumentTextsAsOneThreadDoes() {
        Random random = new Random(4242);
        int split = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 2 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                sb.append("---\n").append(RandomYaml.text(random));
            }
            String text = sb.toString();
            if (random.nextInt(3) == 0) {
                text = Damage.apply(text, random);
            }
            double fraction = random.nextDouble();
            split += assertSameLoad(text, "random " + n, fraction) ? 1 : 0;
            assertSameDocuments(text, "random " + n, fraction);
        }
        assertTrue(split > 2_000, "only " + split + " texts were split");
    }

    @Test
    void theHelperThreadEndsWhenTheMainThreadFails() throws InterruptedException {
        String yaml = benchManifest(200, 100);
        int cut = forced(0.1).cutOf(yaml);
        RuntimeException failure = new IllegalStateException("reading failed");
        assertThrows(IllegalStateException.class, () -> SplitComposing.forEach(yaml, cut, d -> {
            throw failure;
        }));
        for (int i = 0; i < 200 && helperAlive(); i++) {
            Thread.sleep(50);
        }
        assertFalse(helperAlive(), "the helper thread is still running");
    }

    @Test
    void smallTextsDirectivesAndOneCoreAreNotSplit() {
        String yaml = benchManifest(200, 100);
        assertTrue(SplitComposing.Split.DEFAULT.minChars() > 1000);
        assertEquals(-1, SplitComposing.Split.DEFAULT.cutOf("a: 1\n---\nb: 2\n"));
        assertEquals(-1, forced(0.5).cutOf("%YAML 1.1\n" + yaml));
        assertEquals(-1, forced(0.5).cutOf(yaml.replace("\n---\n", "\n--- \n").replace("\n--- \n", "\n---x\n")));
        int cut = forced(0.5).cutOf(yaml);
        assertTrue(yaml.startsWith("---\n", cut) && yaml.charAt(cut - 1) == '\n', "cut at " + cut);
        assertTrue(cut >= yaml.length() / 2);
    }

    private static boolean helperAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("netpol-dojo-compose"));
    }

    static String benchManifest(int pods, int policies) {
        Cluster cluster = SyntheticClusters.generate(pods, 20, policies, 20, 24);
        return new ManifestWriter().writeScenario(cluster, key -> Map.of(), key -> List.of(), ExportMode.SCENARIO);
    }

    /** Holds the two loads against each other; true when the two-thread load did cut the text. */
    private static boolean assertSameLoad(String text, String what, double fraction) {
        LoadResult one = new ManifestLoader(SplitComposing.Split.NEVER).load(what, text);
        LoadResult two = new ManifestLoader(forced(fraction)).load(what, text);
        assertEquals(describe(one), describe(two), what + ", cut at " + fraction);
        return forced(fraction).cutOf(ManifestLoader.withoutByteOrderMarks(text)) >= 0;
    }

    /** The composed documents themselves (positions of every node) and the failure, below the loader's checks. */
    private static void assertSameDocuments(String text, String what, double fraction) {
        String body = ManifestLoader.withoutByteOrderMarks(text);
        assertEquals(documents(body, SplitComposing.Split.NEVER), documents(body, forced(fraction)),
                what + ", documents cut at " + fraction);
    }

    private static String documents(String text, SplitComposing.Split split) {
        StringBuilder sb = new StringBuilder();
        Optional<YamlDocuments.Failure> failure = YamlDocuments.forEach(text,
                d -> sb.append(d.aliased()).append(' ').append(ManifestComposerCrossCheckTest.tree(d.root())).append('\n'),
                split);
        return sb.append(failure).toString();
    }

    private static String describe(LoadResult result) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            SourcePosition at = d.position();
            sb.append(d.severity()).append(' ').append(at.file()).append(':').append(at.line()).append(':')
                    .append(at.column()).append(' ').append(d.path()).append(": ").append(d.message()).append('\n');
        }
        sb.append(result.cluster()).append('\n');
        result.objects().forEach(o -> sb.append(o).append('\n'));
        return sb.append(result.sources().contents()).toString();
    }
}
