package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answer to "can {@code from} reach {@code to} on {@code port}, and why?". Both ends
 * must allow a connection: the source's egress and the destination's ingress. The canvas, the
 * lessons, the quiz and the CLI all render this one object.
 */
public record Verdict(Endpoint from, Endpoint to, Port port, DirectionVerdict egress, DirectionVerdict ingress) {

    /** "A pod cannot block access to itself": traffic from a pod to itself is always allowed. */
    public boolean toItself() {
        return from.id().equals(to.id());
    }

    public boolean allowed() {
        return toItself() || (egress.allowed() && ingress.allowed());
    }

    /**
     * The sides the outcome rests on: a connection is allowed only when both sides allow it, so
     * an allowed one rests on both, a denied one only on the sides that deny it. Empty for traffic
     * to itself, which nothing decides.
     */
    public List<DirectionVerdict> decidingSides() {
        List<DirectionVerdict> out = new ArrayList<>(2);
        if (!toItself()) {
            boolean allowed = allowed();
            for (DirectionVerdict side : List.of(egress, ingress)) {
                if (allowed || !side.allowed()) {
                    out.add(side);
                }
            }
        }
        return out;
    }

    /**
     * The ClusterNetworkPolicy tier the outcome rests on, if any (see {@link #decidingSides()}):
     * Admin when an Admin rule decided one of those sides, else Baseline when a Baseline rule did;
     * empty when NetworkPolicies or the default allow decided them all.
     */
    public Optional<Tier> decidingTier() {
        Optional<Tier> out = Optional.empty();
        for (DirectionVerdict side : decidingSides()) {
            switch (side.decider()) {
                case ADMIN_TIER -> {
                    return Optional.of(Tier.ADMIN);
                }
                case BASELINE_TIER -> out = Optional.of(Tier.BASELINE);
                default -> { }
            }
        }
        return out;
    }

    /** The explanation in plain sentences, egress side first, then ingress, then the outcome. */
    public List<String> sentences() {
        return VerdictText.sentences(this);
    }

    /** The sentences joined into one paragraph, as the CLI's JSON {@code reason} carries it. */
    public String reason() {
        return String.join(" ", sentences());
    }
}
