package io.netpoldojo.synthesis;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.SynthesisResult.Inexpressible;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Intent to policy: given the canvas's endpoints and the connections that must be allowed (all
 * others denied), writes networking.k8s.io/v1 NetworkPolicies that give exactly that reachability:
 * a default deny per namespace plus allow rules on labels and namespace selectors (never pod
 * names), with a sentence per rule, then asks the engine for the result's matrix and compares it
 * with the intent. The policies the cluster already has are ignored: the result replaces them.
 *
 * <p>What v1 cannot say is named, not fudged: selectors see only labels and namespaces, and ipBlock
 * only addresses, so endpoints alike in those ways (see {@link EndpointClasses}) get the same answer
 * from every policy. Where the intent treats them differently, the connections it allows in such a
 * group are left denied (least privilege) and reported with the reason.
 */
public final class Synthesizer {
    /** Whether egress is isolated everywhere (the usual default deny) or only where it must be. */
    public enum EgressMode {
        /** Default deny for ingress and egress in every namespace; every allowed connection gets both rules. */
        ALWAYS,
        /**
         * Ingress isolation only, unless the canvas has outside endpoints: traffic to an address
         * outside the cluster can be denied only by the sender's egress.
         */
        WHEN_NEEDED
    }

    private final Cluster base;
    private final List<Endpoint> endpoints;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Port> ports;
    private final EndpointClasses classes;
    /** allowed[k][from][to] after removing what v1 cannot give. */
    private final boolean[][][] effective;
    private final Map<Flow, Inexpressible> inexpressible = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Intent intent;

    private Synthesizer(Cluster cluster, Intent intent) {
        this.base = cluster.withPolicies(List.of());
        this.endpoints = base.endpoints();
        this.intent = intent;
        for (int i = 0; i < endpoints.size(); i++) {
            index.put(endpoints.get(i).id(), i);
        }
        Set<Port> portSet = new TreeSet<>(intent.ports());
        portSet.addAll(new Engine(base).relevantPorts());
        this.ports = List.copyOf(portSet);
        this.classes = new EndpointClasses(endpoints);
        this.effective = new boolean[ports.size()][endpoints.size()][endpoints.size()];
        for (Flow f : intent.allowed()) {
            Integer from = index.get(f.fromId());
            Integer to = index.get(f.toId());
            if (from == null || to == null) {
                throw new IllegalArgumentException("the intent names an endpoint the cluster lacks: " + f);
            }
            if (endpoints.get(from) instanceof External && endpoints.get(to) instanceof External) {
                notes.add(f.describe() + ": traffic between two outside endpoints never passes a NetworkPolicy;"
                        + " left out.");
                continue;
            }
            effective[ports.indexOf(f.port())][from][to] = !from.equals(to);
        }
    }

    /** Writes the policies for the intent on the cluster's endpoints, and checks them with the engine. */
    public static SynthesisResult synthesize(Cluster cluster, Intent intent, EgressMode mode) {
        return new Synthesizer(cluster, intent).run(mode, cluster.policies().size());
    }

    private SynthesisResult run(EgressMode mode, int replacedPolicies) {
        removeWhatSelectorsCannotSplit();
        Candidates candidates = new Candidates(base);
        Wording wording = new Wording(endpoints);
        PolicyAssembly assembly = new PolicyAssembly(wording, ports);
        boolean hasOutside = endpoints.stream().anyMatch(e -> e instanceof External);
        boolean egress = mode == EgressMode.ALWAYS || hasOutside;
        int n = endpoints.size();
        for (String ns : candidates.namespacesWithPods()) {
            BitSet pods = new BitSet();
            for (int i = 0; i < n; i++) {
                if (endpoints.get(i) instanceof Pod p && p.namespace().equals(ns)) {
                    pods.set(i);
                }
            }
            assembly.defaultDeny(ns, egress);
            RuleCover.Result in = RuleCover.cover(n, ports.size(), pods, candidates.subjects(ns), candidates.peers(ns),
                    (s, t, k) -> effective[k][t][s]);
            assembly.add(ns, Direction.INGRESS, in.tiles());
            in.uncovered().forEach(c -> uncovered(c.peer(), c.subject(), c.port()));
            if (egress) {
                RuleCover.Result out = RuleCover.cover(n, ports.size(), pods, candidates.subjects(ns),
                        candidates.peers(ns), (s, t, k) -> effective[k][s][t]);
                assembly.add(ns, Direction.EGRESS, out.tiles());
                out.uncovered().forEach(c -> uncovered(c.subject(), c.peer(), c.port()));
            }
        }
        List<SynthesisResult.GeneratedPolicy> policies = assembly.build();
        addNotes(mode, egress, hasOutside, replacedPolicies, policies);
        return new SynthesisResult(policies, List.copyOf(inexpressible.values()), notes, prove(policies));
    }

    /**
     * For every pair of endpoint classes and every port, the connections between their members must
     * be all allowed or all denied. Where the intent mixes them, its allowed ones are left denied.
     */
    private void removeWhatSelectorsCannotSplit() {
        int n = endpoints.size();
        for (int k = 0; k < ports.size(); k++) {
            Map<Long, int[]> deniedWitness = new HashMap<>();
            for (int f = 0; f < n; f++) {
                for (int t = 0; t < n; t++) {
                    if (meaningful(f, t) && !effective[k][f][t]) {
                        deniedWitness.putIfAbsent(blockKey(f, t), new int[] {f, t});
                    }
                }
            }
            for (int f = 0; f < n; f++) {
                for (int t = 0; t < n; t++) {
                    int[] witness = effective[k][f][t] ? deniedWitness.get(blockKey(f, t)) : null;
                    if (witness != null) {
                        effective[k][f][t] = false;
                        inexpressible.put(flow(f, t, k), new Inexpressible(flow(f, t, k), mixedReason(f, t, witness, k)));
                    }
                }
            }
        }
    }

    private boolean meaningful(int f, int t) {
        return ReachabilityMatrix.isMeaningfulPair(endpoints.get(f), endpoints.get(t));
    }

    private long blockKey(int f, int t) {
        return ((long) classes.classOf(f) << 32) | classes.classOf(t);
    }

    private String mixedReason(int f, int t, int[] witness, int k) {
        List<String> alike = new ArrayList<>();
        if (witness[0] != f) {
            alike.add(EndpointClasses.sameness(endpoints.get(f), endpoints.get(witness[0])));
        }
        if (witness[1] != t && !(witness[1] == f && witness[0] == t)) {
            alike.add(EndpointClasses.sameness(endpoints.get(t), endpoints.get(witness[1])));
        }
        return Wording.join(alike, "and") + ", so every policy treats them alike; but the intent denies "
                + endpoints.get(witness[0]).id() + " \u2192 " + endpoints.get(witness[1]).id() + " on " + ports.get(k)
                + ". Give them different labels to tell them apart.";
    }

    private Flow flow(int f, int t, int k) {
        return new Flow(endpoints.get(f).id(), endpoints.get(t).id(), ports.get(k));
    }

    /** A cell no rule could cover alone: its only selectors also match an endpoint the intent denies. */
    private void uncovered(int from, int to, int k) {
        Flow flow = flow(from, to, k);
        if (inexpressible.containsKey(flow)) {
            return;
        }
        String reason = "no selector or address block matches " + endpoints.get(from).id() + " and "
                + endpoints.get(to).id() + " without also matching an endpoint the intent treats differently";
        for (Endpoint other : endpoints) {
            for (int end : new int[] {from, to}) {
                Endpoint e = endpoints.get(end);
                if (other != e && other.ip().equals(e.ip()) && (other instanceof External || e instanceof External)) {
                    reason = EndpointClasses.sameness(e, other) + ", and an ipBlock matches addresses, not names";
                }
            }
        }
        inexpressible.put(flow, new Inexpressible(flow, reason + "."));
    }

    private SynthesisResult.Proof prove(List<SynthesisResult.GeneratedPolicy> policies) {
        Cluster result = base.withPolicies(policies.stream().map(SynthesisResult.GeneratedPolicy::policy).toList());
        Engine engine = new Engine(result);
        Set<Port> portSet = new TreeSet<>(ports);
        portSet.addAll(engine.relevantPorts());
        List<Port> checked = List.copyOf(portSet);
        ReachabilityMatrix actual = engine.matrix(checked);
        ReachabilityMatrix expected = ReachabilityMatrix.of(endpoints, checked,
                (from, to, port) -> intent.allows(from.id(), to.id(), port));
        List<ReachabilityMatrix.Difference> differences = actual.compare(expected);
        List<ReachabilityMatrix.Difference> unexplained = differences.stream()
                .filter(d -> !d.expected() || !inexpressible.containsKey(new Flow(d.from().id(), d.to().id(), d.port())))
                .toList();
        return new SynthesisResult.Proof(checked, actual.pairCount() * checked.size(), differences, unexplained);
    }

    private void addNotes(EgressMode mode, boolean egress, boolean hasOutside, int replaced,
                          List<SynthesisResult.GeneratedPolicy> policies) {
        if (replaced > 0) {
            notes.add("These policies replace the " + replaced + " polic" + (replaced == 1 ? "y" : "ies")
                    + " the cluster had: the intent says everything that is allowed.");
        }
        if (mode == EgressMode.WHEN_NEEDED && !egress) {
            notes.add("Egress is left open: the ingress rules alone deny every connection the intent leaves out"
                    + " between these endpoints.");
        } else if (mode == EgressMode.WHEN_NEEDED && hasOutside) {
            notes.add("Egress is isolated too: only the sender's egress can deny traffic to an address outside"
                    + " the cluster.");
        }
        if (egress && intent.allowed().stream().noneMatch(f -> f.port().number() == 53)) {
            String dns = endpoints.stream().filter(e -> e instanceof Pod p && p.namespace().equals(PolicyEdits.DNS_NAMESPACE)
                    && PolicyEdits.DNS_PODS.matches(p.labels())).map(Endpoint::id).findFirst().orElse("");
            String ns = endpoints.stream().filter(e -> e instanceof Pod).map(e -> ((Pod) e).namespace()).findFirst()
                    .orElse("default");
            notes.add("Egress is denied except where the intent allows it, and the intent allows no DNS (port 53):"
                    + " on a real cluster the pods could not resolve Service names. " + (dns.isEmpty()
                    ? "No endpoint here is a CoreDNS pod (k8s-app=kube-dns in kube-system) to allow it to."
                    : "Add a line such as \"" + ns + "/* " + dns + " 53/UDP,53/TCP\"."));
        }
        if (policies.stream().anyMatch(p -> p.policy().namespace().equals("kube-system"))) {
            notes.add("Some policies isolate pods in kube-system. On a real cluster other system pods run there:"
                    + " check what else they would cut off before applying.");
        }
    }
}
