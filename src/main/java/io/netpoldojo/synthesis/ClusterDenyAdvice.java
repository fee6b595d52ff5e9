package io.netpoldojo.synthesis;

import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.ClusterSubject;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * "Deny this arrow" with the cluster-wide tier that can deny: an Admin-tier ClusterNetworkPolicy
 * (policy.networking.k8s.io/v1alpha2) with one Deny rule, as small as a person would write it.
 * Its subject is the destination's pods (by the labels that set them apart, in their namespace by
 * name) and its rule names the source's pods the same way, on the one port; to an address outside
 * the cluster it is an egress rule of the source to that address. "Deny: Drops the selected
 * traffic. No further ClusterNetworkPolicy or NetworkPolicy rules will be processed", so no
 * NetworkPolicy can open it again. The priority is the first of 10, 20, ... 1000, then 9 down to
 * 0, that no other Admin policy uses ("the implementation can apply any of the matching policies"
 * when two share one) and with which the engine finds the arrow denied by the Admin tier.
 */
public final class ClusterDenyAdvice {
    static final String ALPHA = "ClusterNetworkPolicy is alpha (policy.networking.k8s.io/v1alpha2, a CRD from SIG"
            + " Network's network-policy-api): it does nothing unless the cluster's network plugin implements it,"
            + " and its fields may still change. The project's implementations page (April 2026) lists"
            + " kube-network-policies, Calico (v3.32) and Kube-OVN (experimental).";

    private ClusterDenyAdvice() {}

    public static ProposedChange propose(Cluster cluster, String fromId, String toId, Port port) {
        Endpoint from = cluster.endpoint(fromId).orElseThrow(() -> new IllegalArgumentException("no endpoint " + fromId));
        Endpoint to = cluster.endpoint(toId).orElseThrow(() -> new IllegalArgumentException("no endpoint " + toId));
        String title = "Deny " + from.id() + " \u2192 " + to.id() + " on " + port + " cluster-wide";
        Verdict verdict = new Engine(cluster).evaluate(from, to, port);
        if (from.id().equals(to.id()) || !verdict.allowed()) {
            return ProposedChange.nothing(title, List.of(from.id().equals(to.id())
                    ? "A pod cannot block traffic to itself." : "Already denied. " + verdict.reason()));
        }
        if (!(to instanceof Pod) && !(from instanceof Pod)) {
            return ProposedChange.nothing(title, List.of("Neither end is a pod of the cluster."));
        }
        if (from instanceof External) {
            return ProposedChange.nothing(title, List.of(ALPHA, "A ClusterNetworkPolicy's ingress rules name only"
                    + " namespaces and pods (networks are for egress), so traffic from " + from.name() + ", outside"
                    + " the cluster, cannot be denied by its address this way. Isolate " + to.name()
                    + " for ingress instead."));
        }
        Candidates candidates = new Candidates(cluster.withPolicies(List.of()));
        boolean ingress = to instanceof Pod;
        Pod subjectPod = ingress ? (Pod) to : (Pod) from;
        ClusterSubject subject = ClusterSubject.pods(Candidates.namespaceNamed(subjectPod.namespace()),
                candidates.classSelector(subjectPod));
        ClusterPeer peer = ingress ? podPeer((Pod) from, candidates)
                : new ClusterPeer.Networks(List.of(new Cidr(((External) to).ip(), ((External) to).ip().bitLength())));
        ClusterRule rule = ClusterRule.of("deny-" + PolicyAssembly.sanitize(from.name() + "-to-" + to.name()),
                RuleAction.DENY, List.of(peer),
                List.of(ClusterPort.Numbered.single(port.protocol(), port.number())));
        Set<String> names = cluster.clusterPolicies().stream().map(ClusterNetworkPolicy::name)
                .collect(Collectors.toSet());
        String name = PolicyAssembly.unique(PolicyAssembly.sanitize("deny-" + from.name() + "-to-" + to.name()),
                names);
        Set<Integer> taken = cluster.clusterPolicies().stream().filter(p -> p.tier() == Tier.ADMIN)
                .map(ClusterNetworkPolicy::priority).collect(Collectors.toSet());
        for (int priority : priorities()) {
            if (taken.contains(priority)) {
                continue;
            }
            ClusterNetworkPolicy policy = new ClusterNetworkPolicy(name, Tier.ADMIN, priority, subject,
                    ingress ? List.of(rule) : List.of(), ingress ? List.of() : List.of(rule));
            Cluster after = cluster.withClusterPolicies(Stream.concat(cluster.clusterPolicies().stream(),
                    Stream.of(policy)).toList());
            Verdict v = new Engine(after).evaluate(from, to, port);
            DirectionVerdict side = ingress ? v.ingress() : v.egress();
            if (!v.allowed() && side.decider() == DirectionVerdict.Decider.ADMIN_TIER) {
                return ProposedChange.addingClusterPolicy(title, cluster, policy,
                        sentences(policy, from, to, port, ingress), List.of(port));
            }
        }
        return ProposedChange.nothing(title, List.of(ALPHA, "Every Admin priority that could come first is taken"
                + " by a policy that accepts or passes this connection: change that policy instead."));
    }

    /** 10, 20, ... 1000 (room left on both sides, as people number them), then 9 down to 0. */
    private static List<Integer> priorities() {
        List<Integer> out = new ArrayList<>();
        IntStream.rangeClosed(1, 100).forEach(i -> out.add(10 * i));
        IntStream.rangeClosed(0, 9).forEach(i -> out.add(9 - i));
        return out;
    }

    private static ClusterPeer podPeer(Pod pod, Candidates candidates) {
        return new ClusterPeer.Pods(Candidates.namespaceNamed(pod.namespace()), candidates.classSelector(pod));
    }

    private static List<String> sentences(ClusterNetworkPolicy policy, Endpoint from, Endpoint to, Port port,
                                          boolean ingress) {
        LabelSelector pods = policy.subject().pods().orElse(LabelSelector.EVERYTHING);
        List<String> out = new ArrayList<>();
        out.add(ALPHA);
        out.add("This drafts " + policy.name() + ", a ClusterNetworkPolicy in the Admin tier (priority "
                + policy.priority() + "). Its subject is the pods " + pods + " in namespace "
                + (ingress ? ((Pod) to).namespace() : ((Pod) from).namespace()) + ", and its one "
                + (ingress ? "ingress" : "egress") + " rule denies " + (ingress ? "what comes from " + from.name()
                + "'s pods" : "what goes to " + to.name() + " (" + ((External) to).ip() + ")") + " on " + port + ".");
        out.add("The Admin tier is checked before any NetworkPolicy, and a Deny there ends the evaluation: no"
                + " NetworkPolicy in " + (ingress ? ((Pod) to).namespace() : ((Pod) from).namespace())
                + " can allow this connection again. Other ports and other peers are untouched.");
        return out;
    }
}
