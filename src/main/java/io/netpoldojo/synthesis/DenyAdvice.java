package io.netpoldojo.synthesis;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.SelectorRequirement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Deny this arrow", answered the v1 way. NetworkPolicies only allow; a connection is denied when a
 * side is isolated and no rule of it allows the connection. So when a side is still open, the
 * proposal isolates it and allows everything else that side lets through on the canvas today; when
 * both sides are already isolated, rules allow the connection, and the answer names them: narrow or
 * remove them, or use a cluster-wide policy that can deny.
 */
public final class DenyAdvice {
    static final String NO_DENY = "networking.k8s.io/v1 NetworkPolicies have no deny rule: they only allow, and a"
            + " connection is denied when one side is isolated and none of its rules allows it.";

    private DenyAdvice() {}

    public static ProposedChange propose(Cluster cluster, String fromId, String toId, Port port) {
        Engine engine = new Engine(cluster);
        Endpoint from = cluster.endpoint(fromId).orElseThrow(() -> new IllegalArgumentException("no endpoint " + fromId));
        Endpoint to = cluster.endpoint(toId).orElseThrow(() -> new IllegalArgumentException("no endpoint " + toId));
        String title = "Deny " + from.id() + " \u2192 " + to.id() + " on " + port;
        if (from.id().equals(to.id())) {
            return ProposedChange.nothing(title, List.of("A pod cannot block traffic to itself."));
        }
        Verdict verdict = engine.evaluate(from, to, port);
        if (!verdict.allowed()) {
            return ProposedChange.nothing(title, List.of("Already denied. " + verdict.reason()));
        }
        if (to instanceof Pod destination && !verdict.ingress().isolated()) {
            return isolateAllBut(cluster, engine, destination, Direction.INGRESS, from, port, title);
        }
        if (from instanceof Pod source && !verdict.egress().isolated()) {
            return isolateAllBut(cluster, engine, source, Direction.EGRESS, to, port, title);
        }
        List<String> sentences = new ArrayList<>(List.of(NO_DENY));
        List<String> rules = new ArrayList<>();
        verdict.ingress().allowingRules().forEach(r -> rules.add(r.toString()));
        verdict.egress().allowingRules().forEach(r -> rules.add(r.toString()));
        sentences.add("Both sides are isolated already, so rules allow it: " + Wording.join(rules, "and")
                + ". To close it, narrow or remove " + (rules.size() == 1 ? "that rule" : "one of them")
                + " (a policy added now could only allow more), or use a cluster-wide policy, which can deny.");
        return ProposedChange.nothing(title, sentences);
    }

    /**
     * Isolates {@code subject}'s look-alikes for {@code direction} with one policy whose rules allow,
     * on the canvas's ports, every peer except {@code blocked}'s look-alikes on {@code port}.
     */
    private static ProposedChange isolateAllBut(Cluster cluster, Engine engine, Pod subject, Direction direction,
                                                Endpoint blocked, Port port, String title) {
        List<Endpoint> endpoints = cluster.endpoints();
        Set<Port> portSet = new TreeSet<>(engine.relevantPorts());
        portSet.add(port);
        List<Port> ports = List.copyOf(portSet);
        int blockedPort = ports.indexOf(port);
        EndpointClasses classes = new EndpointClasses(endpoints);
        int blockedClass = classes.classOf(endpoints.indexOf(blocked));
        Candidates candidates = new Candidates(cluster.withPolicies(List.of()));
        String ns = subject.namespace();
        BitSet subjects = new BitSet();
        LabelSelector selector = candidates.classSelector(subject);
        for (int i = 0; i < endpoints.size(); i++) {
            if (endpoints.get(i) instanceof Pod p && p.namespace().equals(ns) && selector.matches(p.labels())) {
                subjects.set(i);
            }
        }
        List<Candidates.Peer> peers = new ArrayList<>(candidates.peers(ns));
        for (PolicyPeer extra : allBut(blocked, ns, candidates)) {
            peers.add(candidates.extraPeer(extra, ns, peers.size()));
        }
        RuleCover.Result cover = RuleCover.cover(endpoints.size(), ports.size(), subjects, candidates.subjects(ns),
                peers, (s, t, k) -> !(k == blockedPort && classes.classOf(t) == blockedClass));
        PolicyAssembly assembly = new PolicyAssembly(new Wording(endpoints), ports);
        assembly.add(ns, direction, cover.tiles());
        SynthesisResult.GeneratedPolicy generated = assembly.build().get(0);
        Set<String> taken = new java.util.HashSet<>();
        cluster.policies().stream().filter(p -> p.namespace().equals(ns)).forEach(p -> taken.add(p.name()));
        String name = PolicyAssembly.unique(PolicyAssembly.sanitize(subject.name() + "-" + direction.fieldName()
                + "-all-but-" + blocked.name()), taken);
        List<String> sentences = new ArrayList<>(List.of(NO_DENY));
        sentences.add(subject.id() + " is not isolated for " + direction.fieldName() + ", so this adds " + name
                + ", which isolates it and allows everything else it " + (direction == Direction.INGRESS
                ? "lets in" : "sends") + " on the canvas's ports today.");
        String oldName = generated.policy().name();
        generated.sentences().forEach(s -> sentences.add(s.startsWith(oldName + " ") ? name + s.substring(oldName.length())
                : s));
        sentences.add("Ports and addresses that are not on the canvas are denied too from now on: the rules list"
                + " only what the canvas shows.");
        return ProposedChange.of(title, cluster, List.of(PolicyChange.added(generated.policy().withName(name))),
                sentences, List.of(port));
    }

    /** Peers that match everything except the blocked endpoint's look-alikes, as a person writes them. */
    private static List<PolicyPeer> allBut(Endpoint blocked, String policyNamespace, Candidates candidates) {
        if (blocked instanceof External e) {
            Cidr all = Cidr.of(e.ip().v6() ? "::/0" : "0.0.0.0/0");
            return List.of(new PolicyPeer.IpBlock(all, List.of(new Cidr(e.ip(), e.ip().bitLength()))));
        }
        Pod pod = (Pod) blocked;
        LabelSelector cls = candidates.classSelector(pod);
        if (cls.matchLabels().isEmpty()) {
            return List.of();
        }
        Map.Entry<String, String> first = cls.matchLabels().asMap().entrySet().stream()
                .min(Map.Entry.comparingByKey(ClassSelectors.KEY_ORDER)).orElseThrow();
        LabelSelector notIt = new LabelSelector(Labels.NONE, List.of(new SelectorRequirement(first.getKey(),
                SelectorRequirement.Operator.NOT_IN, List.of(first.getValue()))));
        List<PolicyPeer> out = new ArrayList<>();
        out.add(pod.namespace().equals(policyNamespace) ? PolicyPeer.Selector.pods(notIt)
                : PolicyPeer.Selector.podsInNamespaces(notIt, Candidates.namespaceNamed(pod.namespace())));
        out.add(PolicyPeer.Selector.podsInNamespaces(notIt, LabelSelector.EVERYTHING));
        return out;
    }
}
