package io.netpoldojo.engine.tiers;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;

/**
 * The ClusterNetworkPolicy rules, one small function each, with the words of the upstream Go types
 * ({@code apis/v1alpha2/clusternetworkpolicy_types.go} in kubernetes-sigs/network-policy-api)
 * beside them. The compiled tiers call these once per policy and endpoint; tests call them directly.
 */
public final class ClusterPolicyRules {
    private ClusterPolicyRules() {}

    /**
     * Order within a tier: "Policies with lower priority values have higher precedence, and are
     * checked before policies with higher priority values in the same tier." Two policies with one
     * priority are ordered by name so that answers are stable; upstream leaves that order to the
     * implementation ("there is no way for the user to reliably determine which one it will
     * choose"), which the lint points out.
     */
    public static final Comparator<ClusterNetworkPolicy> PRECEDENCE = Comparator
            .comparing(ClusterNetworkPolicy::tier)
            .thenComparingInt(ClusterNetworkPolicy::priority)
            .thenComparing(ClusterNetworkPolicy::name);

    /**
     * spec.subject: "Subject defines the pods to which this ClusterNetworkPolicy applies." Only
     * pods: an address outside the cluster is never a subject.
     */
    public static boolean selects(ClusterNetworkPolicy policy, Endpoint endpoint,
                                  Function<String, Labels> namespaceLabels) {
        return endpoint instanceof Pod pod && policy.subject().selects(pod, namespaceLabels.apply(pod.namespace()));
    }

    /**
     * A rule's peers: "If any element matches the source of incoming traffic [the destination of
     * outgoing traffic] then the specified action is applied."
     */
    public static boolean peersMatch(ClusterRule rule, Endpoint peer, Function<String, Labels> namespaceLabels) {
        for (ClusterPeer p : rule.peers()) {
            if (peerMatches(p, peer, namespaceLabels)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One peer:
     * <ul>
     * <li>namespaces: "select all pods within a set of Namespaces";</li>
     * <li>pods: "select a set of pods in a set of namespaces" (both selectors must match);</li>
     * <li>networks: CIDRs, "intended for representing entities that live outside the cluster ...
     *     but note that cluster-internal traffic will be checked against the rule as well", so a
     *     pod whose IP is inside matches too;</li>
     * <li>nodes and domainNames (experimental): NetPol Dojo has no nodes and resolves no names,
     *     so they match nothing here.</li>
     * </ul>
     */
    public static boolean peerMatches(ClusterPeer peer, Endpoint endpoint, Function<String, Labels> namespaceLabels) {
        if (peer instanceof ClusterPeer.Networks n) {
            return n.contains(endpoint.ip());
        }
        if (!(endpoint instanceof Pod pod)) {
            return false;
        }
        if (peer instanceof ClusterPeer.Namespaces n) {
            return n.namespaces().matches(namespaceLabels.apply(pod.namespace()));
        }
        if (peer instanceof ClusterPeer.Pods p) {
            return p.namespaces().matches(namespaceLabels.apply(pod.namespace())) && p.pods().matches(pod.labels());
        }
        return false; // nodes and domainNames: no such endpoints here
    }

    /**
     * protocols: "If unspecified, protocol-specific attributes will not be used to match
     * traffic", so no entry means every port; otherwise any one entry must match.
     */
    public static boolean portsMatch(ClusterRule rule, Port port, Endpoint destination) {
        if (rule.ports().isEmpty()) {
            return true;
        }
        for (ClusterPort p : rule.ports()) {
            if (portMatches(p, port, destination)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One protocols entry. {@code tcp/udp/sctp.destinationPort}: the protocol and a number, or a
     * range "from the assigned Start value to End value" inclusive. {@code destinationNamedPort}:
     * "selects a destination port on a pod based on the ContainerPort name", so it matches when the
     * destination pod declares a container port of that name with this number and protocol; an
     * address outside the cluster has no named ports.
     */
    public static boolean portMatches(ClusterPort entry, Port port, Endpoint destination) {
        if (entry instanceof ClusterPort.Numbered n) {
            return n.protocol() == port.protocol() && port.number() >= n.start() && port.number() <= n.end();
        }
        String name = ((ClusterPort.Named) entry).name();
        return destination instanceof Pod pod && pod.ports().stream().anyMatch(cp -> cp.name().equals(name)
                && cp.number() == port.number() && cp.protocol() == port.protocol());
    }

    /** Every port number a policy's protocols name (both ends of a range), for "ports worth asking about". */
    public static void addNumberedPorts(ClusterNetworkPolicy policy, Set<Port> into) {
        for (Direction d : Direction.values()) {
            for (ClusterRule rule : policy.rules(d)) {
                for (ClusterPort p : rule.ports()) {
                    if (p instanceof ClusterPort.Numbered n) {
                        into.add(new Port(n.start(), n.protocol()));
                        into.add(new Port(n.end(), n.protocol()));
                    }
                }
            }
        }
    }
}
