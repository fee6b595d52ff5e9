package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.NetworkPolicy;

/** Names one rule of one policy, printed as {@code allow-frontend ingress[0]}. */
public record RuleRef(String namespace, String policy, Direction direction, int index) {
    public static RuleRef of(NetworkPolicy policy, Direction direction, int index) {
        return new RuleRef(policy.namespace(), policy.name(), direction, index);
    }

    /** The rule's field path inside its policy, e.g. {@code spec.ingress[0]}. */
    public String fieldPath() {
        return "spec." + direction.fieldName() + "[" + index + "]";
    }

    @Override
    public String toString() {
        return policy + " " + direction.fieldName() + "[" + index + "]";
    }
}
