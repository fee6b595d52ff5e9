package io.netpoldojo.ui.present;

import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.tiers.TierDecision;
import io.netpoldojo.engine.tiers.TierOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which tier decided a revealed answer, in one line for the stage, the presenter window and the
 * handout: "Decided by db's ingress: the Admin tier (protect-prod, Deny)". Said only where a
 * ClusterNetworkPolicy had a part in the connection; a NetworkPolicy-only answer needs no tiers.
 * The sides named are those that decided: for a denial, the side or sides that denied; for an
 * allowed connection, each side that a tier decided or that a Pass handed on.
 */
final class DecidedBy {
    private DecidedBy() {}

    static Optional<String> line(Verdict v) {
        if (v.toItself() || (!v.egress().tiers().involved() && !v.ingress().tiers().involved())) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (DirectionVerdict d : List.of(v.egress(), v.ingress())) {
            boolean denied = !d.allowed();
            boolean tells = denied || d.tiers().involved() || d.decider() == DirectionVerdict.Decider.NETWORK_POLICIES;
            if ((v.allowed() || denied) && tells) {
                String owner = d.direction() == Direction.EGRESS ? v.from().id() : v.to().id();
                parts.add(owner + "'s " + d.direction().fieldName() + ": " + side(d));
            }
        }
        if (parts.isEmpty()) {
            return Optional.of("Decided by no tier: nothing selects either side, so the default allows it.");
        }
        return Optional.of("Decided by " + String.join("; ", parts) + ".");
    }

    /** "the Admin tier (protect-prod, Deny)", "the Admin tier's Pass (pass-monitoring), then the NetworkPolicy tier (db-allow-dev)". */
    private static String side(DirectionVerdict d) {
        TierOutcome admin = d.tiers().admin();
        String passed = admin.decision().filter(t -> !t.decides())
                .map(t -> "the Admin tier's Pass (" + t.policy().name() + "), then ").orElse("");
        String decided = switch (d.decider()) {
            case ADMIN_TIER -> "the Admin tier (" + rule(admin) + ")";
            case BASELINE_TIER -> "the Baseline tier (" + rule(d.tiers().baseline()) + ")";
            case NETWORK_POLICIES -> "the NetworkPolicy tier (" + String.join(", ", d.isolatingPolicies()) + ")";
            case OUTSIDE_CLUSTER -> "nothing: it is outside the cluster";
            case DEFAULT_ALLOW -> "no tier: the default allows";
        };
        return passed + decided;
    }

    /** "protect-prod, Deny". */
    private static String rule(TierOutcome outcome) {
        return outcome.decision().map(DecidedBy::rule).orElse("?");
    }

    private static String rule(TierDecision t) {
        return t.policy().name() + ", " + t.action().apiName();
    }
}
