package io.netpoldojo.engine.tiers;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ClusterNetworkPolicies of a cluster, compiled once: each policy's subject and each rule's
 * peers as endpoint sets, in the order the tiers check them. It answers the walk of one tier for
 * one connection (for explanations) and, for whole matrices, which sources each tier accepts or
 * denies for every destination.
 */
public final class CompiledTiers {
    private final EndpointSets sets;
    private final List<Endpoint> endpoints;
    private final Map<ClusterPeer.Networks, BitSet> inNetworks = new HashMap<>();
    private final List<Compiled> admin = new ArrayList<>();
    private final List<Compiled> baseline = new ArrayList<>();

    /**
     * A policy with its subject and its rules' peers worked out. Equality is identity: lists of
     * these key the matrix's shared walks, and must hash without reading the sets.
     */
    static final class Compiled {
        final ClusterNetworkPolicy policy;
        final BitSet subject;
        final List<CompiledRule> ingress;
        final List<CompiledRule> egress;

        Compiled(ClusterNetworkPolicy policy, BitSet subject, List<CompiledRule> ingress, List<CompiledRule> egress) {
            this.policy = policy;
            this.subject = subject;
            this.ingress = ingress;
            this.egress = egress;
        }

        List<CompiledRule> rules(Direction d) {
            return d == Direction.INGRESS ? ingress : egress;
        }

        ClusterNetworkPolicy policy() {
            return policy;
        }
    }

    /** One rule and the endpoints its peers match; equality is identity, as for {@link Compiled}. */
    static final class CompiledRule {
        final int index;
        final ClusterRule rule;
        final BitSet peers;

        CompiledRule(int index, ClusterRule rule, BitSet peers) {
            this.index = index;
            this.rule = rule;
            this.peers = peers;
        }
    }

    public CompiledTiers(EndpointSets sets, List<ClusterNetworkPolicy> policies) {
        this.sets = sets;
        this.endpoints = sets.endpoints();
        List<ClusterNetworkPolicy> ordered = new ArrayList<>(policies);
        ordered.sort(ClusterPolicyRules.PRECEDENCE);
        for (ClusterNetworkPolicy p : ordered) {
            Compiled c = new Compiled(p, subject(p), rules(p.ingress(), Direction.INGRESS),
                    rules(p.egress(), Direction.EGRESS));
            (p.tier() == Tier.ADMIN ? admin : baseline).add(c);
        }
    }

    EndpointSets sets() {
        return sets;
    }

    public boolean isEmpty() {
        return admin.isEmpty() && baseline.isEmpty();
    }

    /** One tier's compiled policies, in the order they are checked. */
    List<Compiled> tier(Tier tier) {
        return tier == Tier.ADMIN ? admin : baseline;
    }

    private BitSet subject(ClusterNetworkPolicy p) {
        BitSet set = (BitSet) sets.podsInNamespacesMatching(p.subject().namespaces()).clone();
        p.subject().pods().ifPresent(pods -> set.and(sets.podsMatching(pods)));
        return set;
    }

    private List<CompiledRule> rules(List<ClusterRule> rules, Direction d) {
        List<CompiledRule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            BitSet peers = new BitSet();
            for (ClusterPeer peer : rules.get(i).peers()) {
                peers.or(peerSet(peer));
            }
            out.add(new CompiledRule(i, rules.get(i), peers));
        }
        return out;
    }

    /** The endpoints one peer matches; see {@link ClusterPolicyRules#peerMatches} for the rule. */
    BitSet peerSet(ClusterPeer peer) {
        if (peer instanceof ClusterPeer.Namespaces n) {
            return sets.podsInNamespacesMatching(n.namespaces());
        }
        if (peer instanceof ClusterPeer.Pods p) {
            BitSet set = (BitSet) sets.podsInNamespacesMatching(p.namespaces()).clone();
            set.and(sets.podsMatching(p.pods()));
            return set;
        }
        if (peer instanceof ClusterPeer.Networks n) {
            return inNetworks.computeIfAbsent(n, k -> {
                BitSet set = new BitSet();
                for (int i = 0; i < endpoints.size(); i++) {
                    if (k.contains(endpoints.get(i).ip())) {
                        set.set(i);
                    }
                }
                return set;
            });
        }
        return new BitSet(); // nodes and domainNames match nothing here
    }

    // ---- questions about policies ------------------------------------------------------------

    /** The endpoints a policy's subject selects. */
    public BitSet subjectOf(ClusterNetworkPolicy policy) {
        return (BitSet) find(policy).subject.clone();
    }

    /** The endpoints one rule's peers match. */
    public BitSet peersOf(ClusterNetworkPolicy policy, Direction direction, int ruleIndex) {
        return (BitSet) find(policy).rules(direction).get(ruleIndex).peers.clone();
    }

    /** The policies selecting an endpoint, Admin then Baseline, each in the order they are checked. */
    public List<ClusterNetworkPolicy> selecting(int endpoint) {
        List<ClusterNetworkPolicy> out = new ArrayList<>();
        for (List<Compiled> tier : List.of(admin, baseline)) {
            for (Compiled c : tier) {
                if (c.subject.get(endpoint)) {
                    out.add(c.policy);
                }
            }
        }
        return out;
    }

    /** Every policy in the order the tiers check them: Admin by priority, then Baseline. */
    public List<ClusterNetworkPolicy> inOrder() {
        List<ClusterNetworkPolicy> out = new ArrayList<>();
        admin.forEach(c -> out.add(c.policy));
        baseline.forEach(c -> out.add(c.policy));
        return out;
    }

    private Compiled find(ClusterNetworkPolicy policy) {
        for (List<Compiled> tier : List.of(admin, baseline)) {
            for (Compiled c : tier) {
                if (c.policy.equals(policy)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("not a ClusterNetworkPolicy of this cluster: " + policy.name());
    }

    // ---- one connection ----------------------------------------------------------------------

    /**
     * One tier's walk for one side: the tier's policies selecting {@code subject}, by ascending
     * priority, their {@code direction} rules in written order; the first whose peers include
     * {@code peer} and whose protocols match the port decides.
     */
    public TierOutcome walk(Tier tier, Direction direction, int subject, int peer, Port port, int destination) {
        Endpoint dest = endpoints.get(destination);
        List<ClusterNetworkPolicy> selecting = new ArrayList<>();
        List<Compiled> matching = new ArrayList<>();
        TierDecision decision = null;
        for (Compiled c : tier(tier)) {
            List<CompiledRule> rules = c.rules(direction);
            if (!c.subject.get(subject) || rules.isEmpty()) {
                continue;
            }
            selecting.add(c.policy);
            Optional<CompiledRule> first = firstMatch(rules, peer, port, dest);
            if (first.isPresent()) {
                matching.add(c);
                if (decision == null) {
                    CompiledRule r = first.get();
                    decision = new TierDecision(c.policy, direction, r.index, r.rule.name(), r.rule.action(), List.of());
                }
            }
        }
        if (decision != null) {
            int priority = decision.policy().priority();
            ClusterNetworkPolicy decider = decision.policy();
            List<ClusterNetworkPolicy> ties = matching.stream().map(Compiled::policy)
                    .filter(p -> p.priority() == priority && !p.equals(decider)).toList();
            decision = new TierDecision(decider, direction, decision.ruleIndex(), decision.ruleName(),
                    decision.action(), ties);
        }
        return new TierOutcome(tier, selecting, Optional.ofNullable(decision), true);
    }

    /** The tier's policies that select the pod in this direction, without walking them (tier not reached). */
    public TierOutcome notReached(Tier tier, Direction direction, int subject) {
        List<ClusterNetworkPolicy> selecting = new ArrayList<>();
        for (Compiled c : tier(tier)) {
            if (c.subject.get(subject) && !c.rules(direction).isEmpty()) {
                selecting.add(c.policy);
            }
        }
        return new TierOutcome(tier, selecting, Optional.empty(), false);
    }

    private static Optional<CompiledRule> firstMatch(List<CompiledRule> rules, int peer, Port port, Endpoint dest) {
        for (CompiledRule r : rules) {
            if (r.peers.get(peer) && ClusterPolicyRules.portsMatch(r.rule, port, dest)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    // ---- whole matrices ----------------------------------------------------------------------

    /**
     * For every destination, the sources whose connection on {@code port} the tier accepts and
     * denies in {@code direction} (null entries: none). Ingress judges at the destination, egress
     * at each source.
     */
    public TierSets decisions(Tier tier, Direction direction, Port port) {
        return direction == Direction.INGRESS ? ingressDecisions(tier, port) : egressDecisions(tier, port);
    }

    /**
     * Ingress: destinations whose applicable rules (in order, their protocols matched against the
     * destination itself) are the same share one walk over the source sets.
     */
    private TierSets ingressDecisions(Tier tier, Port port) {
        int n = endpoints.size();
        TierSets out = new TierSets(new BitSet[n], new BitSet[n]);
        Map<List<CompiledRule>, BitSet[]> walks = new HashMap<>();
        for (int t = 0; t < n; t++) {
            Endpoint dest = endpoints.get(t);
            List<CompiledRule> applicable = new ArrayList<>();
            for (Compiled c : tier(tier)) {
                if (!c.subject.get(t)) {
                    continue;
                }
                for (CompiledRule r : c.ingress) {
                    if (ClusterPolicyRules.portsMatch(r.rule, port, dest)) {
                        applicable.add(r);
                    }
                }
            }
            if (applicable.isEmpty()) {
                continue;
            }
            BitSet[] walk = walks.computeIfAbsent(applicable, CompiledTiers::firstMatchSets);
            out.accept()[t] = walk[0];
            out.deny()[t] = walk[1];
        }
        return out;
    }

    /**
     * Egress: sources selected by the same policies share one walk over the destination sets (each
     * rule's peers narrowed to the destinations its protocols match on this port); the result is
     * then turned around into sources per destination.
     */
    private TierSets egressDecisions(Tier tier, Port port) {
        int n = endpoints.size();
        TierSets out = new TierSets(new BitSet[n], new BitSet[n]);
        Map<List<Compiled>, BitSet> groups = new HashMap<>();
        for (int s = 0; s < n; s++) {
            List<Compiled> selecting = new ArrayList<>();
            for (Compiled c : tier(tier)) {
                if (c.subject.get(s) && !c.egress.isEmpty()) {
                    selecting.add(c);
                }
            }
            if (!selecting.isEmpty()) {
                groups.computeIfAbsent(selecting, k -> new BitSet()).set(s);
            }
        }
        Map<CompiledRule, CompiledRule> narrowed = new HashMap<>();
        for (Map.Entry<List<Compiled>, BitSet> g : groups.entrySet()) {
            List<CompiledRule> rules = new ArrayList<>();
            for (Compiled c : g.getKey()) {
                for (CompiledRule r : c.egress) {
                    rules.add(narrowed.computeIfAbsent(r, k -> narrow(k, port)));
                }
            }
            BitSet[] walk = firstMatchSets(rules);
            BitSet sources = g.getValue();
            spread(walk[0], sources, out.accept());
            spread(walk[1], sources, out.deny());
        }
        return out;
    }

    /** The rule with its peers narrowed to the destinations whose port matches. */
    private CompiledRule narrow(CompiledRule r, Port port) {
        List<ClusterPort> ports = r.rule.ports();
        if (ports.isEmpty()) {
            return r;
        }
        boolean named = ports.stream().anyMatch(p -> p instanceof ClusterPort.Named);
        if (!named) {
            return ClusterPolicyRules.portsMatch(r.rule, port, null) ? r : new CompiledRule(r.index, r.rule, new BitSet());
        }
        BitSet peers = new BitSet();
        for (int t = r.peers.nextSetBit(0); t >= 0; t = r.peers.nextSetBit(t + 1)) {
            if (ClusterPolicyRules.portsMatch(r.rule, port, endpoints.get(t))) {
                peers.set(t);
            }
        }
        return new CompiledRule(r.index, r.rule, peers);
    }

    /** First match over sets: {accepted, denied} peers; a Pass decides too, for neither set. */
    private static BitSet[] firstMatchSets(List<CompiledRule> rules) {
        BitSet decided = new BitSet();
        BitSet accepted = new BitSet();
        BitSet denied = new BitSet();
        for (CompiledRule r : rules) {
            BitSet fresh = (BitSet) r.peers.clone();
            fresh.andNot(decided);
            if (r.rule.action() == RuleAction.ACCEPT) {
                accepted.or(fresh);
            } else if (r.rule.action() == RuleAction.DENY) {
                denied.or(fresh);
            }
            decided.or(r.peers);
        }
        return new BitSet[] {accepted, denied};
    }

    private static void spread(BitSet destinations, BitSet sources, BitSet[] into) {
        for (int t = destinations.nextSetBit(0); t >= 0; t = destinations.nextSetBit(t + 1)) {
            if (into[t] == null) {
                into[t] = (BitSet) sources.clone();
            } else {
                into[t].or(sources);
            }
        }
    }
}
