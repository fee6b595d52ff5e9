package io.netpoldojo.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a content file, read field by field with its field path, reporting wrong
 * types, missing and unknown fields to {@link Problems} at the node's position. Getters return
 * empty after reporting, so a reader carries on and finds the next problem too.
 */
final class YamlMap {
    final String file;
    final String path;
    final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlMap(String file, String path, MappingNode node, Problems problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            Node key = t.getKeyNode();
            if (!(key instanceof ScalarNode scalar) || isNull(key)) {
                problems.error(file, key, path, "field names must be plain text");
                continue;
            }
            String name = scalar.getValue();
            if (fields.containsKey(name)) {
                problems.error(file, key, Problems.child(path, name), "duplicate field");
                continue;
            }
            fields.put(name, t);
        }
    }

    /** The node as a mapping, or empty after reporting that it is not one. */
    static Optional<YamlMap> of(Node node, String file, String path, Problems problems) {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMap(file, path, m, problems));
        }
        problems.error(file, node, path, "must be a mapping (key: value lines), got " + describe(node));
        return Optional.empty();
    }

    /** Reports every field not in {@code allowed}. */
    void allowOnly(String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (Map.Entry<String, NodeTuple> e : fields.entrySet()) {
            if (!ok.contains(e.getKey())) {
                problems.error(file, e.getValue().getKeyNode(), Problems.child(path, e.getKey()),
                        "unknown field; expected one of: " + String.join(", ", new TreeSet<>(Arrays.asList(allowed))));
            }
        }
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Set<String> keys() {
        return fields.keySet();
    }

    String pathOf(String key) {
        return Problems.child(path, key);
    }

    Optional<Node> node(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? Optional.empty() : Optional.of(t.getValueNode());
    }

    Node keyNode(String key) {
        return fields.get(key).getKeyNode();
    }

    /** Reports a missing required field at the mapping itself. */
    void missing(String key) {
        problems.error(file, node, path, "missing required field \"" + key + "\"");
    }

    Optional<String> text(String key) {
        return node(key).flatMap(n -> asText(n, pathOf(key)));
    }

    Optional<String> requiredText(String key) {
        if (!has(key)) {
            missing(key);
            return Optional.empty();
        }
        return text(key);
    }

    Optional<Integer> requiredInt(String key, int min, int max) {
        if (!has(key)) {
            missing(key);
            return Optional.empty();
        }
        Node n = node(key).get();
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                int v = Integer.parseInt(s.getValue());
                if (v >= min && v <= max) {
                    return Optional.of(v);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.error(file, n, pathOf(key), "must be a whole number from " + min + " to " + max + ", got " + describe(n));
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
                return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT))
                        || List.of("yes", "on", "y").contains(s.getValue().toLowerCase(java.util.Locale.ROOT)));
            }
            problems.error(file, n, pathOf(key), "must be true or false, got " + describe(n));
            return Optional.empty();
        });
    }

    /** The items of a list field (empty when absent or after reporting a non-list). */
    List<Node> list(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (n.get() instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problems.error(file, n.get(), pathOf(key), "must be a list (lines starting with \"- \"), got " + describe(n.get()));
        return List.of();
    }

    /** A list of text items, each reported at its own position when it is not text. */
    List<String> textList(String key) {
        List<String> out = new ArrayList<>();
        List<Node> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            asText(items.get(i), Problems.index(pathOf(key), i)).ifPresent(out::add);
        }
        return out;
    }

    Optional<YamlMap> map(String key) {
        return node(key).flatMap(n -> of(n, file, pathOf(key), problems));
    }

    Optional<String> asText(Node n, String at) {
        if (n instanceof ScalarNode s && !isNull(n)) {
            if (s.getValue().isBlank()) {
                problems.error(file, n, at, "must not be empty");
                return Optional.empty();
            }
            return Optional.of(s.getValue());
        }
        problems.error(file, n, at, "must be text, got " + describe(n));
        return Optional.empty();
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode && n.getTag().equals(Tag.NULL);
    }

    /** How a wrong value reads in a message: {@code a list}, {@code "hard"}, {@code nothing}. */
    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(n)) {
            return "nothing";
        }
        String v = ((ScalarNode) n).getValue();
        return "\"" + (v.length() > 40 ? v.substring(0, 37) + "..." : v) + "\"";
    }
}
