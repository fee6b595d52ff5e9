package io.netpoldojo.engine.tiers;

/**
 * Something a good teacher would point out about a valid ClusterNetworkPolicy that probably does
 * not do what its author meant. {@code fieldPath} points into the policy, e.g. {@code spec.priority}.
 */
public record TierFinding(Kind kind, String policy, String fieldPath, String message) {
    public enum Kind {
        SELECTS_NO_POD,
        PEER_MATCHES_NOTHING,
        NAMED_PORT_NOT_DECLARED,
        EQUAL_PRIORITY,
        SHADOWED_RULE,
        PASS_WITH_NOTHING_BELOW,
        BASELINE_OVERRIDDEN,
        NETWORKS_COVER_POD_IPS
    }
}
