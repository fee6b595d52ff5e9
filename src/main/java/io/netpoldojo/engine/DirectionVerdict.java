package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Direction;
import java.util.List;

/**
 * The answer for one side of a connection: the source's egress or the destination's ingress.
 *
 * @param isolatingPolicies  names of the policies that select the endpoint and have this direction
 *                           in their policyTypes (empty when not isolated)
 * @param selectingOthers    names of the policies that select the endpoint but not for this
 *                           direction (they explain why a selected pod is still open)
 * @param checks             every rule of the isolating policies, in order, and how it fared
 */
public record DirectionVerdict(
        Direction direction,
        Status status,
        List<String> isolatingPolicies,
        List<String> selectingOthers,
        List<RuleCheck> checks) {

    public enum Status {
        /** The endpoint is outside the cluster: it has no policies. */
        OUTSIDE_CLUSTER,
        /** No policy isolates the endpoint for this direction: everything is allowed. */
        NOT_ISOLATED,
        /** Isolated, and at least one rule allows the connection. */
        ALLOWED_BY_RULE,
        /** Isolated, and no rule allows the connection. */
        DENIED
    }

    public DirectionVerdict {
        isolatingPolicies = List.copyOf(isolatingPolicies);
        selectingOthers = List.copyOf(selectingOthers);
        checks = List.copyOf(checks);
    }

    public boolean allowed() {
        return status != Status.DENIED;
    }

    public boolean isolated() {
        return status == Status.ALLOWED_BY_RULE || status == Status.DENIED;
    }

    /** The rules that allow the connection, in policy order. */
    public List<RuleRef> allowingRules() {
        return checks.stream().filter(RuleCheck::allows).map(RuleCheck::rule).toList();
    }
}
