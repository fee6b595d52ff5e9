package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.Protocol;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one entry of a ClusterNetworkPolicy rule's {@code protocols} (v1alpha2), or of an
 * AdminNetworkPolicy rule's {@code ports} (v1alpha1), into the same model. Each shape's CRD rules
 * are checked, with the CEL rule {@code self.start < self.end} of a range.
 */
final class ClusterPortReader {
    private ClusterPortReader() {}

    static final List<String> PROTOCOL_FIELDS = List.of("tcp", "udp", "sctp", "destinationNamedPort");
    static final List<String> DESTINATION_PORT_FIELDS = List.of("number", "range");
    static final List<String> LEGACY_PORT_FIELDS = List.of("portNumber", "namedPort", "portRange");

    /**
     * v1alpha2: "Exactly one field must be set" of tcp, udp, sctp and destinationNamedPort; tcp,
     * udp and sctp each need their destinationPort (minProperties: 1), a number or a range.
     */
    static Optional<ClusterPort> protocol(ObjectReader r, Node node, String path) {
        Optional<Fields> fields = r.entry(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        f.allowOnly(Set.copyOf(PROTOCOL_FIELDS));
        Optional<String> which = CrdRules.exactlyOne(r, f, PROTOCOL_FIELDS);
        if (which.isEmpty()) {
            return Optional.empty();
        }
        if (which.get().equals("destinationNamedPort")) {
            return namedPort(r, f.get("destinationNamedPort"), f.pathOf("destinationNamedPort"));
        }
        Protocol protocol = Protocol.valueOf(which.get().toUpperCase(Locale.ROOT));
        Optional<Fields> protoFields = r.mapping(f.get(which.get()), f.pathOf(which.get()));
        if (protoFields.isEmpty()) {
            return Optional.empty();
        }
        Fields p = protoFields.get();
        p.allowOnly(Set.of("destinationPort"));
        if (!p.has("destinationPort")) {
            if (ObjectReader.isNull(p.get("destinationPort"))) {
                r.error(p.node(), p.pathOf("destinationPort"), "Required value: " + which.get() + " needs a"
                        + " destinationPort (a number or a range)");
            }
            return Optional.empty();
        }
        Optional<Fields> destination = r.mapping(p.get("destinationPort"), p.pathOf("destinationPort"));
        if (destination.isEmpty()) {
            return Optional.empty();
        }
        Fields dp = destination.get();
        dp.allowOnly(Set.copyOf(DESTINATION_PORT_FIELDS));
        Optional<String> kind = CrdRules.exactlyOne(r, dp, DESTINATION_PORT_FIELDS);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get().equals("number")) {
            return CrdRules.intIn(r, dp.get("number"), dp.pathOf("number"), 1, 65535)
                    .map(n -> ClusterPort.Numbered.single(protocol, n));
        }
        return range(r, dp.get("range"), dp.pathOf("range"), protocol, "start", "end");
    }

    /**
     * v1alpha1: exactly one of portNumber {protocol, port}, namedPort, portRange {protocol, start,
     * end}; the protocol defaults to TCP.
     */
    static Optional<ClusterPort> legacyPort(ObjectReader r, Node node, String path) {
        Optional<Fields> fields = r.entry(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        f.allowOnly(Set.copyOf(LEGACY_PORT_FIELDS));
        Optional<String> which = CrdRules.exactlyOne(r, f, LEGACY_PORT_FIELDS);
        if (which.isEmpty()) {
            return Optional.empty();
        }
        if (which.get().equals("namedPort")) {
            return namedPort(r, f.get("namedPort"), f.pathOf("namedPort"));
        }
        Optional<Fields> inner = r.mapping(f.get(which.get()), f.pathOf(which.get()));
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        Fields p = inner.get();
        boolean number = which.get().equals("portNumber");
        p.allowOnly(number ? Set.of("protocol", "port") : Set.of("protocol", "start", "end"));
        int before = r.errorCount();
        Protocol protocol = PolicyReader.protocol(r, p.get("protocol"), p.pathOf("protocol")).orElse(Protocol.TCP);
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        if (number) {
            return CrdRules.requiredInt(r, p, "port", 1, 65535).map(n -> ClusterPort.Numbered.single(protocol, n));
        }
        return range(r, f.get("portRange"), f.pathOf("portRange"), protocol, "start", "end");
    }

    /** A range: start and end required, 1-65535, and (CEL) "Start port must be less than End port". */
    private static Optional<ClusterPort> range(ObjectReader r, Node node, String path, Protocol protocol,
                                               String startField, String endField) {
        Optional<Fields> fields = r.mapping(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        if (!path.endsWith("portRange")) {
            f.allowOnly(Set.of(startField, endField));
        }
        Optional<Integer> start = CrdRules.requiredInt(r, f, startField, 1, 65535);
        Optional<Integer> end = CrdRules.requiredInt(r, f, endField, 1, 65535);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (start.get() >= end.get()) {
            r.error(f.node(), path, "Invalid value: {start: " + start.get() + ", end: " + end.get() + "}: Start port"
                    + " must be less than End port" + (start.get().equals(end.get()) ? " (for one port, write"
                    + " number: " + start.get() + ")" : ""));
            return Optional.empty();
        }
        return Optional.of(new ClusterPort.Numbered(protocol, start.get(), end.get()));
    }

    /**
     * destinationNamedPort: "selects a destination port on a pod based on the ContainerPort name".
     * The CRD takes any string; one no container port could carry matches nothing, so say so.
     */
    private static Optional<ClusterPort> namedPort(ObjectReader r, Node node, String path) {
        Optional<String> name = r.string(node, path);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> problems = ApiValidation.portName(name.get());
        if (!problems.isEmpty()) {
            r.warning(node, path, Metadata.quote(name.get()) + " cannot be a container port's name ("
                    + problems.get(0) + "), so this entry matches nothing");
        }
        return Optional.of(new ClusterPort.Named(name.get()));
    }
}
