package io.netpoldojo.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine needs: namespaces, endpoints, NetworkPolicies and the cluster-scoped
 * ClusterNetworkPolicies. The constructor completes the namespace list so that every pod's and
 * every policy's namespace exists, as it must in a real cluster.
 */
public record Cluster(List<Namespace> namespaces, List<Endpoint> endpoints, List<NetworkPolicy> policies,
                      List<ClusterNetworkPolicy> clusterPolicies) {
    public static final Cluster EMPTY = new Cluster(List.of(), List.of(), List.of());

    /** A cluster with no ClusterNetworkPolicies. */
    public Cluster(List<Namespace> namespaces, List<Endpoint> endpoints, List<NetworkPolicy> policies) {
        this(namespaces, endpoints, policies, List.of());
    }

    public Cluster {
        Map<String, Namespace> byName = new LinkedHashMap<>();
        for (Namespace ns : namespaces) {
            byName.put(ns.name(), ns);
        }
        for (Endpoint e : endpoints) {
            if (e instanceof Pod pod) {
                byName.computeIfAbsent(pod.namespace(), Namespace::named);
            }
        }
        for (NetworkPolicy p : policies) {
            byName.computeIfAbsent(p.namespace(), Namespace::named);
        }
        namespaces = List.copyOf(byName.values());
        endpoints = List.copyOf(endpoints);
        policies = List.copyOf(policies);
        clusterPolicies = List.copyOf(clusterPolicies);
    }

    public Optional<Namespace> namespace(String name) {
        return namespaces.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public Optional<Endpoint> endpoint(String id) {
        return endpoints.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<NetworkPolicy> policy(String namespace, String name) {
        return policies.stream().filter(p -> p.namespace().equals(namespace) && p.name().equals(name)).findFirst();
    }

    public List<Pod> pods() {
        List<Pod> pods = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (e instanceof Pod p) {
                pods.add(p);
            }
        }
        return pods;
    }

    public Optional<ClusterNetworkPolicy> clusterPolicy(String name) {
        return clusterPolicies.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The same cluster with other NetworkPolicies; its ClusterNetworkPolicies stay. */
    public Cluster withPolicies(List<NetworkPolicy> newPolicies) {
        return new Cluster(namespaces, endpoints, newPolicies, clusterPolicies);
    }

    public Cluster withClusterPolicies(List<ClusterNetworkPolicy> newClusterPolicies) {
        return new Cluster(namespaces, endpoints, policies, newClusterPolicies);
    }

    public Cluster withEndpoints(List<Endpoint> newEndpoints) {
        return new Cluster(namespaces, newEndpoints, policies, clusterPolicies);
    }
}
