package io.netpoldojo.engine.tiers;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.util.List;
import java.util.Optional;

/**
 * One tier's part in one side of a connection.
 *
 * @param selecting the tier's policies that select the pod and have rules in this direction, in
 *                  the order they are checked ("CNPs with no ingress rules do not affect ingress
 *                  traffic")
 * @param decision  the first rule that matched; empty when none did or the tier was not reached
 * @param reached   false when an earlier tier (Admin, or the NetworkPolicies) already decided
 */
public record TierOutcome(Tier tier, List<ClusterNetworkPolicy> selecting, Optional<TierDecision> decision,
                          boolean reached) {

    public TierOutcome {
        selecting = List.copyOf(selecting);
    }

    public static TierOutcome none(Tier tier) {
        return new TierOutcome(tier, List.of(), Optional.empty(), true);
    }

    /** True when a rule of this tier accepted or denied the connection. */
    public boolean decides() {
        return decision.filter(TierDecision::decides).isPresent();
    }

    /** True when a rule of this tier accepted it (meaningful only when {@link #decides()}). */
    public boolean accepts() {
        return decision.filter(d -> d.action() == RuleAction.ACCEPT).isPresent();
    }

    /** True when no policy of this tier has a say for this pod and direction. */
    public boolean silent() {
        return selecting.isEmpty();
    }
}
