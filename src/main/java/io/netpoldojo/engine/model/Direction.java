package io.netpoldojo.engine.model;

import java.util.Optional;

/** A traffic direction, as named in a policy's {@code policyTypes}. */
public enum Direction {
    INGRESS("Ingress", "ingress"),
    EGRESS("Egress", "egress");

    private final String policyType;
    private final String fieldName;

    Direction(String policyType, String fieldName) {
        this.policyType = policyType;
        this.fieldName = fieldName;
    }

    /** The value as written in {@code spec.policyTypes}: "Ingress" or "Egress". */
    public String policyType() {
        return policyType;
    }

    /** The spec field holding this direction's rules: "ingress" or "egress". */
    public String fieldName() {
        return fieldName;
    }

    public static Optional<Direction> fromPolicyType(String text) {
        for (Direction d : values()) {
            if (d.policyType.equals(text)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
