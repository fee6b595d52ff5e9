package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.tiers.TierWalk;
import java.util.List;

/**
 * The answer for one side of a connection: the source's egress or the destination's ingress.
 * {@code status} is the NetworkPolicies' part; {@link #decider()} says which tier decided and
 * {@link #allowed()} gives the answer.
 *
 * @param isolatingPolicies  names of the policies that select the endpoint and have this direction
 *                           in their policyTypes (empty when not isolated)
 * @param selectingOthers    names of the policies that select the endpoint but not for this
 *                           direction (they explain why a selected pod is still open)
 * @param checks             every rule of the isolating policies, in order, and how it fared
 * @param tiers              the ClusterNetworkPolicy tiers' part: the Admin tier, checked first,
 *                           and the Baseline tier, reached only when nothing before decided
 */
public record DirectionVerdict(
        Direction direction,
        Status status,
        List<String> isolatingPolicies,
        List<String> selectingOthers,
        List<RuleCheck> checks,
        TierWalk tiers) {

    public enum Status {
        /** The endpoint is outside the cluster: it has no policies. */
        OUTSIDE_CLUSTER,
        /** No NetworkPolicy isolates the endpoint for this direction: they allow everything. */
        NOT_ISOLATED,
        /** Isolated, and at least one rule allows the connection. */
        ALLOWED_BY_RULE,
        /** Isolated, and no rule allows the connection. */
        DENIED
    }

    /**
     * Who decided this side, in the order the tiers are walked: "Admin tier, NetworkPolicy tier,
     * Baseline tier ... If a given connection wasn't allowed or denied by any of the tiers, the
     * default kubernetes policy is applied, which says that all pods can communicate."
     */
    public enum Decider {
        /** The endpoint is outside the cluster: nothing restricts it. */
        OUTSIDE_CLUSTER,
        /** An Admin ClusterNetworkPolicy rule accepted or denied it. */
        ADMIN_TIER,
        /** A NetworkPolicy isolates the pod in this direction: "v1.NetworkPolicy always makes a final decision". */
        NETWORK_POLICIES,
        /** A Baseline ClusterNetworkPolicy rule accepted or denied it. */
        BASELINE_TIER,
        /** Nothing decided: allowed, the Kubernetes default. */
        DEFAULT_ALLOW
    }

    public DirectionVerdict {
        isolatingPolicies = List.copyOf(isolatingPolicies);
        selectingOthers = List.copyOf(selectingOthers);
        checks = List.copyOf(checks);
    }

    /** A side without ClusterNetworkPolicies: the NetworkPolicies' answer alone. */
    public DirectionVerdict(Direction direction, Status status, List<String> isolatingPolicies,
                            List<String> selectingOthers, List<RuleCheck> checks) {
        this(direction, status, isolatingPolicies, selectingOthers, checks, TierWalk.NONE);
    }

    public Decider decider() {
        if (status == Status.OUTSIDE_CLUSTER) {
            return Decider.OUTSIDE_CLUSTER;
        }
        if (tiers.admin().decides()) {
            return Decider.ADMIN_TIER;
        }
        if (isolated()) {
            return Decider.NETWORK_POLICIES;
        }
        return tiers.baseline().decides() ? Decider.BASELINE_TIER : Decider.DEFAULT_ALLOW;
    }

    public boolean allowed() {
        return switch (decider()) {
            case ADMIN_TIER -> tiers.admin().accepts();
            case NETWORK_POLICIES -> status != Status.DENIED;
            case BASELINE_TIER -> tiers.baseline().accepts();
            case OUTSIDE_CLUSTER, DEFAULT_ALLOW -> true;
        };
    }

    /** Isolated by a NetworkPolicy (ClusterNetworkPolicies isolate nothing by themselves). */
    public boolean isolated() {
        return status == Status.ALLOWED_BY_RULE || status == Status.DENIED;
    }

    /** The rules that allow the connection, in policy order. */
    public List<RuleRef> allowingRules() {
        return checks.stream().filter(RuleCheck::allows).map(RuleCheck::rule).toList();
    }
}
