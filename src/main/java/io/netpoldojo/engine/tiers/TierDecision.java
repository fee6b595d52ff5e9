package io.netpoldojo.engine.tiers;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.util.List;

/**
 * The first rule of a tier that matched a connection: "the first match decides".
 *
 * @param policy       the policy the rule belongs to
 * @param direction    the rule's direction
 * @param ruleIndex    its position in {@code spec.ingress} or {@code spec.egress}
 * @param ruleName     its {@code name}, "" when it has none
 * @param samePriority other policies of the tier with the same priority that select the pod and
 *                     also have a rule matching this connection: which one applies first is up to
 *                     the implementation
 */
public record TierDecision(ClusterNetworkPolicy policy, Direction direction, int ruleIndex, String ruleName,
                           RuleAction action, List<ClusterNetworkPolicy> samePriority) {

    public TierDecision {
        ruleName = ruleName == null ? "" : ruleName;
        samePriority = List.copyOf(samePriority);
    }

    public Tier tier() {
        return policy.tier();
    }

    /** Accept and Deny end the walk; Pass hands the connection to the next tier. */
    public boolean decides() {
        return action != RuleAction.PASS;
    }

    /** The rule's name when it has one, else its position: {@code deny-other-ns} or {@code ingress[2]}. */
    public String ruleLabel() {
        return ruleName.isEmpty() ? direction.fieldName() + "[" + ruleIndex + "]" : ruleName;
    }

    /** The rule's field path inside its policy, e.g. {@code spec.ingress[2]}. */
    public String fieldPath() {
        return "spec." + direction.fieldName() + "[" + ruleIndex + "]";
    }

    @Override
    public String toString() {
        return policy.name() + " " + direction.fieldName() + "[" + ruleIndex + "] " + action.apiName();
    }
}
