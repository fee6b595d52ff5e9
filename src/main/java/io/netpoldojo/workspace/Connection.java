package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.Port;
import java.util.List;

/** One arrow on the canvas: an ordered pair and how its ports fared. */
public record Connection(String fromId, String toId, List<Port> allowedPorts, List<Port> deniedPorts) {
    public enum State { ALLOWED, PARTLY_ALLOWED, DENIED }

    public Connection {
        allowedPorts = List.copyOf(allowedPorts);
        deniedPorts = List.copyOf(deniedPorts);
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
