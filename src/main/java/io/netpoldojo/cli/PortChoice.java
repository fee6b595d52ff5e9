package io.netpoldojo.cli;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.PortRef;
import io.netpoldojo.engine.model.Protocol;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ports {@code evaluate} asks about and how the output names them. Without {@code --port}
 * they are the ports the input mentions; when it mentions none, every port has the same answer
 * (no rule can tell two ports apart), so one stand-in port is asked and named "any". A rule that
 * names only a protocol ({@code ports: [{protocol: UDP}]}) tells protocols apart: then there is one
 * stand-in per protocol, "any/TCP", "any/UDP" and "any/SCTP".
 */
record PortChoice(List<Port> ports, Map<Port, String> names) {
    static final String ANY_NOTE = "no pod declares a container port and no policy names one,"
            + " so every port has this answer";
    private static final int STAND_IN = 1;

    static PortChoice of(Engine engine, List<Port> requested) {
        List<Port> ports = requested.isEmpty() ? engine.relevantPorts() : requested;
        Map<Port, String> names = new LinkedHashMap<>();
        if (!ports.isEmpty()) {
            ports.forEach(p -> names.put(p, p.toString()));
            return new PortChoice(List.copyOf(ports), names);
        }
        Set<Protocol> told = protocolsNamedAlone(engine);
        if (told.isEmpty()) {
            names.put(new Port(STAND_IN, Protocol.TCP), "any");
        } else {
            for (Protocol protocol : Protocol.values()) {
                names.put(new Port(STAND_IN, protocol), "any/" + protocol);
            }
        }
        return new PortChoice(List.copyOf(names.keySet()), names);
    }

    private static Set<Protocol> protocolsNamedAlone(Engine engine) {
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        for (NetworkPolicy p : engine.cluster().policies()) {
            for (List<PolicyRule> rules : List.of(p.ingress(), p.egress())) {
                for (PolicyRule rule : rules) {
                    for (PolicyPort port : rule.ports()) {
                        if (port.port() instanceof PortRef.AnyPort) {
                            protocols.add(port.protocol());
                        }
                    }
                }
            }
        }
        return protocols;
    }

    /** True when the ports are stand-ins for "any port". */
    boolean anyPort() {
        return names.values().stream().anyMatch(n -> n.startsWith("any"));
    }

    /** How JSON and the summary name the port: "80/TCP", "any", "any/UDP". */
    String name(Port port) {
        return names.get(port);
    }

    /** How a sentence names it: "80/TCP", "any port", "any UDP port". */
    String spoken(Port port) {
        String name = name(port);
        return name.equals("any") ? "any port" : name.startsWith("any/") ? "any " + port.protocol() + " port" : name;
    }

    /** The engine's sentence with the stand-in port replaced by what it stands for. */
    String sentence(String text, Port port) {
        return anyPort() ? text.replace(" on " + port + ".", " on " + spoken(port) + ".") : text;
    }
}
