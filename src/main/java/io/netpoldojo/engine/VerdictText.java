package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.tiers.TierText;
import io.netpoldojo.engine.tiers.TierWalk;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link Verdict} into the plain sentences a teacher would say. */
final class VerdictText {
    private static final int MAX_NEAR_MISSES = 3;

    private VerdictText() {}

    static List<String> sentences(Verdict v) {
        String from = display(v.from(), v.to());
        String to = display(v.to(), v.from());
        String port = v.port().toString();
        List<String> out = new ArrayList<>();
        if (v.toItself()) {
            out.add("Allowed: " + from + " is talking to itself, and NetworkPolicies never block a pod's"
                    + " traffic to itself.");
            return out;
        }
        out.addAll(side(v.egress(), from, to, port));
        out.addAll(side(v.ingress(), to, from, port));
        if (v.allowed()) {
            boolean tiers = v.egress().tiers().involved() || v.ingress().tiers().involved();
            out.add("Allowed. Replies from " + to + " back to " + from + " are allowed too: "
                    + (tiers ? "NetworkPolicies and ClusterNetworkPolicies are" : "NetworkPolicies are")
                    + " stateful, so no return rule is needed.");
        } else if (!v.egress().allowed() && !v.ingress().allowed()) {
            out.add("Denied on both sides: " + from + "'s egress and " + to + "'s ingress.");
        } else if (!v.egress().allowed()) {
            out.add("Denied by " + from + "'s egress" + tierSuffix(v.egress()) + ".");
        } else {
            out.add("Denied by " + to + "'s ingress" + tierSuffix(v.ingress()) + ".");
        }
        return out;
    }

    private static String tierSuffix(DirectionVerdict d) {
        return switch (d.decider()) {
            case ADMIN_TIER -> TierText.inTier(d.tiers().admin().tier());
            case BASELINE_TIER -> TierText.inTier(d.tiers().baseline().tier());
            default -> "";
        };
    }

    /**
     * Sentences for one side; {@code subject} owns the policies, {@code other} is the far end.
     * With ClusterNetworkPolicies they walk the tiers: Admin, the NetworkPolicies, Baseline.
     */
    private static List<String> side(DirectionVerdict d, String subject, String other, String port) {
        TierWalk tiers = d.tiers();
        if (!tiers.involved() || d.status() == DirectionVerdict.Status.OUTSIDE_CLUSTER) {
            return networkPolicySide(d, subject, other, port, false);
        }
        List<String> out = new ArrayList<>(TierText.admin(tiers, d.direction(), subject, other, port,
                d.isolatingPolicies()));
        if (tiers.admin().decides()) {
            return out;
        }
        out.addAll(networkPolicySide(d, subject, other, port, true));
        out.addAll(TierText.baseline(tiers, d.direction(), subject, other, port));
        return out;
    }

    /** The NetworkPolicies' part; {@code inTierWalk}: ClusterNetworkPolicies come before or after it. */
    private static List<String> networkPolicySide(DirectionVerdict d, String subject, String other, String port,
                                                  boolean inTierWalk) {
        boolean egress = d.direction() == Direction.EGRESS;
        String dir = d.direction().fieldName();
        List<String> out = new ArrayList<>();
        switch (d.status()) {
            case OUTSIDE_CLUSTER -> out.add(subject + " is outside the cluster: NetworkPolicies do not restrict "
                    + (egress ? "its outgoing traffic." : "traffic arriving there."));
            case NOT_ISOLATED -> {
                String why = d.selectingOthers().isEmpty()
                        ? "no policy with " + d.direction().policyType() + " in its policyTypes selects it"
                        : and(d.selectingOthers()) + (d.selectingOthers().size() == 1 ? " selects" : " select")
                          + " it, but without " + d.direction().policyType() + " in policyTypes";
                if (!inTierWalk) {
                    out.add(subject + " is not isolated for " + dir + " (" + why + "), so all its "
                            + (egress ? "outgoing" : "incoming") + " traffic is allowed.");
                } else {
                    out.add(subject + " is not isolated for " + dir + " by any NetworkPolicy (" + why + "), so "
                            + (d.tiers().baseline().silent() ? "no NetworkPolicy restricts this traffic."
                                    : "the Baseline tier decides."));
                }
            }
            case ALLOWED_BY_RULE -> out.add(subject + " is isolated for " + dir + " by " + and(d.isolatingPolicies())
                    + "; " + and(d.allowingRules().stream().map(RuleRef::toString).toList())
                    + (d.allowingRules().size() == 1 ? (egress ? " allows" : " admits") : (egress ? " allow" : " admit"))
                    + (egress ? " traffic to " + other : " " + other) + " on " + port + ".");
            case DENIED -> {
                out.add(subject + " is isolated for " + dir + " by " + and(d.isolatingPolicies()) + "; no " + dir
                        + " rule " + (egress ? "allows traffic to " + other : "admits " + other) + " on " + port + ".");
                out.addAll(nearMisses(d, other, port));
            }
        }
        return out;
    }

    /** Rules that matched one half (peer or port): the usual reason a learner expected a yes. */
    private static List<String> nearMisses(DirectionVerdict d, String other, String port) {
        List<String> out = new ArrayList<>();
        for (RuleCheck c : d.checks()) {
            if (out.size() == MAX_NEAR_MISSES) {
                break;
            }
            if (c.peerMatches() && !c.portMatches()) {
                out.add("Rule " + c.rule() + " matches " + other + " but not port " + port + ".");
            } else if (!c.peerMatches() && c.portMatches()) {
                out.add("Rule " + c.rule() + " covers " + port + " but its peers do not include "
                        + other + ".");
            }
        }
        if (d.checks().isEmpty()) {
            out.add("The isolating " + (d.isolatingPolicies().size() == 1 ? "policy has" : "policies have") + " no "
                    + d.direction().fieldName() + " rules at all, which denies every connection in that direction.");
        }
        return out;
    }

    /** Short pod names when both ends share a namespace; {@code namespace/name} otherwise. */
    static String display(Endpoint e, Endpoint other) {
        if (e instanceof Pod p && other instanceof Pod o && p.namespace().equals(o.namespace())) {
            return p.name();
        }
        return e.id();
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
