package io.netpoldojo.manifest;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Whole-document YAML checks that kubectl's decoder makes before any schema applies: no key
 * twice in one mapping, and no tags beyond the plain JSON-like ones. Each node is visited once,
 * however many aliases point at it.
 */
final class YamlChecks {
    private YamlChecks() {}

    /**
     * Checks {@code document}; {@code aliased} says whether it contains an alias. Without one the
     * document is a plain tree: every node is met once, so the walk needs no record of the nodes
     * it has seen, and its own count of visits (which stops at the limit) is the expanded size.
     */
    static void check(ObjectReader r, Node document, boolean aliased) {
        if (!aliased) {
            walk(r, document, null, null);
            return;
        }
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(r, document, null, seen);
        if (expandedSize(document, new IdentityHashMap<>()) > ObjectReader.MAX_NODES) {
            throw new ObjectReader.TooManyNodes();
        }
    }

    /**
     * How many nodes the readers would visit with every alias expanded, counted without expanding
     * anything: each shared node is counted once and its size reused. Aliases within the alias
     * limit can still multiply (20 peers sharing 20 requirements sharing 10,000 values), and the
     * readers used to validate two million values before their budget stopped them; a node that
     * contains itself (an alias inside its own anchor) has no end. Capped at the limit plus one.
     */
    private static long expandedSize(Node node, Map<Node, Long> sizes) {
        long over = ObjectReader.MAX_NODES + 1L;
        Long known = sizes.get(node);
        if (known != null) {
            return known < 0 ? over : known; // negative: still being counted, so it contains itself
        }
        sizes.put(node, -1L);
        long size = 1;
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                size += expandedSize(tuple.getKeyNode(), sizes) + expandedSize(tuple.getValueNode(), sizes);
                size = Math.min(size, over);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                size = Math.min(size + expandedSize(item, sizes), over);
            }
        }
        sizes.put(node, size);
        return size;
    }

    /** Mappings up to this many keys look for a duplicate among the keys before, without a hash map. */
    private static final int FEW_KEYS = 12;

    /**
     * Where a node is: its parent's place and its key or index. Made into a field path only for
     * an error, since nearly every node of a document has none (building every node's path cost
     * more than the checks).
     */
    private record At(At parent, String key, int index) {
        static String path(At at) {
            if (at == null) {
                return "";
            }
            String parent = path(at.parent);
            return at.key != null ? ObjectReader.child(parent, at.key) : ObjectReader.index(parent, at.index);
        }
    }

    /** {@code seen} is null for a document without aliases, which has no node twice. */
    private static void walk(ObjectReader r, Node node, At at, Set<Node> seen) {
        if (seen != null && !seen.add(node)) {
            return;
        }
        r.visit();
        if (ObjectReader.isForeign(node)) {
            foreignTag(r, node, at);
        }
        if (node instanceof MappingNode map) {
            List<NodeTuple> tuples = map.getValue();
            Map<String, Node> keys = tuples.size() > FEW_KEYS ? new HashMap<>() : null;
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple tuple = tuples.get(i);
                Node keyNode = tuple.getKeyNode();
                String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
                if (key != null) {
                    Node first = keys != null ? keys.putIfAbsent(key, keyNode) : firstBefore(tuples, i, key);
                    if (first != null) {
                        duplicateKey(r, keyNode, at, key, first);
                    }
                }
                walk(r, keyNode, at, seen);
                walk(r, tuple.getValueNode(), key == null ? at : new At(at, key, -1), seen);
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                walk(r, items.get(i), new At(at, null, i), seen);
            }
        }
    }

    // The messages, out of line: walk runs on every node, and the quick JIT compiles it whole.

    private static void foreignTag(ObjectReader r, Node node, At at) {
        r.error(node, At.path(at), "YAML tag " + YamlDocuments.shortTag(node.getTag().getValue()) + " is not supported");
    }

    private static void duplicateKey(ObjectReader r, Node keyNode, At at, String key, Node first) {
        r.error(keyNode, At.path(at), "duplicate key " + Metadata.quote(key) + " (first at line "
                + (first.getStartMark().getLine() + 1) + ")");
    }

    /** The first key node before {@code tuples[end]} written as {@code key}, or null: what a map of the keys so far would hold. */
    private static Node firstBefore(List<NodeTuple> tuples, int end, String key) {
        for (int j = 0; j < end; j++) {
            if (tuples.get(j).getKeyNode() instanceof ScalarNode earlier && earlier.getValue().equals(key)) {
                return earlier;
            }
        }
        return null;
    }
}
