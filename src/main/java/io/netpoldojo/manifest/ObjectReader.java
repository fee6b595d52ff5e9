package io.netpoldojo.manifest;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one object's node tree with types checked the way kubectl decodes JSON: a scalar's YAML
 * tag decides its type, {@code null} for an optional field means absent, and every problem is
 * reported at the node's position with an apiserver-style field path. It also records where each
 * field path it visits was written, for the {@link SourceIndex}, and counts visited nodes so that
 * alias expansion cannot make a walk unbounded.
 */
final class ObjectReader {
    static final int MAX_NODES = 2_000_000;
    /** Field paths kept per object for the SourceIndex; far above any real manifest, bounded for hostile ones. */
    static final int MAX_RECORDED_PATHS = 100_000;

    /** Shared by the readers of one document: visited nodes, counting every alias expansion. */
    static final class Budget {
        private int visited;
        private boolean yamlProblems;

        void visit() {
            if (++visited > MAX_NODES) {
                throw new TooManyNodes();
            }
        }

        /** The document-wide YAML checks (duplicate keys, foreign tags) found a problem: nothing in it is clean. */
        void markYamlProblems() {
            yamlProblems = true;
        }
    }

    static final class TooManyNodes extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyNodes() {
            super("too many nodes", null, false, false);
        }
    }

    private final String file;
    private final Diagnostics diagnostics;
    private final Budget budget;
    private final FieldPositions fields;
    private final int errorsAtStart;

    ObjectReader(String file, Diagnostics diagnostics, Budget budget) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.budget = budget;
        this.fields = new FieldPositions(file);
        this.errorsAtStart = diagnostics.errorCount();
    }

    // --- positions and diagnostics -------------------------------------------------------------

    SourcePosition position(Node node) {
        return new SourcePosition(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    void error(Node at, String path, String message) {
        diagnostics.report(Diagnostic.error(position(at), path, message));
    }

    void warning(Node at, String path, String message) {
        diagnostics.report(Diagnostic.warning(position(at), path, message));
    }

    void notice(Node at, String path, String message) {
        diagnostics.report(Diagnostic.notice(position(at), path, message));
    }

    /** Errors reported so far (in the whole load), to tell whether a part read cleanly. */
    int errorCount() {
        return diagnostics.errorCount();
    }

    /** True while no error has been reported since this reader was made, nor by the document's YAML checks. */
    boolean clean() {
        return diagnostics.errorCount() == errorsAtStart && !budget.yamlProblems;
    }

    /** Records where {@code path} was written; the first record wins (a key before its value). */
    void record(String path, Node node) {
        budget.visit();
        fields.add(path, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** Counts one visited node against the document's budget. */
    void visit() {
        budget.visit();
    }

    FieldPositions fieldPositions() {
        return fields;
    }

    // --- paths ---------------------------------------------------------------------------------

    static String child(String path, String name) {
        String shown = Metadata.shown(name);
        return path.isEmpty() ? shown : path + "." + shown;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    static String key(String path, String key) {
        return path + "[" + Metadata.shown(key) + "]";
    }

    // --- types ---------------------------------------------------------------------------------

    /** The tags of plain JSON-like data; anything else is reported once by {@link YamlChecks}. */
    static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.BINARY);

    /** A node with a tag such as {@code !secret}: already reported, so readers skip it silently. */
    static boolean isForeign(Node node) {
        if (node == null) {
            return false;
        }
        Tag tag = node.getTag();
        // The resolver's own constants, by identity first: nearly every node has one of these.
        return tag != Tag.STR && tag != Tag.MAP && tag != Tag.SEQ && tag != Tag.INT && !PLAIN_TAGS.contains(tag);
    }

    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode && node.getTag().equals(Tag.NULL));
    }

    /** "a string", "a number", "a boolean", "a map", "a list", "null": what the node holds. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            return "a string";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "a number";
        }
        if (tag.equals(Tag.BOOL)) {
            return "a boolean";
        }
        if (tag.equals(Tag.NULL)) {
            return "null";
        }
        return "a value tagged " + YamlDocuments.shortTag(tag.getValue());
    }

    /** A mapping; empty (and no error) when absent or null, an error for any other type. */
    Optional<Fields> mapping(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        record(path, node);
        if (isForeign(node)) {
            return Optional.empty();
        }
        if (!(node instanceof MappingNode map)) {
            return wrongType(node, path, "expected a map, got ");
        }
        return Optional.of(new Fields(this, map, path));
    }

    /** A list entry that must be a map, where YAML null decodes as an empty map (as in Go). */
    Optional<Fields> entry(Node node, String path) {
        if (isNull(node)) {
            record(path, node);
            return Optional.of(Fields.empty(this, node, path));
        }
        return mapping(node, path);
    }

    /** A sequence; empty when absent or null, an error for any other type. */
    Optional<List<Node>> sequence(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        record(path, node);
        if (isForeign(node)) {
            return Optional.empty();
        }
        if (!(node instanceof SequenceNode seq)) {
            return wrongType(node, path, "expected a list, got ");
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            record(index(path, i), seq.getValue().get(i));
        }
        return Optional.of(seq.getValue());
    }

    /** A string (a timestamp-looking plain scalar counts, as kubectl keeps it a string). */
    Optional<String> string(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        record(path, node);
        if (isForeign(node)) {
            return Optional.empty();
        }
        if (isString(node)) {
            return Optional.of(((ScalarNode) node).getValue());
        }
        return wrongType(node, path, "expected a string, got ");
    }

    /** An integer in any YAML 1.1 notation (80, 0x50, 0o120, 1_000); an error for other types. */
    Optional<BigInteger> integer(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        record(path, node);
        if (isForeign(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && node.getTag().equals(Tag.INT)) {
            Optional<BigInteger> value = YamlInts.parse(scalar.getValue());
            if (value.isPresent()) {
                return value;
            }
        }
        return wrongType(node, path, "expected an integer, got ");
    }

    /**
     * "expected a map, got a list": out of line, as every message of the readers' hot methods, so
     * that the quick JIT (the CLI's) does not compile message building that nearly never runs.
     */
    private <T> Optional<T> wrongType(Node node, String path, String expected) {
        error(node, path, expected + describe(node));
        return Optional.empty();
    }

    /** An integer as a message shows it: the number, or a huge one shortened as written. */
    static String shown(Node node, BigInteger value) {
        return YamlInts.shown(value, node instanceof ScalarNode scalar ? scalar.getValue() : value.toString());
    }

    static boolean isString(Node node) {
        return node instanceof ScalarNode && (node.getTag().equals(Tag.STR) || node.getTag().equals(Tag.TIMESTAMP));
    }

    static boolean isInteger(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.INT);
    }
}
