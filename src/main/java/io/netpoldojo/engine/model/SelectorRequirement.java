package io.netpoldojo.engine.model;

import java.util.List;

/** One {@code matchExpressions} entry of a label selector. */
public record SelectorRequirement(String key, Operator operator, List<String> values) {
    public enum Operator {
        IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist");

        private final String apiName;

        Operator(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }

        public static java.util.Optional<Operator> parse(String text) {
            for (Operator o : values()) {
                if (o.apiName.equals(text)) {
                    return java.util.Optional.of(o);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public SelectorRequirement {
        values = List.copyOf(values);
    }

    /** The components compared one by one, as a record's own equals does; by hand because this is a hash key. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SelectorRequirement r && operator == r.operator && key.equals(r.key)
                && values.equals(r.values);
    }

    @Override
    public int hashCode() {
        return (key.hashCode() * 31 + operator.hashCode()) * 31 + values.hashCode();
    }

    /**
     * Kubernetes label selector semantics (apimachinery labels.Requirement.Matches):
     * In: the key is present and its value is one of the values.
     * NotIn: the key is absent, or its value is none of the values.
     * Exists: the key is present. DoesNotExist: the key is absent.
     */
    public boolean matches(Labels labels) {
        return switch (operator) {
            case IN -> labels.has(key) && values.contains(labels.get(key));
            case NOT_IN -> !labels.has(key) || !values.contains(labels.get(key));
            case EXISTS -> labels.has(key);
            case DOES_NOT_EXIST -> !labels.has(key);
        };
    }

    @Override
    public String toString() {
        return switch (operator) {
            case IN -> key + " in (" + String.join(",", values) + ")";
            case NOT_IN -> key + " notin (" + String.join(",", values) + ")";
            case EXISTS -> key;
            case DOES_NOT_EXIST -> "!" + key;
        };
    }
}
