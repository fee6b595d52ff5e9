package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import java.util.List;
import java.util.Optional;

/**
 * Which port(s) the canvas asks about: one port for every arrow, or each destination's own
 * declared ports. An outside destination declares none, so it is asked about HTTPS (443/TCP),
 * the port pods most often call outside the cluster on.
 */
public record PortFilter(Optional<Port> single) {
    public static final Port OUTSIDE_DEFAULT = Port.tcp(443);
    public static final PortFilter OWN_PORTS = new PortFilter(Optional.empty());

    public static PortFilter of(Port port) {
        return new PortFilter(Optional.of(port));
    }

    public boolean isOwnPorts() {
        return single.isEmpty();
    }

    /** The ports an arrow to {@code destination} is about; empty when there is nothing to ask. */
    public List<Port> portsFor(Endpoint destination) {
        if (single.isPresent()) {
            return List.of(single.get());
        }
        if (destination instanceof External) {
            return List.of(OUTSIDE_DEFAULT);
        }
        return ((Pod) destination).ports().stream().map(cp -> cp.asPort()).distinct().sorted().toList();
    }

    @Override
    public String toString() {
        return single.map(Port::toString).orElse("each destination's own ports");
    }
}
