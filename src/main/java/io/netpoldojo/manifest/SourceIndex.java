package io.netpoldojo.manifest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each object's fields were written, so that a finding about (policy, field path) from the
 * engine's lint can be shown at a file, line and column.
 */
public final class SourceIndex {
    /** No positions at all, e.g. for a LoadResult built by hand in a test. */
    public static final SourceIndex EMPTY = new SourceIndex(Map.of());

    /** Positions of one object: its document, and each field path read inside it (a map made on first use). */
    static final class Entry {
        private final SourcePosition object;
        private final FieldPositions recorded;
        private volatile Map<String, SourcePosition> fields;

        Entry(SourcePosition object, Map<String, SourcePosition> fields) {
            this.object = object;
            this.recorded = null;
            this.fields = Map.copyOf(fields);
        }

        Entry(SourcePosition object, FieldPositions recorded) {
            this.object = object;
            this.recorded = recorded;
        }

        SourcePosition object() {
            return object;
        }

        Map<String, SourcePosition> fields() {
            Map<String, SourcePosition> made = fields;
            if (made == null) {
                made = recorded.toMap(); // two threads may both make it: equal maps, either will do
                fields = made;
            }
            return made;
        }
    }

    private final Map<ObjectKey, Entry> entries;

    SourceIndex(Map<ObjectKey, Entry> entries) {
        this.entries = Map.copyOf(new HashMap<>(entries));
    }

    /** Every object's position and its fields' positions, as text, for tests that hold two loads against each other. */
    String contents() {
        StringBuilder sb = new StringBuilder();
        entries.entrySet().stream().sorted(java.util.Comparator.comparing(e -> e.getKey().toString()))
                .forEach(e -> sb.append(e.getKey()).append(' ').append(e.getValue().object()).append(' ')
                        .append(new java.util.TreeMap<>(e.getValue().fields())).append('\n'));
        return sb.toString();
    }

    /**
     * The position of {@code fieldPath} (e.g. {@code spec.ingress[0].from[1].ipBlock.except[0]})
     * in the object: the exact path, else its nearest recorded ancestor, else the object's own
     * position; empty only when the object is unknown.
     */
    public Optional<SourcePosition> find(ObjectKey key, String fieldPath) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        String path = fieldPath == null ? "" : fieldPath;
        while (!path.isEmpty()) {
            SourcePosition at = entry.fields().get(path);
            if (at != null) {
                return Optional.of(at);
            }
            path = parent(path);
        }
        return Optional.of(entry.object());
    }

    /** {@code a.b[0]} to {@code a.b}, {@code a.b} to {@code a}, {@code a[x.y]} to {@code a}, {@code a} to "". */
    static String parent(String path) {
        if (path.endsWith("]")) {
            int open = path.lastIndexOf('[');
            return open < 0 ? "" : path.substring(0, open);
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
