package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.SyntheticClusters;
import io.netpoldojo.engine.model.Cluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@link ManifestComposer} against SnakeYAML's own composer, which the loader used before: on
 * every YAML file of the project (content, test manifests), a bench manifest, and thousands of
 * random and damaged texts (anchors, aliases, merge keys, tags, flow and block styles, several
 * documents, then characters deleted, inserted, lines moved or re-indented), each document's
 * tree must be the same (kinds, tags, values, anchors, positions, styles, merged flags, shared
 * nodes) and so must the aliases counted and the failure (message, line and column). The loader's
 * remembering resolver is held against SnakeYAML's resolver on 200,000 random scalars.
 */
class ManifestComposerCrossCheckTest {

    @Test
    void composesEveryProjectFileAsSnakeYamlDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("content", "src/test/resources", "src/main/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        assertTrue(files.size() > 100, "found only " + files.size() + " YAML files");
        for (Path file : files) {
            String text = ManifestLoader.withoutByteOrderMarks(Files.readString(file));
            assertSame(text, file.toString());
        }
    }

    @Test
    void composesABenchManifestAsSnakeYamlDoes() {
        Cluster cluster = SyntheticClusters.generate(400, 20, 200, 20, 24);
        String yaml = new ManifestWriter().writeScenario(cluster, key -> Map.of(), key -> List.of(),
                ExportMode.SCENARIO);
        assertSame(yaml, "bench manifest");
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            String damaged = Damage.apply(yaml, random);
            assertSame(damaged, "damaged bench manifest " + i);
        }
    }

    @Test
    void composesRandomAndDamagedYamlAsSnakeYamlDoes() {
        Random random = new Random(2024);
        int failures = 0;
        for (int n = 0; n < 6_000; n++) {
            String text = RandomYaml.text(random);
            if (random.nextBoolean()) {
                text = Damage.apply(text, random);
            }
            if (assertSame(text, "case " + n).failure().isPresent()) {
                failures++;
            }
        }
        // Both kinds must be well represented, or the corpus tests little.
        assertTrue(failures > 1_000 && failures < 5_000, failures + " of 6,000 failed");
    }

    @Test
    void resolvesEveryPlainScalarAsSnakeYamlsResolver() {
        Resolver loaders = YamlDocuments.rememberingResolver();
        Resolver reference = YamlDocuments.resolver();
        Random random = new Random(11);
        String alphabet = "aynNYtfoO~0123456789-+.<=!&*_:eExXbB \u00e9\u0000\t";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 80 : 8);
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(3) == 0 ? (char) (32 + random.nextInt(96)) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = sb.toString();
            for (boolean implicit : new boolean[] {true, false}) {
                assertEquals(reference.resolve(NodeId.scalar, value, implicit), loaders.resolve(NodeId.scalar, value, implicit),
                        YamlText.quoted(value));
            }
        }
        for (char c = 0; c < 256; c++) {
            for (String rest : List.of("", "ull", "rue", "0", ".5", "<", "-10-10")) {
                String value = c + rest;
                assertEquals(reference.resolve(NodeId.scalar, value, true), loaders.resolve(NodeId.scalar, value, true),
                        YamlText.quoted(value));
            }
        }
    }

    @Test
    void limitsTripAtTheSameEventAsSnakeYamls() {
        // SnakeYAML counts aliases of lists and maps over the whole stream, not per document.
        for (int documents = 1; documents <= 30; documents++) {
            String doc = "a: &m {x: 1}\nb: *m\nc: [*m, &s 1, *s]\nd: &l [1]\ne: *l\n";
            assertSame(("---\n" + doc).repeat(documents), documents + " documents of aliases");
        }
        for (int depth = 55; depth <= 70; depth++) {
            assertSame("a: " + "[".repeat(depth) + "1" + "]".repeat(depth) + "\n", "flow depth " + depth);
            StringBuilder block = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                block.append("  ".repeat(i)).append("k").append(i).append(":\n");
            }
            assertSame(block.append("  ".repeat(depth)).append("v\n").toString(), "block depth " + depth);
        }
    }

    @Test
    void aMappingThatMergesItselfIsAnErrorNotAHang() {
        // SnakeYAML's own flattening repeats this forever.
        Trace ours = ours("a: &x {<<: *x}\n");
        assertEquals(Optional.of(new YamlDocuments.Failure(
                "YAML syntax error: " + ManifestComposer.SELF_MERGE, 0, 3)), ours.failure());
        Trace inList = ours("a: &x\n  b: 1\n  <<: [{c: 2}, *x]\n");
        assertEquals(Optional.of(new YamlDocuments.Failure(
                "YAML syntax error: " + ManifestComposer.SELF_MERGE, 0, 3)), inList.failure());
    }

    @Test
    void aMergeListOfManyMappingsIsNoSelfMerge() {
        // Finished mappings, inline or aliased, are merged as they are, however many there are.
        String many = "{}, ".repeat(ManifestComposer.MAX_MERGE_STEPS + 1);
        for (String text : List.of("a:\n  <<: [" + many + "{z: 1}]\n", "m: &m {k: 1}\na:\n  <<: [" + many + "*m]\n")) {
            assertEquals(Optional.empty(), ours(text).failure()); // assertSame takes a self-merge on trust
            assertSame(text, "a merge list of " + (ManifestComposer.MAX_MERGE_STEPS + 2) + " mappings");
        }
    }

    // --- the comparison ------------------------------------------------------------------------

    /** Each document's tree as text, the aliases counted per document, and the failure if any. */
    record Trace(List<String> documents, Optional<YamlDocuments.Failure> failure) {}

    private static Trace assertSame(String text, String what) {
        Trace ours = ours(text);
        if (ours.failure().isPresent() && ours.failure().get().message().endsWith(ManifestComposer.SELF_MERGE)) {
            // SnakeYAML's composer would never return: its flattening spins, some texts without
            // ever asking for a mapping again, so it cannot even be stopped from here. That ours
            // calls only a real self-merge so: aMergeListOfManyMappingsIsNoSelfMerge.
            return ours;
        }
        Trace theirs = snakeYaml(text);
        assertEquals(theirs, ours, what + ":\n" + (text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text));
        return ours;
    }

    private static Trace ours(String text) {
        LoaderOptions options = YamlDocuments.options();
        ManifestComposer composer = new ManifestComposer(new ParserImpl(new WholeTextReader(text), options),
                YamlDocuments.rememberingResolver(), options);
        List<String> documents = new ArrayList<>();
        try {
            while (composer.checkNode()) {
                Node node = composer.getNode();
                documents.add(composer.aliases() + " aliases\n" + tree(node));
            }
        } catch (RuntimeException | StackOverflowError e) {
            return new Trace(documents, Optional.of(YamlDocuments.describe(e, composer.lastMark(), text)));
        }
        return new Trace(documents, Optional.empty());
    }

    private static Trace snakeYaml(String text) {
        LoaderOptions options = YamlDocuments.options();
        Tracking parser = new Tracking(new ParserImpl(new WholeTextReader(text), options));
        Composer composer = new Composer(parser, YamlDocuments.resolver(), options);
        List<String> documents = new ArrayList<>();
        try {
            while (composer.checkNode()) {
                parser.aliases = 0;
                Node node = composer.getNode();
                documents.add(parser.aliases + " aliases\n" + tree(node));
            }
        } catch (RuntimeException | StackOverflowError e) {
            return new Trace(documents, Optional.of(YamlDocuments.describe(e, parser.lastMark(), text)));
        }
        return new Trace(documents, Optional.empty());
    }

    /** The loader's former wrapper: counts aliases, remembers the last event for errors without a position. */
    private static final class Tracking implements Parser {
        private final Parser delegate;
        private Event last;
        int aliases;

        Tracking(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            last = delegate.getEvent();
            if (last instanceof AliasEvent) {
                aliases++;
            }
            return last;
        }

        Mark lastMark() {
            return last == null ? null : last.getStartMark();
        }
    }

    /** Every property a reader could see, one line per node; a node met again is named by its number. */
    static String tree(Node root) {
        StringBuilder sb = new StringBuilder();
        write(sb, root, 0, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void write(StringBuilder sb, Node node, int indent, Map<Node, Integer> seen) {
        sb.append(" ".repeat(indent));
        Integer id = seen.get(node);
        if (id != null) {
            sb.append("#").append(id).append('\n');
            return;
        }
        seen.put(node, seen.size());
        sb.append('#').append(seen.size() - 1).append(' ').append(node.getClass().getSimpleName())
                .append(' ').append(node.getTag()).append(" resolved=").append(resolved(node))
                .append(" anchor=").append(node.getAnchor())
                .append(" at ").append(mark(node.getStartMark())).append('-').append(mark(node.getEndMark()));
        if (node instanceof ScalarNode scalar) {
            sb.append(' ').append(scalar.getScalarStyle()).append(" value=").append(YamlText.quoted(scalar.getValue()))
                    .append('\n');
        } else if (node instanceof SequenceNode seq) {
            sb.append(' ').append(seq.getFlowStyle()).append('\n');
            for (Node item : seq.getValue()) {
                write(sb, item, indent + 1, seen);
            }
        } else if (node instanceof MappingNode map) {
            sb.append(' ').append(map.getFlowStyle()).append(" merged=").append(map.isMerged()).append('\n');
            for (NodeTuple tuple : map.getValue()) {
                write(sb, tuple.getKeyNode(), indent + 1, seen);
                write(sb, tuple.getValueNode(), indent + 2, seen);
            }
        }
    }

    /** Whether the tag was implicit: SnakeYAML keeps it in a field without a getter. */
    private static boolean resolved(Node node) {
        try {
            java.lang.reflect.Field field = Node.class.getDeclaredField("resolved");
            field.setAccessible(true);
            return field.getBoolean(node);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String mark(Mark mark) {
        return mark == null ? "?" : mark.getLine() + ":" + mark.getColumn() + "@" + mark.getIndex();
    }
}
