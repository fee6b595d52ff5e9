package io.netpoldojo.synthesis;

import io.netpoldojo.engine.NetworkPolicyRules;
import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The selectors a person would reach for on one cluster, each with the endpoints it matches
 * (worked out with the engine's own peer rule): for a policy's podSelector, the whole namespace, one
 * label, or exactly one set of labels; for a rule's peers, every pod, a namespace, a namespace label,
 * one pod label (here, in another namespace, or anywhere), exactly one set of labels, or one outside
 * address. Listed simplest first, and a selector that matches the same endpoints as an earlier one
 * is left out, so ties go to the plainer wording.
 */
final class Candidates {
    /** A podSelector for a policy in one namespace and the pods it selects. */
    record Subject(LabelSelector selector, BitSet pods, int rank) {}

    /** A rule peer and the endpoints it matches, for a policy in one namespace. */
    record Peer(PolicyPeer peer, BitSet endpoints, int rank) {}

    private final Cluster cluster;
    private final List<Endpoint> endpoints;
    private final Function<String, Labels> namespaceLabels;
    private final Map<String, List<Subject>> subjects = new HashMap<>();
    private final Map<String, List<Peer>> peers = new HashMap<>();
    private final Map<String, LabelSelector> classSelectors = new HashMap<>();

    Candidates(Cluster cluster) {
        this.cluster = cluster;
        this.endpoints = cluster.endpoints();
        this.namespaceLabels = ns -> cluster.namespace(ns).map(Namespace::labels)
                .orElse(Namespace.named(ns).labels());
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    /** Pods in the namespace, in cluster order. */
    List<Pod> podsIn(String namespace) {
        return cluster.pods().stream().filter(p -> p.namespace().equals(namespace)).toList();
    }

    /** The namespaces that have pods, in cluster order. */
    List<String> namespacesWithPods() {
        Set<String> seen = new java.util.LinkedHashSet<>();
        cluster.pods().forEach(p -> seen.add(p.namespace()));
        return List.copyOf(seen);
    }

    /** The shortest selector for exactly the pods with this pod's labels in its namespace. */
    LabelSelector classSelector(Pod pod) {
        return classSelectors.computeIfAbsent(pod.namespace() + "\u0000" + pod.labels(), k -> ClassSelectors.exact(
                pod.labels(), podsIn(pod.namespace()).stream().map(Pod::labels).toList()));
    }

    /** The peer that matches exactly this endpoint's class, for a policy in {@code policyNamespace}. */
    PolicyPeer exactPeer(Endpoint e, String policyNamespace) {
        if (e instanceof Pod pod) {
            LabelSelector pods = classSelector(pod);
            return pod.namespace().equals(policyNamespace) ? PolicyPeer.Selector.pods(pods)
                    : PolicyPeer.Selector.podsInNamespaces(pods, namespaceNamed(pod.namespace()));
        }
        return addressPeer((External) e);
    }

    static PolicyPeer.IpBlock addressPeer(External e) {
        return new PolicyPeer.IpBlock(new Cidr(e.ip(), e.ip().bitLength()), List.of());
    }

    /** {@code kubernetes.io/metadata.name: NAME}, the label the control plane sets on every namespace. */
    static LabelSelector namespaceNamed(String name) {
        return LabelSelector.matchLabels(Namespace.NAME_LABEL, name);
    }

    List<Subject> subjects(String namespace) {
        return subjects.computeIfAbsent(namespace, this::buildSubjects);
    }

    List<Peer> peers(String namespace) {
        return peers.computeIfAbsent(namespace, this::buildPeers);
    }

    private List<Subject> buildSubjects(String namespace) {
        List<LabelSelector> selectors = new ArrayList<>();
        selectors.add(LabelSelector.EVERYTHING);
        List<Pod> pods = podsIn(namespace);
        for (Map.Entry<String, String> label : labelsOf(pods)) {
            selectors.add(LabelSelector.matchLabels(label.getKey(), label.getValue()));
        }
        pods.forEach(p -> selectors.add(classSelector(p)));
        List<Subject> out = new ArrayList<>();
        Map<BitSet, Integer> seen = new HashMap<>();
        for (LabelSelector s : selectors) {
            BitSet set = new BitSet();
            for (int i = 0; i < endpoints.size(); i++) {
                if (endpoints.get(i) instanceof Pod p && p.namespace().equals(namespace) && s.matches(p.labels())) {
                    set.set(i);
                }
            }
            Integer earlier = seen.get(set);
            if (set.isEmpty()) {
                continue;
            } else if (earlier == null) {
                seen.put(set, out.size());
                out.add(new Subject(s, set, out.size()));
            } else if (out.get(earlier).selector().isEmpty()) {
                // The same pods by label: say what they are, so pods added later are not swept in.
                out.set(earlier, new Subject(s, set, earlier));
            }
        }
        return out;
    }

    private List<Peer> buildPeers(String namespace) {
        List<PolicyPeer> list = new ArrayList<>();
        list.add(PolicyPeer.Selector.namespaces(LabelSelector.EVERYTHING));
        list.add(PolicyPeer.Selector.pods(LabelSelector.EVERYTHING));
        List<String> namespaces = namespacesWithPods();
        for (String ns : namespaces) {
            if (!ns.equals(namespace)) {
                list.add(PolicyPeer.Selector.namespaces(namespaceNamed(ns)));
            }
        }
        for (Map.Entry<String, String> label : namespaceLabelsInUse(namespaces)) {
            list.add(PolicyPeer.Selector.namespaces(LabelSelector.matchLabels(label.getKey(), label.getValue())));
        }
        for (Map.Entry<String, String> label : labelsOf(podsIn(namespace))) {
            list.add(PolicyPeer.Selector.pods(LabelSelector.matchLabels(label.getKey(), label.getValue())));
        }
        for (String ns : namespaces) {
            if (!ns.equals(namespace)) {
                for (Map.Entry<String, String> label : labelsOf(podsIn(ns))) {
                    list.add(PolicyPeer.Selector.podsInNamespaces(
                            LabelSelector.matchLabels(label.getKey(), label.getValue()), namespaceNamed(ns)));
                }
            }
        }
        for (Map.Entry<String, String> label : labelsOf(cluster.pods())) {
            list.add(PolicyPeer.Selector.podsInNamespaces(LabelSelector.matchLabels(label.getKey(), label.getValue()),
                    LabelSelector.EVERYTHING));
        }
        for (Endpoint e : endpoints) {
            list.add(exactPeer(e, namespace));
        }
        List<Peer> out = new ArrayList<>();
        Map<BitSet, Integer> seen = new HashMap<>();
        for (PolicyPeer p : list) {
            BitSet set = new BitSet();
            for (int i = 0; i < endpoints.size(); i++) {
                if (NetworkPolicyRules.peerMatches(p, namespace, endpoints.get(i), namespaceLabels)) {
                    set.set(i);
                }
            }
            Integer earlier = seen.get(set);
            if (set.isEmpty()) {
                continue;
            } else if (earlier == null) {
                seen.put(set, out.size());
                out.add(new Peer(p, set, out.size()));
            } else if (specificity(p) > specificity(out.get(earlier).peer())) {
                // Same endpoints on this canvas: keep the plainer rank but the narrower wording, so that
                // "k8s-app=kube-dns in kube-system" beats "every pod in kube-system" (a real one has more).
                out.set(earlier, new Peer(p, set, earlier));
            }
        }
        return out;
    }

    /** A peer outside the usual list (e.g. a NotIn selector), with what it matches from {@code namespace}. */
    Peer extraPeer(PolicyPeer p, String namespace, int rank) {
        BitSet set = new BitSet();
        for (int i = 0; i < endpoints.size(); i++) {
            if (NetworkPolicyRules.peerMatches(p, namespace, endpoints.get(i), namespaceLabels)) {
                set.set(i);
            }
        }
        return new Peer(p, set, rank);
    }

    /** How narrowly a peer is written: pod labels in a named namespace, then namespaces, then everything. */
    private static int specificity(PolicyPeer p) {
        if (!(p instanceof PolicyPeer.Selector s)) {
            return 4;
        }
        boolean podLabels = s.podSelector().isPresent() && !s.podSelector().get().isEmpty();
        boolean namedNamespace = s.namespaceSelector().isEmpty() || isNameOnly(s.namespaceSelector().get());
        if (podLabels) {
            return namedNamespace ? 3 : 2;
        }
        return namedNamespace ? 1 : 0;
    }

    private static boolean isNameOnly(LabelSelector s) {
        return s.matchExpressions().isEmpty() && s.matchLabels().asMap().size() == 1
                && s.matchLabels().has(Namespace.NAME_LABEL);
    }

    /** Every label key=value the pods carry, most telling keys first. */
    private static List<Map.Entry<String, String>> labelsOf(List<Pod> pods) {
        TreeMap<String, Set<String>> byKey = new TreeMap<>(ClassSelectors.KEY_ORDER);
        for (Pod p : pods) {
            p.labels().asMap().forEach((k, v) -> byKey.computeIfAbsent(k, x -> new TreeSet<>()).add(v));
        }
        List<Map.Entry<String, String>> out = new ArrayList<>();
        byKey.forEach((k, values) -> values.forEach(v -> out.add(Map.entry(k, v))));
        return out;
    }

    /** Namespace labels other than the name label, on the namespaces that have pods. */
    private List<Map.Entry<String, String>> namespaceLabelsInUse(List<String> namespaces) {
        TreeMap<String, Set<String>> byKey = new TreeMap<>(ClassSelectors.KEY_ORDER);
        for (String ns : namespaces) {
            namespaceLabels.apply(ns).asMap().forEach((k, v) -> {
                if (!k.equals(Namespace.NAME_LABEL)) {
                    byKey.computeIfAbsent(k, x -> new TreeSet<>()).add(v);
                }
            });
        }
        List<Map.Entry<String, String>> out = new ArrayList<>();
        byKey.forEach((k, values) -> values.forEach(v -> out.add(Map.entry(k, v))));
        return out;
    }

    Function<String, Labels> namespaceLabels() {
        return namespaceLabels;
    }
}
