package io.netpoldojo.engine.model;

import java.util.List;

/**
 * One ingress or egress rule of a ClusterNetworkPolicy. {@code peers} is never empty (the CRD
 * requires at least one); empty {@code ports} means "protocol-specific attributes will not be
 * used to match traffic": every port. {@code name} is "" when the rule has none.
 */
public record ClusterRule(String name, RuleAction action, List<ClusterPeer> peers, List<ClusterPort> ports) {
    public ClusterRule {
        name = name == null ? "" : name;
        peers = List.copyOf(peers);
        ports = List.copyOf(ports);
        if (peers.isEmpty()) {
            throw new IllegalArgumentException("a ClusterNetworkPolicy rule needs at least one peer");
        }
    }

    public static ClusterRule of(String name, RuleAction action, List<ClusterPeer> peers, List<ClusterPort> ports) {
        return new ClusterRule(name, action, peers, ports);
    }
}
