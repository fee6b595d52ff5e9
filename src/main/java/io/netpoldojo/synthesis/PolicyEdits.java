package io.netpoldojo.synthesis;

import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Protocol;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canvas's policy edits as pure operations on a cluster: each returns a {@link ProposedChange}
 * (the policies added or rewritten, why, and the arrows that open or close) and changes nothing
 * until the caller applies it. Pods are always chosen by labels and namespaces, never by name.
 */
public final class PolicyEdits {
    /** Where an allow rule goes: a new policy, or a rule added to a policy that already selects the pod. */
    public enum Placement { NEW_POLICY, ADD_TO_EXISTING }

    /** What CoreDNS pods carry, as the kube-dns Service in kube-system selects them. */
    static final LabelSelector DNS_PODS = LabelSelector.matchLabels("k8s-app", "kube-dns");
    static final String DNS_NAMESPACE = "kube-system";

    private final Cluster cluster;
    private final Engine engine;
    private final Candidates candidates;
    private final Wording wording;
    /** Policies rewritten so far in this proposal, by id: later steps build on them. */
    private final Map<String, NetworkPolicy> rewritten = new LinkedHashMap<>();
    private final List<NetworkPolicy> added = new ArrayList<>();

    public PolicyEdits(Cluster cluster) {
        this.cluster = cluster;
        this.engine = new Engine(cluster);
        this.candidates = new Candidates(cluster);
        this.wording = new Wording(cluster.endpoints());
    }

    /**
     * The smallest change that allows {@code from → to} on {@code port}: an ingress rule for the
     * destination if it is isolated for ingress, and an egress rule for the source if it is isolated
     * for egress; a side that already allows it is left alone.
     */
    public ProposedChange allow(String fromId, String toId, Port port, Placement placement) {
        reset();
        Endpoint from = endpoint(fromId);
        Endpoint to = endpoint(toId);
        String title = "Allow " + from.id() + " \u2192 " + to.id() + " on " + port;
        if (from.id().equals(to.id())) {
            return ProposedChange.nothing(title, List.of("A pod can always reach itself; nothing to allow."));
        }
        Verdict verdict = engine.evaluate(from, to, port);
        if (verdict.allowed()) {
            return ProposedChange.nothing(title, List.of("Already allowed. " + verdict.reason()));
        }
        List<String> sentences = new ArrayList<>();
        if (!verdict.ingress().allowed()) {
            Pod destination = (Pod) to;
            sentences.add(isolatedBecause(destination, verdict.ingress(), "lets " + from.id() + " in", port));
            sentences.add(addRule(destination, Direction.INGRESS, candidates.exactPeer(from, destination.namespace()),
                    port, placement, "allow-" + from.name() + "-to-" + to.name()));
        } else if (to instanceof Pod) {
            sentences.add(to.id() + " already lets it in (its ingress "
                    + (verdict.ingress().isolated() ? "has a rule for it" : "is not isolated") + ").");
        }
        if (!verdict.egress().allowed()) {
            Pod source = (Pod) from;
            sentences.add(isolatedBecause(source, verdict.egress(), "lets it connect to " + to.id(), port));
            sentences.add(addRule(source, Direction.EGRESS, candidates.exactPeer(to, source.namespace()), port,
                    placement, "allow-egress-" + from.name() + "-to-" + to.name()));
        } else if (from instanceof Pod) {
            sentences.add(from.id() + " may already send it (its egress "
                    + (verdict.egress().isolated() ? "has a rule for it" : "is not isolated") + ").");
        }
        return finish(title, sentences, List.of(port));
    }

    /**
     * "Only this may reach it": for a destination still open for ingress, one policy that selects
     * it (isolating it) and lets in {@code from} on {@code port}, so every other connection to it
     * closes; plus an egress rule for the source when the source is isolated and denies it. For a
     * destination isolated already, the same as {@link #allow}: policies only add, so the rules
     * that let others in stay, and the sentences say so.
     */
    public ProposedChange allowOnly(String fromId, String toId, Port port) {
        Endpoint to = endpoint(toId);
        if (!(to instanceof Pod destination) || engine.isIsolated(destination, Direction.INGRESS)
                || fromId.equals(toId)) {
            ProposedChange c = allow(fromId, toId, port, Placement.NEW_POLICY);
            List<String> sentences = new ArrayList<>(c.sentences());
            if (to instanceof Pod) {
                sentences.add(0, to.id() + " is isolated for ingress already: whatever its policies let in stays"
                        + " allowed (policies only add).");
            }
            return new ProposedChange(c.title(), c.changes(), sentences, c.opened(), c.closed());
        }
        reset();
        Endpoint from = endpoint(fromId);
        String title = "Let only " + from.id() + " reach " + to.id() + " on " + port;
        List<String> sentences = new ArrayList<>();
        sentences.add(to.id() + " is not isolated for ingress, so everything may reach it. A policy that selects it"
                + " isolates it, and its rule lets in only what it names: every other connection to it closes.");
        sentences.add(addRule(destination, Direction.INGRESS, candidates.exactPeer(from, destination.namespace()),
                port, Placement.NEW_POLICY, "allow-" + from.name() + "-to-" + to.name()));
        Verdict verdict = engine.evaluate(from, to, port);
        if (!verdict.egress().allowed()) {
            Pod source = (Pod) from;
            sentences.add(isolatedBecause(source, verdict.egress(), "lets it connect to " + to.id(), port));
            sentences.add(addRule(source, Direction.EGRESS, candidates.exactPeer(to, source.namespace()), port,
                    Placement.NEW_POLICY, "allow-egress-" + from.name() + "-to-" + to.name()));
        }
        return finish(title, sentences, List.of(port));
    }

    /** Adds a policy with no rules for the direction(s), isolating the target's pods. */
    public ProposedChange isolate(EditTarget target, Set<Direction> directions) {
        reset();
        String title = "Isolate " + describe(target) + " for " + directionWords(directions);
        BitSet pods = pods(target);
        List<Direction> needed = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Direction d : Direction.values()) {
            if (!directions.contains(d)) {
                continue;
            }
            boolean all = pods.stream().allMatch(i -> engine.isIsolated(cluster.endpoints().get(i), d));
            if (all) {
                sentences.add(capitalised(describe(target)) + " " + (pods.cardinality() == 1 ? "is" : "are")
                        + " already isolated for " + d.fieldName() + ".");
            } else {
                needed.add(d);
            }
        }
        if (needed.isEmpty()) {
            return ProposedChange.nothing(title, sentences);
        }
        String suffix = needed.size() == 2 ? "all" : needed.get(0).fieldName();
        NetworkPolicy policy = new NetworkPolicy(namespaceOf(target), uniqueName(namespaceOf(target),
                prefix(target) + "default-deny-" + suffix), selector(target), needed, List.of(), List.of());
        added.add(policy);
        sentences.add(policy.name() + " selects " + wording.subject(policy.podSelector(), policy.namespace(), pods)
                + " and has no rules: they become isolated for " + directionWords(Set.copyOf(needed))
                + ", so only what another policy's rules allow still gets through.");
        return finish(title, sentences, List.of());
    }

    /** An egress rule to the cluster DNS (CoreDNS, k8s-app=kube-dns in kube-system) on 53/UDP and 53/TCP. */
    public ProposedChange allowDns(EditTarget target) {
        reset();
        String title = "Allow DNS for " + describe(target);
        String ns = namespaceOf(target);
        BitSet pods = pods(target);
        PolicyPeer dns = PolicyPeer.Selector.podsInNamespaces(DNS_PODS, Candidates.namespaceNamed(DNS_NAMESPACE));
        List<PolicyPort> ports = List.of(PolicyPort.of(Protocol.UDP, 53), PolicyPort.of(Protocol.TCP, 53));
        List<Endpoint> dnsPods = engine.matchedBy(dns, ns);
        List<String> sentences = new ArrayList<>();
        boolean isolated = pods.stream().allMatch(i -> engine.isIsolated(cluster.endpoints().get(i), Direction.EGRESS));
        if (!dnsPods.isEmpty() && alreadyReach(pods, dnsPods, ports)) {
            return ProposedChange.nothing(title, List.of(capitalised(describe(target))
                    + " can already reach DNS on 53/UDP and 53/TCP."));
        }
        NetworkPolicy policy = new NetworkPolicy(ns, uniqueName(ns, prefix(target) + "allow-dns-egress"),
                selector(target), List.of(Direction.EGRESS), List.of(), List.of(new PolicyRule(List.of(dns), ports)));
        added.add(policy);
        sentences.add(policy.name() + " lets " + wording.subject(policy.podSelector(), ns, pods)
                + " connect to pods labelled k8s-app=kube-dns in namespace kube-system (CoreDNS) on 53/UDP and"
                + " 53/TCP.");
        if (!isolated) {
            sentences.add("Careful: they are not isolated for egress yet, so DNS already works, and a policy with"
                    + " egress rules isolates them: everything else they send is denied from now on (the arrows"
                    + " below).");
        }
        if (dnsPods.isEmpty()) {
            sentences.add("No pod on the canvas is labelled k8s-app=kube-dns in kube-system, so no arrow opens here;"
                    + " on a real cluster this is where CoreDNS runs.");
        }
        return finish(title, sentences, List.of(new Port(53, Protocol.UDP), Port.tcp(53)));
    }

    /** An ingress rule admitting every pod of the target's own namespace, on any port. */
    public ProposedChange allowFromOwnNamespaceOnly(EditTarget target) {
        reset();
        String ns = namespaceOf(target);
        String title = "Allow " + describe(target) + " from namespace " + ns + " only";
        BitSet pods = pods(target);
        boolean isolated = pods.stream().allMatch(i -> engine.isIsolated(cluster.endpoints().get(i), Direction.INGRESS));
        NetworkPolicy policy = new NetworkPolicy(ns, uniqueName(ns, prefix(target) + "allow-same-namespace"),
                selector(target), List.of(Direction.INGRESS), List.of(new PolicyRule(
                List.of(PolicyPeer.Selector.pods(LabelSelector.EVERYTHING)), List.of())), List.of());
        added.add(policy);
        List<String> sentences = new ArrayList<>();
        sentences.add(policy.name() + " selects " + wording.subject(policy.podSelector(), ns, pods)
                + " and lets in every pod of namespace " + ns + " on any port; pods in other namespaces and"
                + " outside addresses are denied unless another policy lets them in.");
        if (isolated) {
            sentences.add("They were isolated for ingress already, so this only adds: policies never take away"
                    + " what another policy allows.");
        }
        return finish(title, sentences, List.of());
    }

    // ---- building blocks ------------------------------------------------------------------------

    private void reset() {
        rewritten.clear();
        added.clear();
    }

    private ProposedChange finish(String title, List<String> sentences, List<Port> extraPorts) {
        List<PolicyChange> changes = new ArrayList<>();
        rewritten.forEach((id, after) -> changes.add(PolicyChange.changed(
                cluster.policies().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(), after)));
        added.forEach(p -> changes.add(PolicyChange.added(p)));
        return ProposedChange.of(title, cluster, changes, sentences, extraPorts);
    }

    private String isolatedBecause(Pod pod, DirectionVerdict side, String what, Port port) {
        return pod.id() + " is isolated for " + side.direction().fieldName() + " (by "
                + String.join(", ", side.isolatingPolicies()) + ") and no rule there " + what + " on " + port + ".";
    }

    /** Adds the rule to an existing policy selecting exactly the pod's look-alikes, or to a new policy. */
    private String addRule(Pod subject, Direction d, PolicyPeer peer, Port port, Placement placement, String newName) {
        PolicyPort policyPort = PolicyPort.of(port.protocol(), port.number());
        String ns = subject.namespace();
        BitSet matched = new BitSet();
        engine.matchedBy(peer, ns).forEach(e -> matched.set(cluster.endpoints().indexOf(e)));
        String what = "an " + d.fieldName() + " rule that " + (d == Direction.INGRESS ? "lets in " : "lets them connect to ")
                + wording.peer(peer, ns, matched) + " on " + port;
        Optional<NetworkPolicy> existing = placement == Placement.ADD_TO_EXISTING ? existingFor(subject, d)
                : Optional.empty();
        if (existing.isPresent()) {
            NetworkPolicy before = rewritten.getOrDefault(existing.get().id(), existing.get());
            rewritten.put(before.id(), withRule(before, d, peer, policyPort));
            return "Adds to " + before.name() + " (it already selects exactly " + subject.name()
                    + lookAlikes(subject) + ") " + what + ".";
        }
        LabelSelector selector = candidates.classSelector(subject);
        NetworkPolicy policy = new NetworkPolicy(ns, uniqueName(ns, PolicyAssembly.sanitize(newName)), selector,
                List.of(d), d == Direction.INGRESS ? List.of(new PolicyRule(List.of(peer), List.of(policyPort)))
                : List.of(), d == Direction.EGRESS ? List.of(new PolicyRule(List.of(peer), List.of(policyPort)))
                : List.of());
        added.add(policy);
        String why = placement == Placement.ADD_TO_EXISTING
                ? " (no existing policy selects exactly " + subject.name() + lookAlikes(subject)
                + "; adding the rule to a wider one would open it for more pods)" : "";
        return "Adds the policy " + policy.name() + why + ": it selects pods " + Wording.labelled(selector)
                + lookAlikes(subject) + " and has " + what + ".";
    }

    /** " (and web-2, which has the same labels)" when other pods share the pod's labels. */
    private String lookAlikes(Pod pod) {
        List<String> others = cluster.pods().stream()
                .filter(p -> !p.id().equals(pod.id()) && p.namespace().equals(pod.namespace())
                        && p.labels().equals(pod.labels()))
                .map(Pod::name).toList();
        return others.isEmpty() ? "" : " (and " + Wording.join(others, "and") + ", with the same labels)";
    }

    /** A policy isolating the pod for the direction whose podSelector picks exactly its look-alikes. */
    private Optional<NetworkPolicy> existingFor(Pod subject, Direction d) {
        BitSet lookAlikes = new BitSet();
        LabelSelector cls = candidates.classSelector(subject);
        for (int i = 0; i < cluster.endpoints().size(); i++) {
            if (cluster.endpoints().get(i) instanceof Pod p && p.namespace().equals(subject.namespace())
                    && cls.matches(p.labels())) {
                lookAlikes.set(i);
            }
        }
        for (NetworkPolicy p : cluster.policies()) {
            if (!p.namespace().equals(subject.namespace()) || !engine.policiesSelecting(subject).contains(p)
                    || !io.netpoldojo.engine.NetworkPolicyRules.effectivePolicyTypes(p).contains(d)) {
                continue;
            }
            BitSet selected = new BitSet();
            engine.selectedBy(p).forEach(e -> selected.set(cluster.endpoints().indexOf(e)));
            if (selected.equals(lookAlikes)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The policy with the port added to a rule that has exactly this peer, or with a new rule. */
    static NetworkPolicy withRule(NetworkPolicy p, Direction d, PolicyPeer peer, PolicyPort port) {
        List<PolicyRule> rules = new ArrayList<>(p.rules(d));
        boolean merged = false;
        for (int i = 0; i < rules.size() && !merged; i++) {
            PolicyRule r = rules.get(i);
            if (r.peers().equals(List.of(peer)) && !r.ports().isEmpty()) {
                List<PolicyPort> ports = new ArrayList<>(r.ports());
                ports.add(port);
                rules.set(i, new PolicyRule(r.peers(), ports));
                merged = true;
            }
        }
        if (!merged) {
            rules.add(new PolicyRule(List.of(peer), List.of(port)));
        }
        return new NetworkPolicy(p.namespace(), p.name(), p.podSelector(), p.declaredPolicyTypes(),
                d == Direction.INGRESS ? rules : p.ingress(), d == Direction.EGRESS ? rules : p.egress());
    }

    private boolean alreadyReach(BitSet pods, List<Endpoint> dnsPods, List<PolicyPort> ports) {
        for (int i = pods.nextSetBit(0); i >= 0; i = pods.nextSetBit(i + 1)) {
            for (Endpoint dns : dnsPods) {
                for (PolicyPort p : ports) {
                    Port port = new Port(53, p.protocol());
                    if (!engine.evaluate(cluster.endpoints().get(i), dns, port).allowed()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private Endpoint endpoint(String id) {
        return cluster.endpoint(id).orElseThrow(() -> new IllegalArgumentException("no endpoint " + id));
    }

    private Pod pod(String id) {
        if (endpoint(id) instanceof Pod p) {
            return p;
        }
        throw new IllegalArgumentException(id + " is outside the cluster: no policy selects it");
    }

    private String namespaceOf(EditTarget target) {
        return target instanceof EditTarget.Namespace ns ? ns.name() : pod(((EditTarget.PodsLike) target).podId()).namespace();
    }

    private LabelSelector selector(EditTarget target) {
        return target instanceof EditTarget.PodsLike p ? candidates.classSelector(pod(p.podId())) : LabelSelector.EVERYTHING;
    }

    private BitSet pods(EditTarget target) {
        String ns = namespaceOf(target);
        LabelSelector selector = selector(target);
        BitSet out = new BitSet();
        for (int i = 0; i < cluster.endpoints().size(); i++) {
            if (cluster.endpoints().get(i) instanceof Pod p && p.namespace().equals(ns) && selector.matches(p.labels())) {
                out.set(i);
            }
        }
        return out;
    }

    private String describe(EditTarget target) {
        if (target instanceof EditTarget.Namespace ns) {
            return "every pod in namespace " + ns.name();
        }
        Pod pod = pod(((EditTarget.PodsLike) target).podId());
        return pod.id() + lookAlikes(pod);
    }

    private String prefix(EditTarget target) {
        return target instanceof EditTarget.PodsLike p ? PolicyAssembly.sanitize(pod(p.podId()).name()) + "-" : "";
    }

    private String uniqueName(String ns, String base) {
        Set<String> taken = new HashSet<>();
        cluster.policies().stream().filter(p -> p.namespace().equals(ns)).forEach(p -> taken.add(p.name()));
        added.stream().filter(p -> p.namespace().equals(ns)).forEach(p -> taken.add(p.name()));
        return PolicyAssembly.unique(base, taken);
    }

    private static String directionWords(Set<Direction> directions) {
        return directions.size() == 2 ? "ingress and egress" : directions.iterator().next().fieldName();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
