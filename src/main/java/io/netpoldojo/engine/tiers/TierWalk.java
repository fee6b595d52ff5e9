package io.netpoldojo.engine.tiers;

import io.netpoldojo.engine.model.Tier;

/**
 * The cluster-wide tiers' part in one side of a connection: the Admin tier, checked before the
 * NetworkPolicies, and the Baseline tier, checked only when neither Admin nor a NetworkPolicy
 * decided.
 */
public record TierWalk(TierOutcome admin, TierOutcome baseline) {
    /** No ClusterNetworkPolicy has a say: the verdict is the NetworkPolicies' alone. */
    public static final TierWalk NONE = new TierWalk(TierOutcome.none(Tier.ADMIN), TierOutcome.none(Tier.BASELINE));

    /** True when some ClusterNetworkPolicy selects the pod with rules in this direction. */
    public boolean involved() {
        return !admin.silent() || !baseline.silent();
    }
}
