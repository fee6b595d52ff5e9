package io.netpoldojo.engine.tiers;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tier walk in the plain sentences a teacher would say, for one side of a connection: what the
 * Admin tier did before the NetworkPolicies, and what the Baseline tier did after them. The
 * NetworkPolicy engine puts its own sentences between these.
 */
public final class TierText {
    private TierText() {}

    /**
     * The Admin tier's sentences; empty when no Admin policy selects the pod in this direction.
     *
     * @param subject       the pod whose policies these are
     * @param other         the far end
     * @param networkPolicies the NetworkPolicies isolating the pod in this direction (named when
     *                      an Admin decision means they were not consulted)
     */
    public static List<String> admin(TierWalk walk, Direction direction, String subject, String other, String port,
                                     List<String> networkPolicies) {
        TierOutcome admin = walk.admin();
        List<String> out = new ArrayList<>();
        if (admin.silent()) {
            return out;
        }
        String lead = "For " + subject + "'s " + direction.fieldName() + ", ";
        String what = matched(direction, other, port);
        Optional<TierDecision> decision = admin.decision();
        if (decision.isEmpty()) {
            out.add(lead + "no rule of " + policies(admin.selecting()) + " matches " + what + ".");
            return out;
        }
        TierDecision d = decision.get();
        String rule = d.policy().label() + " rule " + d.ruleLabel();
        if (d.action() == RuleAction.PASS) {
            out.add(lead + rule + " passes " + what + " on to the next tier, skipping the rest of the Admin tier.");
        } else {
            String skipped = networkPolicies.isEmpty() ? "NetworkPolicies" : "NetworkPolicies ("
                    + and(networkPolicies) + ")";
            if (!walk.baseline().silent()) {
                skipped += " and the Baseline tier";
            }
            out.add(lead + rule + " " + verb(d.action()) + " " + what + "; " + skipped + " were not consulted.");
        }
        ties(d).ifPresent(out::add);
        return out;
    }

    /**
     * The Baseline tier's sentences, after the NetworkPolicies': what it decided, or that it was
     * not reached because a NetworkPolicy isolates the pod. Empty when no Baseline policy selects it.
     */
    public static List<String> baseline(TierWalk walk, Direction direction, String subject, String other,
                                        String port) {
        TierOutcome baseline = walk.baseline();
        List<String> out = new ArrayList<>();
        if (baseline.silent()) {
            return out;
        }
        if (!baseline.reached()) {
            out.add("The Baseline tier (" + names(baseline.selecting()) + ") was not reached: a NetworkPolicy"
                    + " isolates " + subject + " for " + direction.fieldName() + ", and NetworkPolicies decide"
                    + " before it.");
            return out;
        }
        String lead = "For " + subject + "'s " + direction.fieldName() + ", ";
        String what = matched(direction, other, port);
        Optional<TierDecision> decision = baseline.decision();
        if (decision.isEmpty()) {
            out.add(lead + "no rule of " + policies(baseline.selecting()) + " matches " + what
                    + ", so nothing restricts it.");
            return out;
        }
        TierDecision d = decision.get();
        String rule = d.policy().label() + " rule " + d.ruleLabel();
        if (d.action() == RuleAction.PASS) {
            out.add(lead + rule + " passes " + what + ", skipping the rest of the Baseline tier; no tier is left"
                    + " to deny it.");
        } else {
            out.add(lead + rule + " " + verb(d.action()) + " " + what + ".");
        }
        ties(d).ifPresent(out::add);
        return out;
    }

    /** "in the Admin tier": where a side was decided, for the closing sentence. */
    public static String inTier(Tier tier) {
        return " in the " + tier.apiName() + " tier";
    }

    private static Optional<String> ties(TierDecision d) {
        if (d.samePriority().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(d.policy().name() + " and " + names(d.samePriority()) + " share priority "
                + d.policy().priority() + " and " + (d.samePriority().size() == 1 ? "both" : "all") + " match this"
                + " connection: which one a network plugin applies first is not defined, so plugins may disagree.");
    }

    /** "frontend on 80/TCP" (ingress) or "traffic to db on 5432/TCP" (egress). */
    private static String matched(Direction direction, String other, String port) {
        return (direction == Direction.INGRESS ? other : "traffic to " + other) + " on " + port;
    }

    private static String verb(RuleAction action) {
        return action == RuleAction.ACCEPT ? "accepts" : "denies";
    }

    /** "Admin a (priority 10) and b (priority 20)": the tier named once. */
    private static String policies(List<ClusterNetworkPolicy> list) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ClusterNetworkPolicy p = list.get(i);
            parts.add((i == 0 ? p.tier().apiName() + " " : "") + p.name() + " (priority " + p.priority() + ")");
        }
        return and(parts);
    }

    private static String names(List<ClusterNetworkPolicy> list) {
        return and(list.stream().map(ClusterNetworkPolicy::name).toList());
    }

    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
