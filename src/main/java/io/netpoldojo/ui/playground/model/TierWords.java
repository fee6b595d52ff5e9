package io.netpoldojo.ui.playground.model;

import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.tiers.TierOutcome;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words for which tier decided a side of a connection, the same in "Why?" (a chip per side)
 * and in the tooltip of an arrow that wears a tier's badge, so both name the same policy alike.
 */
public final class TierWords {
    private TierWords() {}

    /** "Admin tier (protect-mysql)", "Baseline tier (…)", "NetworkPolicies", "nothing (default allow)". */
    public static String side(DirectionVerdict d) {
        return switch (d.decider()) {
            case ADMIN_TIER -> "Admin tier (" + deciding(d.tiers().admin()) + ")";
            case BASELINE_TIER -> "Baseline tier (" + deciding(d.tiers().baseline()) + ")";
            case NETWORK_POLICIES -> "NetworkPolicies";
            case OUTSIDE_CLUSTER -> "nothing (outside the cluster)";
            case DEFAULT_ALLOW -> "nothing (default allow)";
        };
    }

    /** "ingress: Admin tier (protect-mysql)", as the chip in "Why?" says it. */
    public static String side(String direction, DirectionVerdict d) {
        return direction + ": " + side(d);
    }

    /**
     * "decided by ingress: Admin tier (protect-mysql)": each side a ClusterNetworkPolicy tier
     * decided among the sides the arrow's outcome rests on ({@link Verdict#decidingSides()}), over
     * all its ports, Admin first; empty when no tier decided it (the arrow has no badge).
     */
    public static Optional<String> decidedBy(List<Verdict> verdicts) {
        Set<String> admin = new LinkedHashSet<>();
        Set<String> baseline = new LinkedHashSet<>();
        for (Verdict v : verdicts) {
            for (DirectionVerdict d : v.decidingSides()) {
                String direction = d == v.egress() ? "egress" : "ingress";
                switch (d.decider()) {
                    case ADMIN_TIER -> admin.add(side(direction, d));
                    case BASELINE_TIER -> baseline.add(side(direction, d));
                    default -> { }
                }
            }
        }
        admin.addAll(baseline);
        return admin.isEmpty() ? Optional.empty() : Optional.of("decided by " + String.join(", ", admin));
    }

    private static String deciding(TierOutcome outcome) {
        return outcome.decision().map(t -> t.policy().name()).orElse("?");
    }
}
