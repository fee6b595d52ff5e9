package io.netpoldojo.content;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.LoadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cluster to draw and reason about, from {@code content/scenarios/<id>.yaml}: plain Kubernetes
 * YAML (namespaces, pods or workloads, NetworkPolicies in the order they are applied, outside
 * endpoints as {@code # netpoldojo.io/external:} comments) plus a {@code kind: Scenario} header.
 *
 * @param manifests       the manifest loader's result for the whole file
 * @param policiesInOrder the scenario's policies in document order: the steps of the scenario
 * @param file            the file, relative to {@code content/}
 * @param yaml            the file's text
 */
public record Scenario(String id, String title, String description, LoadResult manifests, List<Expectation> expect,
                       List<NetworkPolicy> policiesInOrder, String file, String yaml) {

    /** The state name for "before any policy". */
    public static final String NONE = "none";

    public Scenario {
        expect = List.copyOf(expect);
        policiesInOrder = List.copyOf(policiesInOrder);
    }

    /** The namespaces and endpoints with none of the scenario's policies applied. */
    public Cluster base() {
        return manifests.cluster().withPolicies(List.of());
    }

    /**
     * The namespaces and endpoints with no policy of either kind: no NetworkPolicy and no
     * ClusterNetworkPolicy (a demo starts here and applies both kinds step by step).
     */
    public Cluster empty() {
        return manifests.cluster().withPolicies(List.of()).withClusterPolicies(List.of());
    }

    /** The scenario's ClusterNetworkPolicies (cluster-scoped, so named without a namespace), in document order. */
    public List<ClusterNetworkPolicy> clusterPoliciesInOrder() {
        return manifests.cluster().clusterPolicies();
    }

    /** A ClusterNetworkPolicy by its name. */
    public Optional<ClusterNetworkPolicy> clusterPolicy(String name) {
        return manifests.cluster().clusterPolicy(name);
    }

    /** A policy by {@code name} (when no other namespace has one of that name) or {@code namespace/name}. */
    public Optional<NetworkPolicy> policy(String ref) {
        List<NetworkPolicy> found = new ArrayList<>();
        for (NetworkPolicy p : policiesInOrder) {
            if (p.id().equals(ref)) {
                return Optional.of(p);
            }
            if (p.name().equals(ref)) {
                found.add(p);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * How many policies are applied in the state {@code after}: 0 for {@code none}, the policy's
     * position plus one for a policy reference, all of them when empty. Empty for an unknown name.
     */
    public Optional<Integer> appliedCount(Optional<String> after) {
        if (after.isEmpty()) {
            return Optional.of(policiesInOrder.size());
        }
        if (after.get().equals(NONE)) {
            return Optional.of(0);
        }
        return policy(after.get()).map(p -> policiesInOrder.indexOf(p) + 1);
    }

    /** The cluster in the state {@code after}: the policies in document order up to and including it. */
    public Cluster clusterAfter(Optional<String> after) {
        int n = appliedCount(after).orElseThrow(
                () -> new IllegalArgumentException("scenario " + id + " has no policy " + after.orElse("")));
        return manifests.cluster().withPolicies(policiesInOrder.subList(0, n));
    }

    /**
     * The cluster in the state {@code after} plus {@code extra} policies; an extra policy with the
     * namespace and name of one already there replaces it, as {@code kubectl apply} would.
     */
    public Cluster clusterWith(Optional<String> after, List<NetworkPolicy> extra) {
        List<NetworkPolicy> policies = new ArrayList<>(clusterAfter(after).policies());
        for (NetworkPolicy p : extra) {
            policies.removeIf(q -> q.id().equals(p.id()));
            policies.add(p);
        }
        return manifests.cluster().withPolicies(policies);
    }

    /** The engine's verdict for a connection in the state {@code after}. */
    public Verdict evaluate(Optional<String> after, Ask ask) {
        return new Engine(clusterAfter(after)).evaluate(ask.from(), ask.to(), ask.port());
    }
}
