package io.netpoldojo.engine;

import io.netpoldojo.engine.Engine.CompiledPolicy;
import io.netpoldojo.engine.Engine.CompiledRule;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.engine.tiers.CompiledTiers;
import io.netpoldojo.engine.tiers.TierSets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole reachability matrices over an {@link Engine}'s compiled sets: per port and destination, the
 * sources its ingress admits and the sources whose egress allows it, as set operations rather than
 * one verdict per pair. {@code CompiledEngineCrossCheckTest} holds it to the engine's own verdicts.
 */
final class Matrices {
    private final List<Endpoint> endpoints;
    private final BitSet everything;
    private final BitSet isolatedForIngress;
    private final BitSet isolatedForEgress;
    private final List<CompiledPolicy> policies;
    /** For each endpoint, the ingress rules of the policies that isolate it for ingress. */
    private final List<List<CompiledRule>> ingressRulesByTarget;
    private final CompiledTiers tiers;

    Matrices(List<Endpoint> endpoints, BitSet everything, BitSet isolatedForIngress, BitSet isolatedForEgress,
             List<CompiledPolicy> policies, List<List<CompiledRule>> ingressRulesByTarget, CompiledTiers tiers) {
        this.endpoints = endpoints;
        this.everything = everything;
        this.isolatedForIngress = isolatedForIngress;
        this.isolatedForEgress = isolatedForEgress;
        this.policies = policies;
        this.ingressRulesByTarget = ingressRulesByTarget;
        this.tiers = tiers;
    }

    /**
     * Every ordered pair on every port, computed from the compiled sets: for each destination, the
     * sources its ingress admits AND the sources whose egress allows it, plus itself. With
     * ClusterNetworkPolicies each side is the tier walk done on sets: what the NetworkPolicies
     * allow, less what Baseline denies where no NetworkPolicy isolates, less what Admin denies,
     * plus what Admin accepts.
     */
    ReachabilityMatrix matrix(List<Port> ports) {
        int n = endpoints.size();
        BitSet[][] allowedSources = new BitSet[ports.size()][];
        for (int k = 0; k < ports.size(); k++) {
            Port port = ports.get(k);
            BitSet[] columns = egressSourcesByDestination(port);
            Map<List<CompiledRule>, BitSet> admittedByRules = new IdentityHashMap<>();
            TierSets[] ingressTiers = null;
            if (!tiers.isEmpty()) {
                egressTiers(columns, tiers.decisions(Tier.ADMIN, Direction.EGRESS, port),
                        tiers.decisions(Tier.BASELINE, Direction.EGRESS, port));
                ingressTiers = new TierSets[] {tiers.decisions(Tier.ADMIN, Direction.INGRESS, port),
                        tiers.decisions(Tier.BASELINE, Direction.INGRESS, port)};
            }
            for (int t = 0; t < n; t++) {
                BitSet ingress = ingressSources(t, port, admittedByRules); // shared between destinations: read only
                columns[t].and(ingressTiers == null ? ingress : ingressTiers(t, ingress, ingressTiers[0], ingressTiers[1]));
                columns[t].set(t); // "A Pod connecting to its own Pod IP is not subject to CNP", nor to NetworkPolicies
            }
            allowedSources[k] = columns;
        }
        return new ReachabilityMatrix(endpoints, ports, allowedSources);
    }

    /**
     * Egress, per destination column of sources: a source no NetworkPolicy isolates for egress
     * falls through to the Baseline tier; then Admin decides over both.
     */
    private void egressTiers(BitSet[] columns, TierSets admin, TierSets baseline) {
        for (int t = 0; t < columns.length; t++) {
            if (baseline.deny()[t] != null) {
                BitSet deniedUnisolated = (BitSet) baseline.deny()[t].clone();
                deniedUnisolated.andNot(isolatedForEgress);
                columns[t].andNot(deniedUnisolated);
            }
            if (admin.deny()[t] != null) {
                columns[t].andNot(admin.deny()[t]);
            }
            if (admin.accept()[t] != null) {
                columns[t].or(admin.accept()[t]);
            }
        }
    }

    /** Ingress at one destination: the NetworkPolicies if they isolate it, else Baseline; Admin decides over both. */
    private BitSet ingressTiers(int t, BitSet networkPolicySources, TierSets admin, TierSets baseline) {
        boolean baselineDenies = !isolatedForIngress.get(t) && baseline.deny()[t] != null;
        if (!baselineDenies && admin.deny()[t] == null && admin.accept()[t] == null) {
            return networkPolicySources;
        }
        BitSet sources = (BitSet) networkPolicySources.clone();
        if (baselineDenies) {
            sources.andNot(baseline.deny()[t]);
        }
        if (admin.deny()[t] != null) {
            sources.andNot(admin.deny()[t]);
        }
        if (admin.accept()[t] != null) {
            sources.or(admin.accept()[t]);
        }
        return sources;
    }

    /**
     * Sources whose traffic the destination's ingress admits on the port. Destinations under the
     * same policies get the same answer unless a rule names a port (resolved on each destination),
     * so the answer is kept per list of rules in {@code admittedByRules}.
     */
    BitSet ingressSources(int t, Port port, Map<List<CompiledRule>, BitSet> admittedByRules) {
        if (!isolatedForIngress.get(t)) {
            return everything;
        }
        List<CompiledRule> rules = ingressRulesByTarget.get(t);
        BitSet known = admittedByRules.get(rules);
        if (known != null) {
            return known;
        }
        Endpoint dest = endpoints.get(t);
        BitSet sources = new BitSet();
        boolean named = false;
        for (CompiledRule r : rules) {
            named |= r.namedPorts();
            if (NetworkPolicyRules.portsMatch(r.rule(), port, dest)) {
                sources.or(r.peers());
            }
        }
        if (!named) {
            admittedByRules.put(rules, sources);
        }
        return sources;
    }

    /**
     * For every destination, the sources whose egress allows traffic to it on the port: the
     * sources not isolated for egress, plus the pods selected by each egress policy with a rule
     * whose peers include the destination and whose ports match. Many policies select the same
     * pods (one per app, a default deny per namespace), so the destinations each distinct
     * selection may reach are gathered first and each selection is added once per destination.
     */
    private BitSet[] egressSourcesByDestination(Port port) {
        int n = endpoints.size();
        BitSet open = (BitSet) everything.clone();
        open.andNot(isolatedForEgress);
        BitSet[] columns = new BitSet[n];
        for (int t = 0; t < n; t++) {
            columns[t] = (BitSet) open.clone();
        }
        Map<BitSet, BitSet> reachBySelection = new HashMap<>();
        for (CompiledPolicy cp : policies) {
            if (!cp.types().contains(Direction.EGRESS) || cp.selected().isEmpty()) {
                continue;
            }
            for (CompiledRule r : cp.egress()) {
                BitSet peers = r.peers();
                if (r.namedPorts()) { // a named port resolves on each destination pod
                    for (int t = peers.nextSetBit(0); t >= 0; t = peers.nextSetBit(t + 1)) {
                        if (NetworkPolicyRules.portsMatch(r.rule(), port, endpoints.get(t))) {
                            columns[t].or(cp.selected());
                        }
                    }
                } else if (!peers.isEmpty() && NetworkPolicyRules.portsMatch(r.rule(), port, endpoints.get(peers.nextSetBit(0)))) {
                    reachBySelection.computeIfAbsent(cp.selected(), k -> new BitSet()).or(peers);
                }
            }
        }
        reachBySelection.forEach((selected, reach) -> {
            for (int t = reach.nextSetBit(0); t >= 0; t = reach.nextSetBit(t + 1)) {
                columns[t].or(selected);
            }
        });
        return columns;
    }

    /**
     * One destination's column of {@link #egressSourcesByDestination}: the sources not isolated for
     * egress, plus the pods of each egress policy with a rule whose peers include it on the port.
     */
    BitSet egressSourcesTo(int t, Port port) {
        BitSet sources = (BitSet) everything.clone();
        sources.andNot(isolatedForEgress);
        Endpoint dest = endpoints.get(t);
        for (CompiledPolicy cp : policies) {
            if (!cp.types().contains(Direction.EGRESS) || cp.selected().isEmpty()) {
                continue;
            }
            for (CompiledRule r : cp.egress()) {
                if (r.peers().get(t) && NetworkPolicyRules.portsMatch(r.rule(), port, dest)) {
                    sources.or(cp.selected());
                    break;
                }
            }
        }
        return sources;
    }
}
