package io.netpoldojo.engine;

/**
 * Something a good teacher would point out about a policy that is valid but probably not what
 * its author meant. {@code fieldPath} points into the policy, e.g. {@code spec.egress[0].to[1]}.
 * A ClusterNetworkPolicy is cluster-scoped: its {@code namespace} is "".
 */
public record LintWarning(Code code, String namespace, String policy, String fieldPath, String message) {
    public enum Code {
        SELECTS_NO_POD,
        PEER_MATCHES_NOTHING,
        NO_DNS_EGRESS,
        IPBLOCK_COVERS_POD_IPS,
        NAMED_PORT_NOT_DECLARED,
        END_PORT_SUPPORT,
        RULES_IGNORED_BY_POLICY_TYPES,
        /** Two ClusterNetworkPolicies of one tier and priority match the same traffic. */
        EQUAL_PRIORITY,
        /** A ClusterNetworkPolicy rule that an earlier rule always matches first. */
        SHADOWED_RULE,
        /** A Pass with nothing after it to decide: the same as Accept. */
        PASS_WITH_NOTHING_BELOW,
        /** A Baseline policy whose every selected pod's NetworkPolicies decide first. */
        BASELINE_OVERRIDDEN,
        /** A networks peer that also matches pod IPs. */
        NETWORKS_COVER_POD_IPS,
        /** A ClusterNetworkPolicy that denies cluster DNS. */
        TIER_DENIES_DNS
    }

    /** True for a warning about a ClusterNetworkPolicy. */
    public boolean clusterScoped() {
        return namespace.isEmpty();
    }

    @Override
    public String toString() {
        return (clusterScoped() ? policy : namespace + "/" + policy) + " " + fieldPath + ": " + message;
    }
}
