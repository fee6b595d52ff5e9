package io.netpoldojo.engine.model;

import java.util.List;

/**
 * One ingress or egress rule. Empty {@code peers} means "all sources/destinations" (the field
 * was empty or missing); empty {@code ports} means all ports.
 */
public record PolicyRule(List<PolicyPeer> peers, List<PolicyPort> ports) {
    /** {@code - {}}: allows everything in its direction. */
    public static final PolicyRule ALLOW_ALL = new PolicyRule(List.of(), List.of());

    public PolicyRule {
        peers = List.copyOf(peers);
        ports = List.copyOf(ports);
    }

    public static PolicyRule of(List<PolicyPeer> peers, List<PolicyPort> ports) {
        return new PolicyRule(peers, ports);
    }
}
