package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Tier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One arrow on the canvas: an ordered pair and how its ports fared.
 *
 * @param decidingTier the ClusterNetworkPolicy tier that decided the arrow on some port, Admin
 *                     before Baseline (see {@code Verdict.decidingTier}); empty when only
 *                     NetworkPolicies and the default decided it
 */
public record Connection(String fromId, String toId, List<Port> allowedPorts, List<Port> deniedPorts,
                         Optional<Tier> decidingTier) {
    public enum State { ALLOWED, PARTLY_ALLOWED, DENIED }

    public Connection {
        allowedPorts = List.copyOf(allowedPorts);
        deniedPorts = List.copyOf(deniedPorts);
        Objects.requireNonNull(decidingTier);
    }

    /** An arrow no ClusterNetworkPolicy decided. */
    public Connection(String fromId, String toId, List<Port> allowedPorts, List<Port> deniedPorts) {
        this(fromId, toId, allowedPorts, deniedPorts, Optional.empty());
    }

    public State state() {
        if (deniedPorts.isEmpty()) {
            return State.ALLOWED;
        }
        return allowedPorts.isEmpty() ? State.DENIED : State.PARTLY_ALLOWED;
    }

    public String key() {
        return key(fromId, toId);
    }

    /** The key of the arrow from one endpoint to another. */
    public static String key(String fromId, String toId) {
        return fromId + "->" + toId;
    }
}
