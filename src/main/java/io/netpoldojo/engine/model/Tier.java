package io.netpoldojo.engine.model;

import java.util.Optional;

/**
 * The two tiers a ClusterNetworkPolicy can use (network-policy-api v1alpha2, {@code spec.tier}):
 * "Policy tiers are evaluated in the following order: Admin tier, NetworkPolicy tier, Baseline
 * tier." The NetworkPolicy tier between them belongs to the namespaced v1 NetworkPolicies.
 */
public enum Tier {
    /** "Takes precedence over all other policies ... cannot be overridden in the other tiers." */
    ADMIN("Admin"),
    /** "A cluster-wide policy that can be overridden by the v1.NetworkPolicy." */
    BASELINE("Baseline");

    private final String apiName;

    Tier(String apiName) {
        this.apiName = apiName;
    }

    /** As written in {@code spec.tier}: "Admin" or "Baseline". */
    public String apiName() {
        return apiName;
    }

    public static Optional<Tier> parse(String text) {
        for (Tier t : values()) {
            if (t.apiName.equals(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
