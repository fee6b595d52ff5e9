package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Port;
import java.util.List;

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

    /** The explanation in plain sentences, egress side first, then ingress, then the outcome. */
    public List<String> sentences() {
        return VerdictText.sentences(this);
    }

    /** The sentences joined into one paragraph, as the CLI's JSON {@code reason} carries it. */
    public String reason() {
        return String.join(" ", sentences());
    }
}
