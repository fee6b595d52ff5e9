package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.Port;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What should be allowed: a set of connections on ports; every other connection between the
 * canvas's endpoints is meant to be denied. A pod always reaches itself, so flows from an endpoint
 * to itself say nothing.
 */
public record Intent(Set<Flow> allowed) {
    public Intent {
        allowed = Set.copyOf(new TreeSet<>(allowed));
    }

    public static Intent of(Flow... flows) {
        return new Intent(Set.of(flows));
    }

    public boolean allows(String fromId, String toId, Port port) {
        return allowed.contains(new Flow(fromId, toId, port));
    }

    /** The ports the intent names, sorted. */
    public List<Port> ports() {
        Set<Port> ports = new TreeSet<>();
        allowed.forEach(f -> ports.add(f.port()));
        return List.copyOf(ports);
    }

    /** The flows in a stable order. */
    public List<Flow> sorted() {
        return List.copyOf(new TreeSet<>(allowed));
    }

    /** The intent as an intent file: one {@code from to port} line per flow, sorted. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Flow f : sorted()) {
            sb.append(f).append('\n');
        }
        return sb.toString();
    }
}
