package io.netpoldojo.manifest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping read as an object's fields: keys as strings (kubectl turns non-string scalar
 * keys into strings), the first of duplicate keys (duplicates are reported for the whole
 * document beforehand), and a check against the fields a schema declares.
 */
final class Fields {
    private final ObjectReader reader;
    private final Node node;
    private final String path;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    Fields(ObjectReader reader, MappingNode map, String path) {
        this.reader = reader;
        this.node = map;
        this.path = path;
        for (NodeTuple tuple : map.getValue()) {
            reader.visit();
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.putIfAbsent(key.getValue(), tuple);
            } else {
                nonStringKey(tuple.getKeyNode());
            }
        }
    }

    private void nonStringKey(Node key) {
        reader.error(key, path, "expected a string key, got " + ObjectReader.describe(key));
    }

    private Fields(ObjectReader reader, Node node, String path) {
        this.reader = reader;
        this.node = node;
        this.path = path;
    }

    static Fields empty(ObjectReader reader, Node at, String path) {
        return new Fields(reader, at, path);
    }

    Node node() {
        return node;
    }

    String path() {
        return path;
    }

    String pathOf(String name) {
        return ObjectReader.child(path, name);
    }

    /** The value node, or null when the key is absent; records the key's position. */
    Node get(String name) {
        NodeTuple tuple = entries.get(name);
        if (tuple == null) {
            return null;
        }
        reader.record(pathOf(name), tuple.getKeyNode());
        return tuple.getValueNode();
    }

    /** True when the field is written with a non-null value. */
    boolean has(String name) {
        NodeTuple tuple = entries.get(name);
        return tuple != null && !ObjectReader.isNull(tuple.getValueNode());
    }

    /**
     * "Required value" for a string field written empty ({@code text} present and "") or null: at
     * the field when it is written, at this mapping when it is null. Nothing for an absent or wrongly
     * typed field, whose own message (if any) the caller has. Out of line, as the readers' messages
     * are (the quick JIT compiles a hot method whole).
     */
    void requiredIfBlank(Node node, Optional<String> text, String name) {
        if (ObjectReader.isNull(node) || text.isPresent()) {
            reader.error(ObjectReader.isNull(node) ? this.node : node, pathOf(name), "Required value");
        }
    }

    /** Strict field validation: "field not declared in schema" for each field outside {@code declared}. */
    void allowOnly(Set<String> declared) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!declared.contains(e.getKey())) {
                undeclared(e.getKey(), e.getValue().getKeyNode());
            }
        }
    }

    private void undeclared(String name, Node key) {
        reader.error(key, pathOf(name), "field not declared in schema");
    }

    /** Key/value pairs in order, for maps with free-form keys (labels, annotations). */
    Map<String, NodeTuple> tuples() {
        return entries;
    }
}
