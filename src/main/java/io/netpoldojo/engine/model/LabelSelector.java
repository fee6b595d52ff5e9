package io.netpoldojo.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes label selector: {@code matchLabels} and {@code matchExpressions}, ANDed together.
 * "An empty label selector matches all objects" (API reference, LabelSelector).
 */
public record LabelSelector(Labels matchLabels, List<SelectorRequirement> matchExpressions) {
    /** {@code {}}: selects everything. */
    public static final LabelSelector EVERYTHING = new LabelSelector(Labels.NONE, List.of());

    public LabelSelector {
        matchExpressions = List.copyOf(matchExpressions);
    }

    /** The components compared one by one, as a record's own equals does; by hand because this is a hash key. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LabelSelector s && matchLabels.equals(s.matchLabels)
                && matchExpressions.equals(s.matchExpressions);
    }

    @Override
    public int hashCode() {
        return matchLabels.hashCode() * 31 + matchExpressions.hashCode();
    }

    public static LabelSelector matchLabels(String... keysAndValues) {
        return new LabelSelector(Labels.of(keysAndValues), List.of());
    }

    public static LabelSelector matchLabels(Map<String, String> labels) {
        return new LabelSelector(Labels.of(labels), List.of());
    }

    public boolean isEmpty() {
        return matchLabels.isEmpty() && matchExpressions.isEmpty();
    }

    /** matchLabels entries are each an "In" with one value; all requirements must hold. */
    public boolean matches(Labels labels) {
        for (Map.Entry<String, String> e : matchLabels.asMap().entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (SelectorRequirement r : matchExpressions) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** The selector in {@code kubectl} notation: {@code app=web,tier in (a,b)}; {@code {}} when empty. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "{}";
        }
        List<String> parts = new ArrayList<>();
        matchLabels.asMap().forEach((k, v) -> parts.add(k + "=" + v));
        matchExpressions.forEach(r -> parts.add(r.toString()));
        return String.join(",", parts);
    }
}
