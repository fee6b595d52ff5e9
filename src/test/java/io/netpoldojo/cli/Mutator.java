package io.netpoldojo.cli;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Mutations of a manifest for {@link ManifestFuzzTest}: byte-level (flip, cut, repeat, bytes that
 * are not UTF-8, byte order marks, long runs), structural on the YAML node tree (a value replaced
 * by a tricky one, a wrong tag, a map where a list goes, keys removed or doubled, deep nesting,
 * shared nodes written as aliases) and whole documents (joined, doubled, wrapped in a List).
 * Deterministic for a given {@link Random}.
 */
final class Mutator {
    /** A mutated file: its bytes (not always UTF-8) and what was done, for the failure report. */
    record Mutant(byte[] bytes, String how) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static final String[] CHARS = {":", "-", " ", "\n", "\t", "{", "}", "[", "]", "&a ", "*a", "!", "|", ">",
        "\"", "'", "#", "%", "@", "`", "\u0000", "\uFEFF", "\u2028", "\u0085", "\uFF11", "\u0663", "\u00e9",
        "\ud83d\ude00", "\r", "\\", ",", "?", "<<: ", "---\n", "...\n", "x", "0", "9"};
    private static final String[] VALUES = {"", "-1", "0", "65535", "65536", "0x50", "0o17", "0b101", "1:20", "1_000",
        "99999999999999999999999", "\uFF11\uFF10.0.0.0/8", "1.2.3.4/\u0663\u0662", "+1::/64", "-1::/16", "null", "~",
        "true", "y", "N", "on", "[", "{", "*", "10.0.0.0/33", "10.0.0.0/8", "::/0", "0.0.0.0/0", "010.0.0.1/32",
        "fe80::1%eth0/64", "TCP", "tcp", "SCTP", "HTTP", "In", "NotIn", "Exists", "DoesNotExist", "Ingress", "Egress",
        "default", "kube-system", "Default", "a/b/c", "example.com/app", "-bad-", "http", "a--b", "x".repeat(64),
        "y".repeat(300), "a.".repeat(200) + "a", "\u00e9t\u00e9", "\ud83d\ude00", "1e3", ".inf", "2001-12-14",
        "netpoldojo.io/ip", "203.0.113.10", "10.244.1.10", "NetworkPolicy", "Pod", "List", "v1", "apps/v1",
        "networking.k8s.io/v1", "extensions/v1beta1"};
    private static final String[] TAGS = {"!!int", "!!float", "!!binary", "!!bool", "!!timestamp", "!k8s", "!!str",
        "!!null", "!!set", "!!omap", "!!merge", "tag:example.com,2000:x"};
    private static final String[] KEYS = {"apiVersion", "kind", "metadata", "name", "namespace", "labels", "annotations",
        "spec", "podSelector", "namespaceSelector", "ipBlock", "cidr", "except", "ingress", "egress", "from", "to",
        "ports", "port", "endPort", "protocol", "policyTypes", "matchLabels", "matchExpressions", "key", "operator",
        "values", "containers", "containerPort", "status", "podIP", "items", "template", "selector", "unknownField"};

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    Mutant mutate(List<String> seeds) {
        String seed = pick(seeds);
        int kind = random.nextInt(100);
        if (kind < 35) {
            return text(seed);
        }
        if (kind < 45) {
            return bytes(seed);
        }
        if (kind < 85) {
            return structural(seed);
        }
        return documents(seed, pick(seeds));
    }

    // ---- text and bytes -----------------------------------------------------------------------

    private Mutant text(String seed) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        List<String> how = new ArrayList<>();
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(9)) {
                case 0 -> {
                    String c = pick(CHARS);
                    s.replace(at, Math.min(s.length(), at + 1), c);
                    how.add("replace@" + at);
                }
                case 1 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(60));
                    s.delete(at, end);
                    how.add("delete@" + at);
                }
                case 2 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(200));
                    s.insert(at, s.substring(at, end));
                    how.add("repeat@" + at);
                }
                case 3 -> {
                    s.setLength(at);
                    how.add("cut@" + at);
                }
                case 4 -> {
                    int line = lineStart(s, at);
                    s.insert(line, "\uFEFF");
                    how.add("bom@" + line);
                }
                case 5 -> {
                    int line = lineStart(s, at);
                    s.insert(line, random.nextBoolean() ? "  " : " ");
                    how.add("indent@" + line);
                }
                case 6 -> {
                    String run = pick(new String[] {"a", "9", " ", "[", "{", "-", "a.", "\u00e9"})
                            .repeat(1_000 + random.nextInt(random.nextInt(10) == 0 ? 300_000 : 20_000));
                    s.insert(at, run);
                    how.add("run@" + at + "x" + run.length());
                }
                case 7 -> {
                    for (int i = at; i < s.length(); i++) {
                        if (Character.isDigit(s.charAt(i))) {
                            s.replace(i, i + 1, pick(new String[] {"\uFF11", "\u0663", "+1", "-", "\u00b2"}));
                            how.add("digit@" + i);
                            break;
                        }
                    }
                }
                default -> {
                    s.insert(at, pick(CHARS));
                    how.add("insert@" + at);
                }
            }
        }
        return new Mutant(s.toString().getBytes(StandardCharsets.UTF_8), "text " + String.join(",", how));
    }

    private Mutant bytes(String seed) {
        byte[] b = seed.getBytes(StandardCharsets.UTF_8);
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n && b.length > 0; i++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return new Mutant(b, "bytes x" + n);
    }

    private static int lineStart(CharSequence s, int at) {
        int i = Math.min(at, s.length());
        while (i > 0 && s.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    // ---- the node tree ------------------------------------------------------------------------

    private Mutant structural(String seed) {
        List<Node> documents = compose(seed);
        if (documents.isEmpty()) {
            return text(seed);
        }
        List<String> how = new ArrayList<>();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            Node doc = pick(documents);
            List<Node> nodes = new ArrayList<>();
            collect(doc, nodes, 0);
            if (random.nextInt(6) == 0) {
                // One field's maps and lists tagged wherever it appears (status: !k8s {...} once threw).
                List<String> fields = nodes.stream().filter(n -> n instanceof MappingNode)
                        .flatMap(n -> ((MappingNode) n).getValue().stream())
                        .filter(t -> !(t.getValueNode() instanceof ScalarNode) && t.getKeyNode() instanceof ScalarNode)
                        .map(t -> ((ScalarNode) t.getKeyNode()).getValue()).distinct().toList();
                if (!fields.isEmpty()) {
                    String field = pick(fields);
                    Tag tag = new Tag(pick(new String[] {"!k8s", Tag.PREFIX + "set", Tag.PREFIX + "str", Tag.PREFIX + "int"}));
                    nodes.stream().filter(n -> n instanceof MappingNode).flatMap(n -> ((MappingNode) n).getValue().stream())
                            .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(field))
                            .forEach(t -> t.getValueNode().setTag(tag));
                    how.add("tag-field " + field + " " + tag.getValue());
                    continue;
                }
            }
            Node target = random.nextBoolean() ? pick(nodes) : byKey(nodes);
            how.add(mutateNode(target, nodes));
        }
        return new Mutant(serialize(documents).getBytes(StandardCharsets.UTF_8), "tree " + String.join(",", how));
    }

    private String mutateNode(Node target, List<Node> all) {
        switch (random.nextInt(8)) {
            case 0 -> {
                if (target instanceof MappingNode map && !map.getValue().isEmpty()) {
                    NodeTuple t = pick(map.getValue());
                    if (t.getValueNode() instanceof ScalarNode) {
                        replaceValue(map, t, scalar(pick(VALUES), Tag.STR, random.nextBoolean()));
                        return "value";
                    }
                }
                return "none";
            }
            case 1 -> {
                // Any node, half the time a map or a list: status: !k8s {egress: []} once threw in the loader.
                List<Node> collections = all.stream().filter(n -> !(n instanceof ScalarNode)).toList();
                Node tagged = random.nextBoolean() && !collections.isEmpty() ? pick(collections) : target;
                tagged.setTag(new Tag(pick(TAGS).replace("!!", Tag.PREFIX)));
                return "tag";
            }
            case 2 -> {
                if (target instanceof MappingNode map && !map.getValue().isEmpty()) {
                    NodeTuple t = pick(map.getValue());
                    Node other = switch (random.nextInt(3)) {
                        case 0 -> scalar(pick(VALUES), Tag.STR, false);
                        case 1 -> new SequenceNode(Tag.SEQ, new ArrayList<>(List.of(scalar("x", Tag.STR, false))),
                                DumperOptions.FlowStyle.FLOW);
                        default -> new MappingNode(Tag.MAP, new ArrayList<>(List.of(new NodeTuple(
                                scalar(pick(KEYS), Tag.STR, false), scalar(pick(VALUES), Tag.STR, false)))),
                                DumperOptions.FlowStyle.FLOW);
                    };
                    replaceValue(map, t, other);
                    return "retype";
                }
                return "none";
            }
            case 3 -> {
                if (target instanceof MappingNode map && !map.getValue().isEmpty()) {
                    map.getValue().remove(random.nextInt(map.getValue().size()));
                    return "drop-key";
                }
                if (target instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
                    seq.getValue().remove(random.nextInt(seq.getValue().size()));
                    return "drop-item";
                }
                return "none";
            }
            case 4 -> {
                if (target instanceof MappingNode map) {
                    NodeTuple copy = map.getValue().isEmpty() || random.nextBoolean()
                            ? new NodeTuple(scalar(pick(KEYS), Tag.STR, false), scalar(pick(VALUES), Tag.STR, false))
                            : pick(map.getValue());
                    map.getValue().add(random.nextInt(map.getValue().size() + 1), copy);
                    return "add-key";
                }
                if (target instanceof SequenceNode seq) {
                    seq.getValue().add(seq.getValue().isEmpty() ? scalar("x", Tag.STR, false) : pick(seq.getValue()));
                    return "add-item";
                }
                return "none";
            }
            case 5 -> {
                if (target instanceof MappingNode map && !map.getValue().isEmpty()) {
                    NodeTuple t = pick(map.getValue());
                    Node deep = t.getValueNode();
                    int depth = 5 + random.nextInt(random.nextInt(4) == 0 ? 120 : 30);
                    for (int i = 0; i < depth; i++) {
                        deep = new SequenceNode(Tag.SEQ, new ArrayList<>(List.of(deep)), DumperOptions.FlowStyle.FLOW);
                    }
                    replaceValue(map, t, deep);
                    return "nest" + depth;
                }
                return "none";
            }
            case 6 -> {
                // The same node twice: the serializer writes an anchor and an alias.
                if (target instanceof MappingNode map && !map.getValue().isEmpty()) {
                    NodeTuple t = pick(map.getValue());
                    replaceValue(map, t, pick(all));
                    return "alias";
                }
                return "none";
            }
            default -> {
                if (target instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
                    Node item = pick(seq.getValue());
                    int copies = 2 + random.nextInt(random.nextInt(5) == 0 ? 2_000 : 20);
                    for (int i = 0; i < copies; i++) {
                        seq.getValue().add(item);
                    }
                    return "widen" + copies;
                }
                return "none";
            }
        }
    }

    /** A map holding one of the fields the loader reads, when there is one: where mutations matter most. */
    private Node byKey(List<Node> nodes) {
        String key = pick(KEYS);
        List<Node> holders = nodes.stream().filter(n -> n instanceof MappingNode map && map.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))).toList();
        return holders.isEmpty() ? pick(nodes) : pick(holders);
    }

    private static void replaceValue(MappingNode map, NodeTuple tuple, Node value) {
        List<NodeTuple> tuples = map.getValue();
        tuples.set(tuples.indexOf(tuple), new NodeTuple(tuple.getKeyNode(), value));
    }

    private static ScalarNode scalar(String value, Tag tag, boolean quoted) {
        return new ScalarNode(tag, value, null, null, quoted ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                : DumperOptions.ScalarStyle.PLAIN);
    }

    private static void collect(Node node, List<Node> out, int depth) {
        if (depth > 40 || out.size() > 5_000) {
            return;
        }
        out.add(node);
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                collect(t.getValueNode(), out, depth + 1);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                collect(item, out, depth + 1);
            }
        }
    }

    // ---- whole documents ----------------------------------------------------------------------

    private Mutant documents(String seed, String other) {
        List<Node> docs = compose(seed);
        switch (random.nextInt(4)) {
            case 0 -> {
                return new Mutant((seed + "\n---\n" + other).getBytes(StandardCharsets.UTF_8), "join");
            }
            case 1 -> {
                if (!docs.isEmpty()) {
                    docs.add(random.nextInt(docs.size() + 1), pick(docs));
                }
                return new Mutant(serialize(docs).getBytes(StandardCharsets.UTF_8), "double-document");
            }
            case 2 -> {
                java.util.Collections.shuffle(docs, random);
                return new Mutant(serialize(docs).getBytes(StandardCharsets.UTF_8), "shuffle");
            }
            default -> {
                List<Node> items = new ArrayList<>(docs);
                MappingNode list = new MappingNode(Tag.MAP, new ArrayList<>(List.of(
                        new NodeTuple(scalar("apiVersion", Tag.STR, false), scalar("v1", Tag.STR, false)),
                        new NodeTuple(scalar("kind", Tag.STR, false), scalar("List", Tag.STR, false)),
                        new NodeTuple(scalar("items", Tag.STR, false), new SequenceNode(Tag.SEQ, items,
                                DumperOptions.FlowStyle.BLOCK)))), DumperOptions.FlowStyle.BLOCK);
                return new Mutant(serialize(List.of(list)).getBytes(StandardCharsets.UTF_8), "list");
            }
        }
    }

    private static List<Node> compose(String text) {
        List<Node> out = new ArrayList<>();
        try {
            for (Node n : new Yaml(new LoaderOptions()).composeAll(new StringReader(text))) {
                if (n != null) {
                    out.add(n);
                }
            }
        } catch (RuntimeException e) {
            // Seeds are valid YAML; a later mutation may not be, which is the text mutations' job.
        }
        return out;
    }

    private static String serialize(List<Node> documents) {
        DumperOptions options = new DumperOptions();
        options.setWidth(Integer.MAX_VALUE);
        StringBuilder sb = new StringBuilder();
        for (Node doc : documents) {
            try {
                java.io.StringWriter out = new java.io.StringWriter();
                new Yaml(options).serialize(doc, out);
                sb.append("---\n").append(out);
            } catch (RuntimeException e) {
                sb.append("---\n# (not serializable: ").append(e.getClass().getSimpleName()).append(")\n");
            }
        }
        return sb.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }
}
