package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.PortRef;
import io.netpoldojo.engine.model.Protocol;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a networking.k8s.io/v1 NetworkPolicy with strict field validation and the checks of the
 * apiserver's ValidateNetworkPolicy (pkg/apis/networking/validation), in the apiserver's words.
 */
final class PolicyReader {
    private PolicyReader() {}

    static final Set<String> TOP_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec", "status");
    static final Set<String> SPEC_FIELDS = Set.of("podSelector", "policyTypes", "ingress", "egress");
    static final Set<String> INGRESS_RULE_FIELDS = Set.of("from", "ports");
    static final Set<String> EGRESS_RULE_FIELDS = Set.of("to", "ports");
    static final Set<String> PEER_FIELDS = Set.of("podSelector", "namespaceSelector", "ipBlock");
    static final Set<String> IP_BLOCK_FIELDS = Set.of("cidr", "except");
    static final Set<String> PORT_FIELDS = Set.of("protocol", "port", "endPort");
    static final String SUPPORTED_PROTOCOLS = "\"SCTP\", \"TCP\", \"UDP\"";

    /** A policy that read cleanly, with the metadata it was read from. */
    record Result(NetworkPolicy policy, Metadata metadata) {}

    /** The policy, or empty when it has any error (all of them reported). */
    static Optional<Result> read(ObjectReader r, Fields root) {
        root.allowOnly(TOP_FIELDS);
        Optional<Metadata> meta = Metadata.read(r, root, Metadata.NameRule.SUBDOMAIN, true, true);
        Optional<Fields> specFields = r.mapping(root.get("spec"), "spec");
        Fields spec = specFields.orElseGet(() -> Fields.empty(r, root.node(), "spec"));
        spec.allowOnly(SPEC_FIELDS);

        // spec.podSelector is required: "An empty podSelector matches all pods in this namespace."
        Optional<LabelSelector> podSelector = Optional.empty();
        if (spec.has("podSelector")) {
            podSelector = SelectorReader.read(r, spec.get("podSelector"), "spec.podSelector", true);
        } else if (specFields.isPresent() || !root.has("spec")) {
            r.error(spec.node(), "spec.podSelector", "Required value");
        }
        List<Direction> policyTypes = policyTypes(r, spec);
        List<PolicyRule> ingress = rules(r, spec, Direction.INGRESS);
        List<PolicyRule> egress = rules(r, spec, Direction.EGRESS);
        if (!r.clean() || meta.isEmpty() || podSelector.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Result(new NetworkPolicy(meta.get().namespace(), meta.get().name(), podSelector.get(),
                policyTypes, ingress, egress), meta.get()));
    }

    /** Each entry "Ingress" or "Egress", at most two; an empty list means unset. */
    private static List<Direction> policyTypes(ObjectReader r, Fields spec) {
        String path = spec.pathOf("policyTypes");
        Node node = spec.get("policyTypes");
        List<Node> items = r.sequence(node, path).orElse(List.of());
        if (items.size() > 2) {
            tooManyPolicyTypes(r, node, path, items);
            return List.of();
        }
        List<Direction> types = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = ObjectReader.index(path, i);
            Optional<String> text = ObjectReader.isNull(item) ? Optional.of("") : r.string(item, itemPath);
            if (text.isEmpty()) {
                continue;
            }
            Optional<Direction> direction = Direction.fromPolicyType(text.get());
            if (direction.isPresent()) {
                types.add(direction.get());
            } else {
                unsupportedPolicyType(r, item, itemPath, text.get());
            }
        }
        return types;
    }

    // The messages of this reader, out of line: the quick JIT compiles a hot method whole, and
    // these nearly never run (see ObjectReader#wrongType).

    private static void tooManyPolicyTypes(ObjectReader r, Node node, String path, List<Node> items) {
        String written = items.stream().map(n -> n instanceof ScalarNode s ? Metadata.quote(s.getValue()) : "?")
                .collect(Collectors.joining(", ", "[", "]"));
        r.error(node, path, "Invalid value: " + written + ": may not specify more than two policyTypes");
    }

    private static void unsupportedPolicyType(ObjectReader r, Node item, String path, String text) {
        r.error(item, path, "Unsupported value: " + Metadata.quote(text) + ": supported values: \"Ingress\", \"Egress\"");
    }

    private static void wrongPeerCount(ObjectReader r, Fields f, String path, int kinds) {
        r.error(f.node(), path, kinds == 0 ? "Required value: must specify a peer"
                : "Forbidden: may not specify both ipBlock and another peer");
    }

    private static void notStrictSubset(ObjectReader r, Node e, String path, String cidr) {
        r.error(e, path, "must be a strict subset of cidr " + cidr);
    }

    private static void invalidCidr(ObjectReader r, Node node, String path, String text) {
        r.error(node, path, "invalid CIDR " + Metadata.quote(text));
    }

    private static void leadingZeros(ObjectReader r, Node node, String path, Cidr cidr) {
        r.warning(node, path, "IPv4 address with leading zeros is ambiguous (some tools read them as octal); write "
                + cidr);
    }

    private static void notCanonical(ObjectReader r, Node node, String path, Cidr cidr) {
        r.warning(node, path, "not in canonical form; did you mean " + cidr.canonical() + "?");
    }

    /** "Invalid value: 70000: must be between 1 and 65535, inclusive", and the like. */
    private static void invalidNumber(ObjectReader r, Node node, String path, BigInteger value, String message) {
        r.error(node, path, "Invalid value: " + ObjectReader.shown(node, value) + ": " + message);
    }

    /** A port out of range, an endPort below it or out of range: each message, port first. */
    private static void invalidRange(ObjectReader r, Node portNode, String portPath, BigInteger number, Node endNode,
                                     String endPath, BigInteger end) {
        ApiValidation.portNumber(number).forEach(msg -> invalidNumber(r, portNode, portPath, number, msg));
        if (end != null) {
            if (end.compareTo(number) < 0) {
                invalidNumber(r, endNode, endPath, end, "must be greater than or equal to port");
            }
            ApiValidation.portNumber(end).forEach(msg -> invalidNumber(r, endNode, endPath, end, msg));
        }
    }

    private static void invalidPortName(ObjectReader r, Node node, String path, String name) {
        for (String msg : ApiValidation.portName(name)) {
            r.error(node, path, "Invalid value: " + Metadata.quote(name) + ": " + msg);
        }
    }

    private static void notAPort(ObjectReader r, Node node, String path) {
        r.record(path, node);
        r.error(node, path, "expected an integer or a string, got " + ObjectReader.describe(node));
    }

    private static void unsupportedProtocol(ObjectReader r, Node node, String path, String text) {
        r.error(node, path, "Unsupported value: " + Metadata.quote(text) + ": supported values: " + SUPPORTED_PROTOCOLS);
    }

    /**
     * {@code ingress: []} and a missing {@code ingress} both give no rules; {@code ingress: [{}]}
     * gives one rule with no peers and no ports, which allows everything in that direction.
     */
    private static List<PolicyRule> rules(ObjectReader r, Fields spec, Direction direction) {
        String path = spec.pathOf(direction.fieldName());
        String peersField = direction == Direction.INGRESS ? "from" : "to";
        Set<String> declared = direction == Direction.INGRESS ? INGRESS_RULE_FIELDS : EGRESS_RULE_FIELDS;
        List<Node> items = r.sequence(spec.get(direction.fieldName()), path).orElse(List.of());
        List<PolicyRule> rules = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<Fields> rule = r.entry(items.get(i), ObjectReader.index(path, i));
            if (rule.isEmpty()) {
                continue;
            }
            Fields f = rule.get();
            f.allowOnly(declared);
            List<PolicyPort> ports = new ArrayList<>();
            String portsPath = f.pathOf("ports");
            List<Node> portNodes = r.sequence(f.get("ports"), portsPath).orElse(List.of());
            for (int p = 0; p < portNodes.size(); p++) {
                port(r, portNodes.get(p), ObjectReader.index(portsPath, p)).ifPresent(ports::add);
            }
            List<PolicyPeer> peers = new ArrayList<>();
            String peersPath = f.pathOf(peersField);
            List<Node> peerNodes = r.sequence(f.get(peersField), peersPath).orElse(List.of());
            for (int p = 0; p < peerNodes.size(); p++) {
                peer(r, peerNodes.get(p), ObjectReader.index(peersPath, p)).ifPresent(peers::add);
            }
            rules.add(new PolicyRule(peers, ports));
        }
        return rules;
    }

    /** ValidateNetworkPolicyPeer: exactly one kind of peer, where ipBlock may not be combined. */
    private static Optional<PolicyPeer> peer(ObjectReader r, Node node, String path) {
        Optional<Fields> fields = r.entry(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        f.allowOnly(PEER_FIELDS);
        Optional<LabelSelector> pods = Optional.empty();
        Optional<LabelSelector> namespaces = Optional.empty();
        Optional<PolicyPeer.IpBlock> ipBlock = Optional.empty();
        int kinds = 0;
        if (f.has("podSelector")) {
            kinds++;
            pods = SelectorReader.read(r, f.get("podSelector"), f.pathOf("podSelector"), true);
        }
        if (f.has("namespaceSelector")) {
            kinds++;
            namespaces = SelectorReader.read(r, f.get("namespaceSelector"), f.pathOf("namespaceSelector"), true);
        }
        boolean hasIpBlock = f.has("ipBlock");
        if (hasIpBlock) {
            kinds++;
            ipBlock = ipBlock(r, f.get("ipBlock"), f.pathOf("ipBlock"));
        }
        if (kinds == 0 || (kinds > 1 && hasIpBlock)) {
            wrongPeerCount(r, f, path, kinds);
            return Optional.empty();
        }
        if (ipBlock.isPresent()) {
            return Optional.of(ipBlock.get());
        }
        if (pods.isEmpty() && namespaces.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PolicyPeer.Selector(pods, namespaces));
    }

    /** ValidateIPBlock: a required, valid CIDR; each except a valid CIDR strictly inside it. */
    private static Optional<PolicyPeer.IpBlock> ipBlock(ObjectReader r, Node node, String path) {
        Optional<Fields> fields = r.mapping(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        f.allowOnly(IP_BLOCK_FIELDS);
        int before = r.errorCount();
        Node cidrNode = f.get("cidr");
        Optional<String> cidrText = r.string(cidrNode, f.pathOf("cidr"));
        Optional<Cidr> cidr = Optional.empty();
        if (cidrText.isEmpty() || cidrText.get().isEmpty()) {
            f.requiredIfBlank(cidrNode, cidrText, "cidr");
        } else {
            cidr = cidr(r, cidrNode, f.pathOf("cidr"), cidrText.get());
        }
        List<Cidr> except = new ArrayList<>();
        String exceptPath = f.pathOf("except");
        List<Node> exceptNodes = r.sequence(f.get("except"), exceptPath).orElse(List.of());
        for (int i = 0; i < exceptNodes.size(); i++) {
            Node e = exceptNodes.get(i);
            String ePath = ObjectReader.index(exceptPath, i);
            Optional<String> text = r.string(e, ePath);
            if (ObjectReader.isNull(e)) {
                text = Optional.of("");
            }
            Optional<Cidr> inner = text.isPresent() ? cidr(r, e, ePath, text.get()) : Optional.empty();
            if (inner.isPresent() && cidr.isPresent() && !cidr.get().hasStrictSubset(inner.get())) {
                notStrictSubset(r, e, ePath, cidrText.get());
            }
            inner.ifPresent(except::add);
        }
        if (r.errorCount() > before || cidr.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PolicyPeer.IpBlock(cidr.get(), except));
    }

    /** A CIDR as the apiserver reads it, with warnings for forms it accepts but that mislead. */
    private static Optional<Cidr> cidr(ObjectReader r, Node node, String path, String text) {
        Optional<Cidr> cidr = Cidr.parse(text);
        if (cidr.isEmpty()) {
            invalidCidr(r, node, path, text);
            return cidr;
        }
        String address = text.substring(0, text.indexOf('/'));
        if (IpAddress.hasLeadingZeroOctet(address)) {
            leadingZeros(r, node, path, cidr.get());
        }
        if (!cidr.get().isCanonical()) {
            notCanonical(r, node, path, cidr.get());
        }
        return cidr;
    }

    /**
     * ValidateNetworkPolicyPort: protocol TCP, UDP or SCTP (default TCP); port a number 1-65535
     * or an IANA_SVC_NAME; endPort only with a numeric port, and not below it.
     */
    private static Optional<PolicyPort> port(ObjectReader r, Node node, String path) {
        Optional<Fields> fields = r.entry(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        f.allowOnly(PORT_FIELDS);
        int before = r.errorCount();
        Protocol protocol = protocol(r, f.get("protocol"), f.pathOf("protocol")).orElse(Protocol.TCP);
        Node portNode = f.get("port");
        Node endNode = f.get("endPort");
        String portPath = f.pathOf("port");
        String endPath = f.pathOf("endPort");
        BigInteger end = r.integer(endNode, endPath).orElse(null);
        PortRef ref = new PortRef.AnyPort();
        if (ObjectReader.isNull(portNode)) {
            if (end != null) {
                invalidNumber(r, endNode, endPath, end, "may not be specified when port is not specified");
            }
        } else if (ObjectReader.isInteger(portNode)) {
            BigInteger number = r.integer(portNode, portPath).orElse(null);
            if (number != null) {
                boolean valid = ApiValidation.isPortNumber(number);
                boolean endValid = end != null && ApiValidation.isPortNumber(end);
                if (!valid || (end != null && (!endValid || end.compareTo(number) < 0))) {
                    invalidRange(r, portNode, portPath, number, endNode, endPath, end);
                }
                if (valid) {
                    int from = number.intValue();
                    int to = endValid ? end.intValue() : from;
                    ref = new PortRef.Numbered(from, Math.max(from, to));
                }
            }
        } else if (ObjectReader.isString(portNode)) {
            String name = r.string(portNode, portPath).orElse("");
            if (end != null) {
                invalidNumber(r, endNode, endPath, end, "may not be specified when port is non-numeric");
            }
            if (!ApiValidation.isValidPortName(name)) {
                invalidPortName(r, portNode, portPath, name);
            }
            ref = new PortRef.Named(name);
        } else if (!ObjectReader.isForeign(portNode)) {
            notAPort(r, portNode, portPath);
        }
        return r.errorCount() > before ? Optional.empty() : Optional.of(new PolicyPort(protocol, ref));
    }

    /** TCP, UDP or SCTP, spelled exactly; empty when absent (the caller defaults to TCP). */
    static Optional<Protocol> protocol(ObjectReader r, Node node, String path) {
        Optional<String> text = r.string(node, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Protocol> protocol = Protocol.parse(text.get());
        if (protocol.isEmpty()) {
            unsupportedProtocol(r, node, path, text.get());
        }
        return protocol;
    }
}
