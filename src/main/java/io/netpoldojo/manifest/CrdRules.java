package io.netpoldojo.manifest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The OpenAPI schema rules a CustomResourceDefinition applies (maxItems, minItems, maxLength,
 * minimum and maximum, exactly one property, list-type set), each reported as the apiserver
 * words it, at the field it concerns.
 */
final class CrdRules {
    private CrdRules() {}

    /** A list with {@code minItems}/{@code maxItems}; returns its items (all of them, even past the cap). */
    static List<Node> list(ObjectReader r, Fields parent, String field, int minItems, int maxItems) {
        Node node = parent.get(field);
        String path = parent.pathOf(field);
        List<Node> items = r.sequence(node, path).orElse(List.of());
        if (items.size() > maxItems) {
            r.error(node, path, "Too many: " + items.size() + ": must have at most " + maxItems + " items");
        } else if (node != null && !ObjectReader.isNull(node) && items.size() < minItems) {
            r.error(node, path, "Invalid value: " + items.size() + ": must have at least " + minItems
                    + (minItems == 1 ? " item" : " items"));
        }
        return items;
    }

    /** A required list with {@code minItems}: "Required value" when absent. */
    static List<Node> requiredList(ObjectReader r, Fields parent, String field, int minItems, int maxItems) {
        if (!parent.has(field) && !isWrongType(parent.get(field))) {
            r.error(parent.node(), parent.pathOf(field), "Required value");
            return List.of();
        }
        return list(r, parent, field, minItems, maxItems);
    }

    private static boolean isWrongType(Node node) {
        return node != null && !ObjectReader.isNull(node);
    }

    /**
     * minProperties: 1 and maxProperties: 1 ("Exactly one field must be set"): the field set, or
     * empty with an error naming the choices.
     */
    static Optional<String> exactlyOne(ObjectReader r, Fields f, List<String> choices) {
        List<String> set = new ArrayList<>();
        for (String c : choices) {
            if (f.has(c)) {
                set.add(c);
            }
        }
        if (set.size() == 1) {
            return Optional.of(set.get(0));
        }
        String names = String.join(", ", choices);
        r.error(f.node(), f.path(), set.isEmpty()
                ? "Required value: must set exactly one of " + names
                : "Invalid value: sets " + String.join(" and ", set) + ": must set exactly one of " + names);
        return Optional.empty();
    }

    /** An integer within [min, max]. */
    static Optional<Integer> intIn(ObjectReader r, Node node, String path, int min, int max) {
        return r.integer(node, path).flatMap(v -> {
            if (v.compareTo(java.math.BigInteger.valueOf(min)) < 0) {
                r.error(node, path, "Invalid value: " + v + ": must be greater than or equal to " + min);
                return Optional.empty();
            }
            if (v.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
                r.error(node, path, "Invalid value: " + v + ": must be less than or equal to " + max);
                return Optional.empty();
            }
            return Optional.of(v.intValue());
        });
    }

    /** A required integer within [min, max]. */
    static Optional<Integer> requiredInt(ObjectReader r, Fields parent, String field, int min, int max) {
        Node node = parent.get(field);
        if (ObjectReader.isNull(node)) {
            r.error(node == null ? parent.node() : node, parent.pathOf(field), "Required value");
            return Optional.empty();
        }
        return intIn(r, node, parent.pathOf(field), min, max);
    }

    /** A string of at most {@code maxLength} characters. */
    static Optional<String> string(ObjectReader r, Node node, String path, int maxLength) {
        Optional<String> s = r.string(node, path);
        if (s.isPresent() && s.get().length() > maxLength) {
            r.error(node, path, "Too long: may not be more than " + maxLength + " bytes");
        }
        return s;
    }

    /** x-kubernetes-list-type: set: each value once. */
    static void set(ObjectReader r, List<Node> items, List<String> values, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && !seen.add(values.get(i))) {
                r.error(items.get(i), ObjectReader.index(path, i), "Duplicate value: " + Metadata.quote(values.get(i)));
            }
        }
    }
}
