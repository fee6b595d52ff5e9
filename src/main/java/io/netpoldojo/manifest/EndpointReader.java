package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Protocol;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a Pod, or a workload's pod template, as one endpoint: the template's labels, its
 * containers' ports and images, and an IP. Only the fields read here are checked (the Pod
 * schema is far larger than what NetPol Dojo models).
 */
final class EndpointReader {
    private EndpointReader() {}

    /** The annotation that gives a hand-written pod its IP. */
    static final String IP_ANNOTATION = "netpoldojo.io/ip";

    enum IpSource { ANNOTATION, STATUS, NONE }

    /** An endpoint before IP assignment; {@code ipSource} says where its IP, if any, came from. */
    record Draft(String kind, Metadata metadata, Map<String, String> labels, List<ContainerPort> ports,
                 List<String> images, Optional<IpAddress> ip, IpSource ipSource) {

        String id() {
            return metadata.namespace() + "/" + metadata.name();
        }
    }

    static Optional<Draft> read(ObjectReader r, Fields root, KindCatalog.Kind kind) {
        Optional<Metadata> meta = Metadata.read(r, root, Metadata.NameRule.SUBDOMAIN, true, false);
        Fields template = root;
        String templatePath = "";
        Map<String, String> labels;
        Map<String, String> templateAnnotations = Map.of();
        Map<String, Node> templateAnnotationNodes = new LinkedHashMap<>();
        if (kind.role() == KindCatalog.Role.POD) {
            labels = meta.map(Metadata::labels).orElse(Map.of());
        } else {
            Optional<Fields> found = descend(r, root, kind.templatePath());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            template = found.get();
            templatePath = kind.templatePathText();
            Optional<Fields> templateMeta = r.mapping(template.get("metadata"), template.pathOf("metadata"));
            Fields tm = templateMeta.orElseGet(() -> Fields.empty(r, found.get().node(), found.get().pathOf("metadata")));
            labels = Metadata.labels(r, tm.get("labels"), ObjectReader.child(templatePath, "metadata.labels"));
            templateAnnotations = Metadata.annotations(r, tm.get("annotations"),
                    ObjectReader.child(templatePath, "metadata.annotations"), templateAnnotationNodes);
            if (kind.selectorRequired()) {
                checkSelector(r, root, labels, templateMeta.isPresent() ? tm : template, templatePath);
            }
        }
        List<String> images = new ArrayList<>();
        List<ContainerPort> ports = containers(r, template, ObjectReader.child(templatePath, "spec"), images);

        Optional<IpAddress> ip = Optional.empty();
        IpSource source = IpSource.NONE;
        if (meta.isPresent()) {
            Metadata m = meta.get();
            if (m.annotations().containsKey(IP_ANNOTATION)) {
                ip = ipAnnotation(r, m.annotations().get(IP_ANNOTATION), m.annotationNodes().get(IP_ANNOTATION),
                        ObjectReader.key("metadata.annotations", IP_ANNOTATION));
                source = IpSource.ANNOTATION;
            } else if (templateAnnotations.containsKey(IP_ANNOTATION)) {
                ip = ipAnnotation(r, templateAnnotations.get(IP_ANNOTATION), templateAnnotationNodes.get(IP_ANNOTATION),
                        ObjectReader.key(ObjectReader.child(templatePath, "metadata.annotations"), IP_ANNOTATION));
                source = IpSource.ANNOTATION;
            } else if (kind.role() == KindCatalog.Role.POD) {
                ip = podIp(r, root);
                source = ip.isPresent() ? IpSource.STATUS : IpSource.NONE;
            }
        }
        if (!r.clean() || meta.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Draft(kind.name(), meta.get(), labels, ports, images, ip, source));
    }

    /** Walks to the pod template; a missing step is "Required value" at the mapping above it. */
    private static Optional<Fields> descend(ObjectReader r, Fields root, List<String> steps) {
        Fields at = root;
        for (String step : steps) {
            String path = at.pathOf(step);
            if (!at.has(step)) {
                r.error(at.node(), path, "Required value");
                return Optional.empty();
            }
            Optional<Fields> next = r.mapping(at.get(step), path);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            at = next.get();
        }
        return Optional.of(at);
    }

    /** apps/v1: "spec.selector: Required value"; the selector must select the template's labels. */
    private static void checkSelector(ObjectReader r, Fields root, Map<String, String> labels, Fields labelsAt,
                                      String templatePath) {
        Fields spec = r.mapping(root.get("spec"), "spec").orElseGet(() -> Fields.empty(r, root.node(), "spec"));
        if (!spec.has("selector")) {
            r.error(spec.node(), "spec.selector", "Required value");
            return;
        }
        Optional<LabelSelector> selector = SelectorReader.read(r, spec.get("selector"), "spec.selector", false);
        if (selector.isPresent() && !selector.get().matches(Labels.of(labels))) {
            Node at = labelsAt.has("labels") ? labelsAt.get("labels") : labelsAt.node();
            r.error(at, ObjectReader.child(templatePath, "metadata.labels"), "Invalid value: "
                    + Metadata.quote(Labels.of(labels).toString()) + ": selector does not match template labels");
        }
    }

    /** Ports and images of {@code spec.containers}; port names must be unique in the pod. */
    private static List<ContainerPort> containers(ObjectReader r, Fields template, String specPath, List<String> images) {
        List<ContainerPort> ports = new ArrayList<>();
        Optional<Fields> spec = r.mapping(template.get("spec"), specPath);
        if (spec.isEmpty()) {
            return ports;
        }
        String containersPath = spec.get().pathOf("containers");
        List<Node> containers = r.sequence(spec.get().get("containers"), containersPath).orElse(List.of());
        Set<String> names = new HashSet<>();
        for (int c = 0; c < containers.size(); c++) {
            Optional<Fields> container = r.entry(containers.get(c), ObjectReader.index(containersPath, c));
            if (container.isEmpty()) {
                continue;
            }
            Fields f = container.get();
            r.string(f.get("image"), f.pathOf("image")).ifPresent(images::add);
            String portsPath = f.pathOf("ports");
            List<Node> portNodes = r.sequence(f.get("ports"), portsPath).orElse(List.of());
            for (int p = 0; p < portNodes.size(); p++) {
                containerPort(r, portNodes.get(p), ObjectReader.index(portsPath, p), names).ifPresent(ports::add);
            }
        }
        return ports;
    }

    /** ValidateContainerPorts: containerPort required and 1-65535, an IANA_SVC_NAME, a protocol. */
    private static Optional<ContainerPort> containerPort(ObjectReader r, Node node, String path, Set<String> names) {
        Optional<Fields> fields = r.entry(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        int before = r.errorCount();
        Node nameNode = f.get("name");
        String name = r.string(nameNode, f.pathOf("name")).orElse("");
        if (!name.isEmpty()) {
            if (!ApiValidation.isValidPortName(name)) {
                invalidPortName(r, f, nameNode, name);
            }
            if (!names.add(name)) {
                duplicatePortName(r, f, nameNode, name);
            }
        }
        Node numberNode = f.get("containerPort");
        Optional<BigInteger> number = r.integer(numberNode, f.pathOf("containerPort"));
        if (ObjectReader.isNull(numberNode) || (number.isPresent() && number.get().signum() == 0)) {
            r.error(ObjectReader.isNull(numberNode) ? f.node() : numberNode, f.pathOf("containerPort"), "Required value");
        } else if (number.isPresent() && !ApiValidation.isPortNumber(number.get())) {
            invalidPortNumber(r, f, numberNode, number.get());
        }
        Protocol protocol = PolicyReader.protocol(r, f.get("protocol"), f.pathOf("protocol")).orElse(Protocol.TCP);
        if (r.errorCount() > before || number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContainerPort(name, number.get().intValue(), protocol));
    }

    // The messages of containerPort, out of line: the quick JIT compiles a hot method whole, and
    // these nearly never run (see ObjectReader#wrongType).

    private static void invalidPortName(ObjectReader r, Fields f, Node nameNode, String name) {
        for (String msg : ApiValidation.portName(name)) {
            r.error(nameNode, f.pathOf("name"), "Invalid value: " + Metadata.quote(name) + ": " + msg);
        }
    }

    private static void duplicatePortName(ObjectReader r, Fields f, Node nameNode, String name) {
        r.error(nameNode, f.pathOf("name"), "Duplicate value: " + Metadata.quote(name));
    }

    private static void invalidPortNumber(ObjectReader r, Fields f, Node numberNode, BigInteger number) {
        for (String msg : ApiValidation.portNumber(number)) {
            r.error(numberNode, f.pathOf("containerPort"), "Invalid value: " + ObjectReader.shown(numberNode, number)
                    + ": " + msg);
        }
    }

    private static Optional<IpAddress> ipAnnotation(ObjectReader r, String text, Node node, String path) {
        Optional<IpAddress> ip = IpAddress.parse(text);
        if (ip.isEmpty()) {
            r.error(node, path, "invalid IP address " + Metadata.quote(text));
        }
        return ip;
    }

    /** {@code status.podIP} of {@code kubectl get -o yaml} output; a bad one is only a warning. */
    private static Optional<IpAddress> podIp(ObjectReader r, Fields root) {
        if (!root.has("status") || !(root.get("status") instanceof MappingNode)) {
            return Optional.empty();
        }
        Optional<Fields> status = r.mapping(root.get("status"), "status");
        if (status.isEmpty()) {
            return Optional.empty(); // a tagged mapping (status: !x {...}), already reported
        }
        Node node = status.get().get("podIP");
        if (!ObjectReader.isString(node)) {
            return Optional.empty();
        }
        String text = r.string(node, "status.podIP").orElse("");
        Optional<IpAddress> ip = IpAddress.parse(text);
        if (ip.isEmpty() && !text.isEmpty()) {
            r.warning(node, "status.podIP", "not an IP address " + Metadata.quote(text) + "; one will be assigned");
        }
        return ip;
    }
}
