package io.netpoldojo.engine.model;

import java.util.Optional;

/** What a ClusterNetworkPolicy rule does with the traffic it matches ({@code action}). */
public enum RuleAction {
    /**
     * "Accepts the selected traffic, including replies to that traffic ... No further ingress
     * ClusterNetworkPolicy or NetworkPolicy rules will be processed." (An egress Accept still
     * leaves the destination's ingress to decide.)
     */
    ACCEPT("Accept"),
    /** "Drops the selected traffic. No further ClusterNetworkPolicy or NetworkPolicy rules will be processed." */
    DENY("Deny"),
    /** "Skips all further ClusterNetworkPolicy rules in the current tier ... and passes evaluation to the next tier." */
    PASS("Pass");

    private final String apiName;

    RuleAction(String apiName) {
        this.apiName = apiName;
    }

    /** As written in a rule's {@code action}: "Accept", "Deny" or "Pass". */
    public String apiName() {
        return apiName;
    }

    public static Optional<RuleAction> parse(String text) {
        for (RuleAction a : values()) {
            if (a.apiName.equals(text)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
