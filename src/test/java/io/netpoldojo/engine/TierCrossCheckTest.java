package io.netpoldojo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.engine.tiers.ClusterPolicyRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compiled tiers (subject and peer sets, shared first-match walks, the matrix's set algebra)
 * against the tier walk read literally from the upstream words, on seeded random clusters with
 * NetworkPolicies and ClusterNetworkPolicies of every shape in both tiers.
 */
class TierCrossCheckTest {

    @Test
    void matrixAndSingleVerdictsAgreeWithTheLiteralTierWalk() {
        Map<DirectionVerdict.Decider, Integer> deciders = new EnumMap<>(DirectionVerdict.Decider.class);
        int passes = 0;
        for (long seed = 1; seed <= 40; seed++) {
            passes += checkSeed(seed, deciders);
        }
        // A cross-check where some tier never decides, or Pass never happens, would prove little.
        for (DirectionVerdict.Decider d : DirectionVerdict.Decider.values()) {
            assertTrue(deciders.getOrDefault(d, 0) > 100, "decided by " + d + " only " + deciders.get(d) + " times");
        }
        assertTrue(passes > 100, "an Admin Pass only " + passes + " times");
    }

    /** One seeded cluster, every connection; returns how many sides an Admin Pass handed on. */
    private static int checkSeed(long seed, Map<DirectionVerdict.Decider, Integer> deciders) {
        Cluster generated = SyntheticClusters.generate(24, 4, 8, 6, seed);
        // Leave two namespaces without their default deny, so that the Baseline tier is reached too.
        Cluster cluster = generated.withPolicies(generated.policies().stream()
                .filter(p -> !(p.name().equals("default-deny-all") && List.of("ns-0", "ns-1").contains(p.namespace())))
                .toList());
        Engine engine = new Engine(cluster);
        List<Port> ports = engine.relevantPorts();
        ReachabilityMatrix matrix = engine.matrix(ports);
        int allowed = 0;
        int denied = 0;
        int passes = 0;
        for (Port port : ports) {
            for (Endpoint from : cluster.endpoints()) {
                for (Endpoint to : cluster.endpoints()) {
                    Outcome expected = literal(cluster, from, to, port);
                    String what = "seed " + seed + ": " + from.id() + " -> " + to.id() + " " + port;
                    Verdict v = engine.evaluate(from, to, port);
                    assertEquals(expected.allowed, v.allowed(), what);
                    assertEquals(expected.allowed, matrix.allowed(from, to, port), what + " (matrix)");
                    if (!from.id().equals(to.id())) {
                        assertEquals(expected.egress, v.egress().decider(), what + " (egress decided by)");
                        assertEquals(expected.ingress, v.ingress().decider(), what + " (ingress decided by)");
                        deciders.merge(expected.egress, 1, Integer::sum);
                        deciders.merge(expected.ingress, 1, Integer::sum);
                        for (DirectionVerdict side : List.of(v.egress(), v.ingress())) {
                            if (side.tiers().admin().decision().filter(dec -> !dec.decides()).isPresent()) {
                                passes++;
                            }
                        }
                    }
                    allowed += expected.allowed ? 1 : 0;
                    denied += expected.allowed ? 0 : 1;
                }
            }
        }
        assertTrue(allowed > 0 && denied > 0, "seed " + seed + " is degenerate: " + allowed + "/" + denied);
        return passes;
    }

    record Outcome(boolean allowed, DirectionVerdict.Decider egress, DirectionVerdict.Decider ingress) {}

    private record Side(boolean allowed, DirectionVerdict.Decider decider) {}

    /** Both ends must allow; a pod's traffic to its own IP is subject to neither API. */
    static Outcome literal(Cluster cluster, Endpoint from, Endpoint to, Port port) {
        Function<String, Labels> ns = name -> cluster.namespace(name).map(Namespace::labels).orElseThrow();
        Side egress = side(cluster, Direction.EGRESS, from, to, to, port, ns);
        Side ingress = side(cluster, Direction.INGRESS, to, from, to, port, ns);
        boolean self = from.id().equals(to.id());
        return new Outcome(self || (egress.allowed && ingress.allowed), egress.decider, ingress.decider);
    }

    /**
     * "Admin tier ... NetworkPolicy tier ... Baseline tier ... If a given connection wasn't allowed
     * or denied by any of the tiers, the default kubernetes policy is applied."
     */
    private static Side side(Cluster cluster, Direction d, Endpoint subject, Endpoint peer, Endpoint destination,
                             Port port, Function<String, Labels> ns) {
        if (!(subject instanceof io.netpoldojo.engine.model.Pod)) {
            return new Side(true, DirectionVerdict.Decider.OUTSIDE_CLUSTER);
        }
        RuleAction admin = firstMatch(cluster, Tier.ADMIN, d, subject, peer, destination, port, ns);
        if (admin == RuleAction.ACCEPT || admin == RuleAction.DENY) {
            return new Side(admin == RuleAction.ACCEPT, DirectionVerdict.Decider.ADMIN_TIER);
        }
        boolean isolated = false;
        boolean allowedByNetworkPolicy = false;
        for (NetworkPolicy p : cluster.policies()) {
            if (!NetworkPolicyRules.isolates(p, subject, d)) {
                continue;
            }
            isolated = true;
            for (PolicyRule rule : p.rules(d)) {
                if (NetworkPolicyRules.peersMatch(rule, p.namespace(), peer, ns)
                        && NetworkPolicyRules.portsMatch(rule, port, destination)) {
                    allowedByNetworkPolicy = true;
                }
            }
        }
        if (isolated) {
            return new Side(allowedByNetworkPolicy, DirectionVerdict.Decider.NETWORK_POLICIES);
        }
        RuleAction baseline = firstMatch(cluster, Tier.BASELINE, d, subject, peer, destination, port, ns);
        if (baseline == RuleAction.ACCEPT || baseline == RuleAction.DENY) {
            return new Side(baseline == RuleAction.ACCEPT, DirectionVerdict.Decider.BASELINE_TIER);
        }
        return new Side(true, DirectionVerdict.Decider.DEFAULT_ALLOW);
    }

    /** The tier's policies by ascending priority, rules in written order; null when nothing matches. */
    private static RuleAction firstMatch(Cluster cluster, Tier tier, Direction d, Endpoint subject, Endpoint peer,
                                         Endpoint destination, Port port, Function<String, Labels> ns) {
        List<ClusterNetworkPolicy> ordered = new ArrayList<>(cluster.clusterPolicies());
        ordered.sort(ClusterPolicyRules.PRECEDENCE);
        for (ClusterNetworkPolicy p : ordered) {
            if (p.tier() != tier || !ClusterPolicyRules.selects(p, subject, ns)) {
                continue;
            }
            for (ClusterRule rule : p.rules(d)) {
                if (ClusterPolicyRules.peersMatch(rule, peer, ns) && ClusterPolicyRules.portsMatch(rule, port, destination)) {
                    return rule.action();
                }
            }
        }
        return null;
    }
}
