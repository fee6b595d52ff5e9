package io.netpoldojo.synthesis;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an edit on the canvas would do, before it is applied: the policies it adds or rewrites (and
 * the ClusterNetworkPolicies it adds), a sentence per step saying why, and the arrows it opens and
 * closes (worked out by the engine on the cluster before and after, on every port the canvas shows
 * plus the one asked about).
 */
public record ProposedChange(String title, List<PolicyChange> changes, List<String> sentences,
                             List<Flow> opened, List<Flow> closed, List<ClusterNetworkPolicy> clusterAdded) {
    public ProposedChange {
        changes = List.copyOf(changes);
        sentences = List.copyOf(sentences);
        opened = List.copyOf(opened);
        closed = List.copyOf(closed);
        clusterAdded = List.copyOf(clusterAdded);
    }

    /** A change of NetworkPolicies only. */
    public ProposedChange(String title, List<PolicyChange> changes, List<String> sentences, List<Flow> opened,
                          List<Flow> closed) {
        this(title, changes, sentences, opened, closed, List.of());
    }

    /** A proposal that changes nothing, with the reason. */
    static ProposedChange nothing(String title, List<String> sentences) {
        return new ProposedChange(title, List.of(), sentences, List.of(), List.of());
    }

    /** Builds the proposal and works out, with the engine, the arrows it opens and closes. */
    static ProposedChange of(String title, Cluster before, List<PolicyChange> changes, List<String> sentences,
                             List<Port> extraPorts) {
        return of(title, before, changes, List.of(), sentences, extraPorts);
    }

    /** The proposal to add one ClusterNetworkPolicy, with the arrows it closes. */
    static ProposedChange addingClusterPolicy(String title, Cluster before, ClusterNetworkPolicy policy,
                                              List<String> sentences, List<Port> extraPorts) {
        return of(title, before, List.of(), List.of(policy), sentences, extraPorts);
    }

    private static ProposedChange of(String title, Cluster before, List<PolicyChange> changes,
                                     List<ClusterNetworkPolicy> clusterAdded, List<String> sentences,
                                     List<Port> extraPorts) {
        Cluster after = withClusterPolicies(apply(before, changes), clusterAdded);
        Engine engineBefore = new Engine(before);
        Engine engineAfter = new Engine(after);
        Set<Port> ports = new TreeSet<>(engineBefore.relevantPorts());
        ports.addAll(engineAfter.relevantPorts());
        ports.addAll(extraPorts);
        List<Port> list = List.copyOf(ports);
        List<ReachabilityMatrix.Difference> differences = engineAfter.matrix(list).compare(engineBefore.matrix(list));
        List<Flow> opened = new ArrayList<>();
        List<Flow> closed = new ArrayList<>();
        for (ReachabilityMatrix.Difference d : differences) {
            (d.actual() ? opened : closed).add(new Flow(d.from().id(), d.to().id(), d.port()));
        }
        return new ProposedChange(title, changes, sentences, opened, closed, clusterAdded);
    }

    private static Cluster withClusterPolicies(Cluster cluster, List<ClusterNetworkPolicy> added) {
        if (added.isEmpty()) {
            return cluster;
        }
        List<ClusterNetworkPolicy> all = new ArrayList<>(cluster.clusterPolicies());
        all.addAll(added);
        return cluster.withClusterPolicies(all);
    }

    /** The proposal to add {@code policies} to the cluster as they are (a recipe, a new policy). */
    public static ProposedChange adding(String title, Cluster before, List<NetworkPolicy> policies,
                                        List<String> sentences) {
        return of(title, before, policies.stream().map(PolicyChange::added).toList(), sentences, List.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty() && clusterAdded.isEmpty();
    }

    /** The cluster with the changes made: rewritten policies in place, new ones at the end. */
    public Cluster applyTo(Cluster cluster) {
        return withClusterPolicies(apply(cluster, changes), clusterAdded);
    }

    private static Cluster apply(Cluster cluster, List<PolicyChange> changes) {
        List<NetworkPolicy> policies = new ArrayList<>(cluster.policies());
        for (PolicyChange c : changes) {
            if (c.before().isPresent()) {
                int i = policies.indexOf(c.before().get());
                if (i < 0) {
                    throw new IllegalArgumentException("the cluster no longer has " + c.before().get().id());
                }
                policies.set(i, c.after());
            } else {
                policies.add(c.after());
            }
        }
        return cluster.withPolicies(policies);
    }
}
