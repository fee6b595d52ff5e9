package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.SelectorRequirement;
import io.netpoldojo.engine.model.PortRef;
import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.engine.tiers.ClusterPolicyRules;
import io.netpoldojo.engine.tiers.CompiledTiers;
import io.netpoldojo.engine.tiers.EndpointSets;
import io.netpoldojo.engine.tiers.TierOutcome;
import io.netpoldojo.engine.tiers.TierWalk;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers "can A reach B on this port, and why?" for one {@link Cluster}. Construction compiles
 * every policy once: the endpoints it selects and, for each rule, the set of endpoints its peers
 * match. Queries and whole matrices then reuse those sets instead of re-matching selectors.
 * ClusterNetworkPolicies are compiled by {@link CompiledTiers} over the same sets, and each side
 * of a connection is walked tier by tier: Admin, then the NetworkPolicies, then Baseline.
 */
public final class Engine {
    private final Cluster cluster;
    private final List<Endpoint> endpoints;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, Labels> namespaceLabels = new HashMap<>();
    private final List<CompiledPolicy> policies = new ArrayList<>();
    /** By the cluster's own policy objects: lint asks once per policy, so a scan made it quadratic. */
    private final Map<NetworkPolicy, CompiledPolicy> compiledByPolicy = new IdentityHashMap<>();
    private final BitSet isolatedForIngress = new BitSet();
    private final BitSet isolatedForEgress = new BitSet();
    private final Map<LabelSelector, BitSet> podsMatchingSelector = new HashMap<>();
    private final Map<LabelSelector, BitSet> podsInNamespacesMatching = new HashMap<>();
    private final Map<PolicyPeer.IpBlock, BitSet> endpointsInIpBlock = new HashMap<>();
    /** For each endpoint, the ingress rules of the policies that isolate it for ingress. */
    private final List<List<CompiledRule>> ingressRulesByTarget = new ArrayList<>();
    private final Map<String, BitSet> podsInNamespace = new HashMap<>();
    /** label key, then value: the pods that carry it, so matchLabels is a few set intersections. */
    private final Map<String, Map<String, BitSet>> podsByLabel = new HashMap<>();
    private final BitSet allPods = new BitSet();
    private final BitSet everything = new BitSet();
    private final CompiledTiers tiers;
    private final Matrices matrices;

    /** A policy with its selection and per-rule peer sets worked out. */
    record CompiledPolicy(NetworkPolicy policy, Set<Direction> types, BitSet selected,
                          List<CompiledRule> ingress, List<CompiledRule> egress) {
        List<CompiledRule> rules(Direction d) {
            return d == Direction.INGRESS ? ingress : egress;
        }
    }

    /**
     * A rule and the endpoints its peers match (all endpoints when it lists no peers); {@code
     * namedPorts} when a port of it is named, so that whether it matches depends on the destination.
     */
    record CompiledRule(RuleRef ref, PolicyRule rule, BitSet peers, boolean namedPorts) {}

    public Engine(Cluster cluster) {
        this(cluster, null);
    }

    /**
     * This engine's cluster with one more endpoint, placed last (the lint's assumed DNS pod), without
     * compiling the policies again: an endpoint added to the cluster changes no set but by whether it
     * holds the new one ({@code EngineWithEndpointTest} holds it equal to an engine made anew).
     */
    Engine withEndpoint(Endpoint extra) {
        List<Endpoint> more = new ArrayList<>(endpoints);
        more.add(extra);
        return new Engine(cluster.withEndpoints(more), this);
    }

    /** {@code base}, when given, is this cluster's engine without its last endpoint; its policies are reused. */
    private Engine(Cluster cluster, Engine base) {
        this.cluster = cluster;
        this.endpoints = cluster.endpoints();
        for (Namespace ns : cluster.namespaces()) {
            namespaceLabels.put(ns.name(), ns.labels());
        }
        for (int i = 0; i < endpoints.size(); i++) {
            Endpoint e = endpoints.get(i);
            if (indexById.putIfAbsent(e.id(), i) != null) {
                throw new IllegalArgumentException("two endpoints share the id " + e.id());
            }
            everything.set(i);
            if (e instanceof Pod pod) {
                allPods.set(i);
                podsInNamespace.computeIfAbsent(pod.namespace(), k -> new BitSet()).set(i);
                int index = i;
                pod.labels().asMap().forEach((key, value) -> podsByLabel.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(value, v -> new BitSet()).set(index));
            }
        }
        List<BitSet> ingressPoliciesByTarget = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            ingressPoliciesByTarget.add(new BitSet());
        }
        List<NetworkPolicy> networkPolicies = cluster.policies();
        for (int k = 0; k < networkPolicies.size(); k++) {
            NetworkPolicy p = networkPolicies.get(k);
            CompiledPolicy compiled = base != null && base.policies.get(k).policy == p
                    ? withLastEndpoint(base.policies.get(k)) : compile(p);
            policies.add(compiled);
            compiledByPolicy.putIfAbsent(p, compiled);
            if (compiled.types.contains(Direction.INGRESS)) {
                isolatedForIngress.or(compiled.selected);
                BitSet sel = compiled.selected;
                for (int t = sel.nextSetBit(0); t >= 0; t = sel.nextSetBit(t + 1)) {
                    ingressPoliciesByTarget.get(t).set(policies.size() - 1);
                }
            }
            if (compiled.types.contains(Direction.EGRESS)) {
                isolatedForEgress.or(compiled.selected);
            }
        }
        // Endpoints isolated by the same policies share one list of rules (and, in a matrix, its answer).
        Map<BitSet, List<CompiledRule>> rulesByPolicies = new HashMap<>();
        for (BitSet isolating : ingressPoliciesByTarget) {
            ingressRulesByTarget.add(rulesByPolicies.computeIfAbsent(isolating, bits -> {
                List<CompiledRule> rules = new ArrayList<>();
                bits.stream().forEach(i -> rules.addAll(policies.get(i).ingress));
                return rules;
            }));
        }
        tiers = new CompiledTiers(new Sets(), cluster.clusterPolicies());
        matrices = new Matrices(endpoints, everything, isolatedForIngress, isolatedForEgress, policies,
                ingressRulesByTarget, tiers);
    }

    /** The engine's endpoint index, as the compiled tiers see it. */
    private final class Sets implements EndpointSets {
        @Override
        public List<Endpoint> endpoints() {
            return endpoints;
        }

        @Override
        public Labels namespaceLabels(String namespace) {
            return Engine.this.namespaceLabels(namespace);
        }

        @Override
        public BitSet podsMatching(LabelSelector pods) {
            return Engine.this.podsMatching(pods);
        }

        @Override
        public BitSet podsInNamespacesMatching(LabelSelector namespaces) {
            return Engine.this.podsInNamespacesMatching(namespaces);
        }

        @Override
        public BitSet everything() {
            return everything;
        }
    }

    public Cluster cluster() {
        return cluster;
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    public Optional<Endpoint> endpoint(String id) {
        Integer i = indexById.get(id);
        return i == null ? Optional.empty() : Optional.of(endpoints.get(i));
    }

    int indexOf(Endpoint e) {
        Integer i = indexById.get(e.id());
        if (i == null) {
            throw new IllegalArgumentException("not an endpoint of this cluster: " + e.id());
        }
        return i;
    }

    Labels namespaceLabels(String namespace) {
        Labels labels = namespaceLabels.get(namespace);
        return labels != null ? labels : Namespace.named(namespace).labels();
    }

    private CompiledPolicy compile(NetworkPolicy p) {
        BitSet selected = (BitSet) podsMatching(p.podSelector()).clone();
        selected.and(podsInNamespace.getOrDefault(p.namespace(), new BitSet()));
        return new CompiledPolicy(p, NetworkPolicyRules.effectivePolicyTypes(p), selected,
                compileRules(p, Direction.INGRESS), compileRules(p, Direction.EGRESS));
    }

    /**
     * A policy compiled for the cluster without the last endpoint, completed with it: the same
     * rules as {@link #compile}, asked of that one endpoint ({@link NetworkPolicyRules#selects},
     * {@link NetworkPolicyRules#peerMatches}).
     */
    private CompiledPolicy withLastEndpoint(CompiledPolicy cp) {
        int last = endpoints.size() - 1;
        Endpoint added = endpoints.get(last);
        NetworkPolicy p = cp.policy;
        BitSet selected = (BitSet) cp.selected.clone();
        if (NetworkPolicyRules.selects(p, added)) {
            selected.set(last);
        }
        return new CompiledPolicy(p, cp.types, selected, withLastEndpoint(cp.ingress, p, added, last),
                withLastEndpoint(cp.egress, p, added, last));
    }

    private List<CompiledRule> withLastEndpoint(List<CompiledRule> rules, NetworkPolicy p, Endpoint added, int last) {
        List<CompiledRule> out = new ArrayList<>(rules.size());
        for (CompiledRule r : rules) {
            BitSet peers;
            if (r.rule.peers().isEmpty()) {
                peers = everything;
            } else {
                peers = (BitSet) r.peers.clone();
                for (PolicyPeer peer : r.rule.peers()) {
                    if (NetworkPolicyRules.peerMatches(peer, p.namespace(), added, this::namespaceLabels)) {
                        peers.set(last);
                        break;
                    }
                }
            }
            out.add(new CompiledRule(r.ref, r.rule, peers, r.namedPorts));
        }
        return out;
    }

    private List<CompiledRule> compileRules(NetworkPolicy p, Direction d) {
        List<CompiledRule> out = new ArrayList<>();
        List<PolicyRule> rules = p.rules(d);
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i);
            BitSet peers;
            if (rule.peers().isEmpty()) {
                peers = everything; // "empty or missing: this rule matches all sources/destinations"
            } else {
                peers = new BitSet();
                for (PolicyPeer peer : rule.peers()) {
                    peers.or(peerSet(peer, p.namespace()));
                }
            }
            boolean named = rule.ports().stream().anyMatch(port -> port.port() instanceof PortRef.Named);
            out.add(new CompiledRule(RuleRef.of(p, d, i), rule, peers, named));
        }
        return out;
    }

    /** The endpoints one peer matches; see {@link NetworkPolicyRules#peerMatches} for the rule. */
    BitSet peerSet(PolicyPeer peer, String policyNamespace) {
        if (peer instanceof PolicyPeer.IpBlock block) {
            return endpointsInIpBlock.computeIfAbsent(block, b -> {
                BitSet set = new BitSet();
                for (int i = 0; i < endpoints.size(); i++) {
                    if (b.matches(endpoints.get(i).ip())) {
                        set.set(i);
                    }
                }
                return set;
            });
        }
        PolicyPeer.Selector sel = (PolicyPeer.Selector) peer;
        BitSet set = sel.namespaceSelector().isPresent()
                ? (BitSet) podsInNamespacesMatching(sel.namespaceSelector().get()).clone()
                : (BitSet) podsInNamespace.getOrDefault(policyNamespace, new BitSet()).clone();
        sel.podSelector().ifPresent(ps -> set.and(podsMatching(ps)));
        return set;
    }

    /**
     * Pods (in any namespace) whose labels match, memoised: many policies share selectors. Every
     * part is a set operation on the index of pods per label (see {@link LabelSelector#matches}
     * and {@link SelectorRequirement#matches} for the rules): matchLabels and In intersect the
     * pods carrying the label (for In, with any of the values), Exists those carrying the key;
     * NotIn and DoesNotExist take away the pods In and Exists would keep.
     */
    private BitSet podsMatching(LabelSelector selector) {
        return podsMatchingSelector.computeIfAbsent(selector, s -> {
            BitSet set = (BitSet) allPods.clone();
            for (Map.Entry<String, String> label : s.matchLabels().asMap().entrySet()) {
                BitSet carrying = podsByLabel.getOrDefault(label.getKey(), Map.of()).get(label.getValue());
                if (carrying == null) {
                    return new BitSet();
                }
                set.and(carrying);
            }
            for (SelectorRequirement r : s.matchExpressions()) {
                switch (r.operator()) {
                    case IN -> set.and(podsWithKey(r.key(), r.values()));
                    case NOT_IN -> set.andNot(podsWithKey(r.key(), r.values()));
                    case EXISTS -> set.and(podsWithKey(r.key(), null));
                    case DOES_NOT_EXIST -> set.andNot(podsWithKey(r.key(), null));
                }
            }
            return set;
        });
    }

    /** The pods carrying label {@code key} with one of {@code values}, or with any value when {@code values} is null. */
    private BitSet podsWithKey(String key, List<String> values) {
        Map<String, BitSet> byValue = podsByLabel.getOrDefault(key, Map.of());
        BitSet pods = new BitSet();
        if (values == null) {
            byValue.values().forEach(pods::or);
        } else {
            for (String value : values) {
                BitSet carrying = byValue.get(value);
                if (carrying != null) {
                    pods.or(carrying);
                }
            }
        }
        return pods;
    }

    /** Pods in the namespaces whose labels match the namespace selector. */
    private BitSet podsInNamespacesMatching(LabelSelector nsSelector) {
        return podsInNamespacesMatching.computeIfAbsent(nsSelector, s -> {
            BitSet set = new BitSet();
            podsInNamespace.forEach((ns, pods) -> {
                if (s.matches(namespaceLabels(ns))) {
                    set.or(pods);
                }
            });
            return set;
        });
    }

    // ---- single connections -------------------------------------------------------------------

    public Verdict evaluate(String fromId, String toId, Port port) {
        Endpoint from = endpoint(fromId).orElseThrow(() -> new IllegalArgumentException("no endpoint " + fromId));
        Endpoint to = endpoint(toId).orElseThrow(() -> new IllegalArgumentException("no endpoint " + toId));
        return evaluate(from, to, port);
    }

    /** Both ends must allow a connection: the source's egress and the destination's ingress. */
    public Verdict evaluate(Endpoint from, Endpoint to, Port port) {
        int f = indexOf(from);
        int t = indexOf(to);
        return new Verdict(from, to, port,
                side(Direction.EGRESS, f, t, t, port),
                side(Direction.INGRESS, t, f, t, port));
    }

    /** One side: the policies of {@code subject} for {@code direction}, judged against {@code peer}. */
    private DirectionVerdict side(Direction direction, int subject, int peer, int destination, Port port) {
        if (!allPods.get(subject)) {
            return new DirectionVerdict(direction, DirectionVerdict.Status.OUTSIDE_CLUSTER, List.of(), List.of(),
                    List.of());
        }
        List<String> isolating = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<RuleCheck> checks = new ArrayList<>();
        Endpoint dest = endpoints.get(destination);
        for (CompiledPolicy cp : policies) {
            if (!cp.selected.get(subject)) {
                continue;
            }
            if (!cp.types.contains(direction)) {
                others.add(cp.policy.name());
                continue;
            }
            isolating.add(cp.policy.name());
            for (CompiledRule r : cp.rules(direction)) {
                checks.add(new RuleCheck(r.ref, r.peers.get(peer), NetworkPolicyRules.portsMatch(r.rule, port, dest)));
            }
        }
        DirectionVerdict.Status status = isolating.isEmpty() ? DirectionVerdict.Status.NOT_ISOLATED
                : checks.stream().anyMatch(RuleCheck::allows) ? DirectionVerdict.Status.ALLOWED_BY_RULE
                : DirectionVerdict.Status.DENIED;
        return new DirectionVerdict(direction, status, isolating, others, checks,
                tierWalk(direction, subject, peer, destination, port, !isolating.isEmpty()));
    }

    /**
     * The tiers around the NetworkPolicies: the Admin tier first; the Baseline tier only when
     * Admin did not decide and no NetworkPolicy isolates the pod ("v1.NetworkPolicy always makes
     * a final decision for selected pods").
     */
    private TierWalk tierWalk(Direction direction, int subject, int peer, int destination, Port port,
                              boolean isolatedByNetworkPolicy) {
        if (tiers.isEmpty()) {
            return TierWalk.NONE;
        }
        TierOutcome admin = tiers.walk(Tier.ADMIN, direction, subject, peer, port, destination);
        TierOutcome baseline = admin.decides() || isolatedByNetworkPolicy
                ? tiers.notReached(Tier.BASELINE, direction, subject)
                : tiers.walk(Tier.BASELINE, direction, subject, peer, port, destination);
        return new TierWalk(admin, baseline);
    }

    // ---- isolation ------------------------------------------------------------------------------

    public boolean isIsolated(Endpoint e, Direction direction) {
        return (direction == Direction.INGRESS ? isolatedForIngress : isolatedForEgress).get(indexOf(e));
    }

    /** The first policy, in cluster order, that selects an endpoint and isolates it for {@code direction}. */
    public Optional<NetworkPolicy> firstPolicyIsolating(Endpoint e, Direction direction) {
        int i = indexOf(e);
        for (CompiledPolicy cp : policies) {
            if (cp.selected.get(i) && cp.types.contains(direction)) {
                return Optional.of(cp.policy);
            }
        }
        return Optional.empty();
    }

    /** The policies that select an endpoint (in any direction), in cluster order. */
    public List<NetworkPolicy> policiesSelecting(Endpoint e) {
        int i = indexOf(e);
        return policies.stream().filter(cp -> cp.selected.get(i)).map(CompiledPolicy::policy).toList();
    }

    /** The endpoints a policy selects. */
    public List<Endpoint> selectedBy(NetworkPolicy policy) {
        CompiledPolicy same = compiledByPolicy.get(policy);
        if (same != null) {
            return same.selected.stream().mapToObj(endpoints::get).toList();
        }
        for (CompiledPolicy cp : policies) {
            if (cp.policy.equals(policy)) {
                return cp.selected.stream().mapToObj(endpoints::get).toList();
            }
        }
        throw new IllegalArgumentException("not a policy of this cluster: " + policy.id());
    }

    /** The ClusterNetworkPolicies that select an endpoint: Admin then Baseline, each in the order checked. */
    public List<ClusterNetworkPolicy> clusterPoliciesSelecting(Endpoint e) {
        return tiers.selecting(indexOf(e));
    }

    /** The endpoints a ClusterNetworkPolicy's subject selects. */
    public List<Endpoint> selectedBy(ClusterNetworkPolicy policy) {
        return tiers.subjectOf(policy).stream().mapToObj(endpoints::get).toList();
    }

    /** The compiled tiers, for the lint. */
    CompiledTiers tiers() {
        return tiers;
    }

    /** The endpoints one peer of a policy matches (for lint and for highlighting on the canvas). */
    public List<Endpoint> matchedBy(PolicyPeer peer, String policyNamespace) {
        return peerSet(peer, policyNamespace).stream().mapToObj(endpoints::get).toList();
    }

    // ---- whole matrices -------------------------------------------------------------------------

    /**
     * The ports worth asking about when none are given: every port a pod's container declares plus
     * every port number a policy names (both ends of a range), sorted.
     */
    public List<Port> relevantPorts() {
        Set<Port> ports = new TreeSet<>();
        for (Endpoint e : endpoints) {
            if (e instanceof Pod pod) {
                for (ContainerPort cp : pod.ports()) {
                    ports.add(cp.asPort());
                }
            }
        }
        for (NetworkPolicy p : cluster.policies()) {
            NetworkPolicyRules.addNumberedPorts(p.ingress(), ports);
            NetworkPolicyRules.addNumberedPorts(p.egress(), ports);
        }
        for (ClusterNetworkPolicy p : cluster.clusterPolicies()) {
            ClusterPolicyRules.addNumberedPorts(p, ports);
        }
        return List.copyOf(ports);
    }

    /**
     * Every ordered pair on every port, computed from the compiled sets (see {@link Matrices}).
     */
    public ReachabilityMatrix matrix(List<Port> ports) {
        return matrices.matrix(ports);
    }

    /** The sources whose egress allows traffic to {@code destination} on the port (NetworkPolicies only). */
    BitSet egressSourcesTo(Endpoint destination, Port port) {
        return matrices.egressSourcesTo(indexOf(destination), port);
    }

    /** The sources {@code destination}'s ingress admits on the port (NetworkPolicies only); do not change it. */
    BitSet ingressSourcesAt(Endpoint destination, Port port) {
        return matrices.ingressSources(indexOf(destination), port, new IdentityHashMap<>());
    }
}
