package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.PortRef;
import io.netpoldojo.engine.model.SelectorRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the model back as YAML that {@code kubectl apply -f} accepts and that {@link
 * ManifestLoader} loads into an equal model: policies exactly as the model says (protocol always
 * explicit, {@code podSelector: {}} for an empty selector), and each endpoint as a minimal valid
 * object of its kind.
 */
public final class ManifestWriter {
    /** The image of a container whose image the caller does not know. */
    static final String DEFAULT_IMAGE = "registry.k8s.io/pause:3.9";
    /** Stale once written back; kubectl apply records a fresh one. */
    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    static final String OWN_PREFIX = "netpoldojo.io/";

    /** One NetworkPolicy document, apiVersion networking.k8s.io/v1. */
    public String writePolicy(NetworkPolicy policy) {
        StringBuilder out = new StringBuilder();
        YamlText.mapping(out, policyDocument(policy, Map.of()), 0);
        return out.toString();
    }

    /** One ClusterNetworkPolicy document, apiVersion policy.networking.k8s.io/v1alpha2. */
    public String writeClusterPolicy(ClusterNetworkPolicy policy) {
        StringBuilder out = new StringBuilder();
        YamlText.mapping(out, ClusterPolicyWriter.document(policy, Map.of()), 0);
        return out.toString();
    }

    /**
     * The whole scenario as one YAML stream: Namespaces, endpoints (as their kinds), policies,
     * ClusterNetworkPolicies, then, in SCENARIO mode, the outside endpoints as comment lines. In
     * CLUSTER mode every {@code netpoldojo.io/} annotation and the outside endpoints are left out.
     * IPs are written only as the caller's {@code netpoldojo.io/ip} annotations say.
     */
    public String writeScenario(Cluster cluster, Function<ObjectKey, Map<String, String>> annotations,
                                Function<ObjectKey, List<String>> images, ExportMode mode) {
        List<Map<String, Object>> documents = new ArrayList<>();
        Function<ObjectKey, Map<String, String>> kept = key -> keptAnnotations(annotations, key, mode);
        for (Namespace ns : cluster.namespaces()) {
            documents.add(namespaceDocument(ns, kept.apply(ObjectKey.namespace(ns.name()))));
        }
        List<External> externals = new ArrayList<>();
        for (Endpoint endpoint : cluster.endpoints()) {
            if (endpoint instanceof Pod pod) {
                ObjectKey key = new ObjectKey(EndpointKinds.kindOf(pod), pod.namespace(), pod.name());
                List<String> known = images == null ? null : images.apply(key);
                String image = known == null || known.isEmpty() ? DEFAULT_IMAGE : known.get(0);
                documents.add(EndpointKinds.document(pod, kept.apply(key), image));
            } else if (endpoint instanceof External external) {
                externals.add(external);
            }
        }
        for (NetworkPolicy policy : cluster.policies()) {
            documents.add(policyDocument(policy, kept.apply(ObjectKey.policy(policy.namespace(), policy.name()))));
        }
        for (ClusterNetworkPolicy policy : cluster.clusterPolicies()) {
            documents.add(ClusterPolicyWriter.document(policy, kept.apply(ObjectKey.clusterPolicy(policy.name()))));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                out.append("---\n");
            }
            YamlText.mapping(out, documents.get(i), 0);
        }
        if (mode == ExportMode.SCENARIO) {
            for (External external : externals) {
                out.append(externalComment(external, kept.apply(ObjectKey.external(external.name())))).append('\n');
            }
        }
        return out.toString();
    }

    private static Map<String, String> keptAnnotations(Function<ObjectKey, Map<String, String>> annotations,
                                                       ObjectKey key, ExportMode mode) {
        Map<String, String> all = annotations == null ? null : annotations.apply(key);
        Map<String, String> kept = new LinkedHashMap<>();
        if (all != null) {
            all.forEach((k, v) -> {
                boolean own = k.startsWith(OWN_PREFIX);
                if (!k.equals(LAST_APPLIED) && !(own && mode == ExportMode.CLUSTER) && v != null) {
                    kept.put(k, v);
                }
            });
        }
        return kept;
    }

    /** {@code # netpoldojo.io/external: {name: alb, ip: 203.0.113.10, x: 40, y: 300}} */
    static String externalComment(External external, Map<String, String> annotations) {
        StringBuilder sb = new StringBuilder("# ").append(ExternalComments.MARKER).append(": {name: ")
                .append(YamlText.flowScalar(external.name())).append(", ip: ")
                .append(YamlText.flowScalar(external.ip().toString()));
        annotations.forEach((k, v) -> {
            if (!k.equals("name") && !k.equals("ip")) {
                sb.append(", ").append(YamlText.flowScalar(k)).append(": ").append(YamlText.flowScalar(v));
            }
        });
        return sb.append('}').toString();
    }

    private static Map<String, Object> namespaceDocument(Namespace ns, Map<String, String> annotations) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", ns.name());
        Labels labels = ns.labels().without(Namespace.NAME_LABEL);
        if (!labels.isEmpty()) {
            metadata.put("labels", new LinkedHashMap<>(labels.asMap()));
        }
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        Map<String, Object> doc = header("v1", "Namespace");
        doc.put("metadata", metadata);
        return doc;
    }

    static Map<String, Object> header(String apiVersion, String kind) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", apiVersion);
        doc.put("kind", kind);
        return doc;
    }

    static Map<String, Object> metadata(String name, String namespace, Map<String, String> annotations) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("namespace", namespace);
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        return metadata;
    }

    private static Map<String, Object> policyDocument(NetworkPolicy policy, Map<String, String> annotations) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("podSelector", selector(policy.podSelector()));
        if (!policy.declaredPolicyTypes().isEmpty()) {
            spec.put("policyTypes", policy.declaredPolicyTypes().stream().map(Direction::policyType).toList());
        }
        for (Direction direction : Direction.values()) {
            List<PolicyRule> rules = policy.rules(direction);
            // A direction without rules is left out, as kubernetes.io's default-deny examples write
            // it: policyTypes alone isolates, and a missing list and "ingress: []" both mean no rules.
            if (!rules.isEmpty()) {
                spec.put(direction.fieldName(), rules.stream().map(r -> rule(r, direction)).toList());
            }
        }
        Map<String, Object> doc = header("networking.k8s.io/v1", "NetworkPolicy");
        doc.put("metadata", metadata(policy.name(), policy.namespace(), annotations));
        doc.put("spec", spec);
        return doc;
    }

    private static Map<String, Object> rule(PolicyRule rule, Direction direction) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!rule.peers().isEmpty()) {
            out.put(direction == Direction.INGRESS ? "from" : "to", rule.peers().stream().map(ManifestWriter::peer).toList());
        }
        if (!rule.ports().isEmpty()) {
            out.put("ports", rule.ports().stream().map(ManifestWriter::port).toList());
        }
        return out;
    }

    private static Map<String, Object> peer(PolicyPeer peer) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (peer instanceof PolicyPeer.Selector s) {
            s.podSelector().ifPresent(p -> out.put("podSelector", selector(p)));
            s.namespaceSelector().ifPresent(n -> out.put("namespaceSelector", selector(n)));
        } else if (peer instanceof PolicyPeer.IpBlock block) {
            Map<String, Object> ipBlock = new LinkedHashMap<>();
            ipBlock.put("cidr", block.cidr().toString());
            if (!block.except().isEmpty()) {
                ipBlock.put("except", block.except().stream().map(Object::toString).toList());
            }
            out.put("ipBlock", ipBlock);
        }
        return out;
    }

    private static Map<String, Object> port(PolicyPort port) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("protocol", port.protocol().name());
        PortRef ref = port.port();
        if (ref instanceof PortRef.Numbered n) {
            out.put("port", n.port());
            if (n.isRange()) {
                out.put("endPort", n.endPort());
            }
        } else if (ref instanceof PortRef.Named named) {
            out.put("port", named.name());
        }
        return out;
    }

    /** A label selector; {@code {}} when it selects everything. */
    static Map<String, Object> selector(LabelSelector selector) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!selector.matchLabels().isEmpty()) {
            out.put("matchLabels", new LinkedHashMap<>(selector.matchLabels().asMap()));
        }
        if (!selector.matchExpressions().isEmpty()) {
            List<Map<String, Object>> expressions = new ArrayList<>();
            for (SelectorRequirement r : selector.matchExpressions()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("key", r.key());
                e.put("operator", r.operator().apiName());
                if (!r.values().isEmpty()) {
                    e.put("values", r.values());
                }
                expressions.add(e);
            }
            out.put("matchExpressions", expressions);
        }
        return out;
    }

    static List<Map<String, Object>> containerPorts(List<ContainerPort> ports) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ContainerPort p : ports) {
            Map<String, Object> port = new LinkedHashMap<>();
            if (!p.name().isEmpty()) {
                port.put("name", p.name());
            }
            port.put("containerPort", p.number());
            port.put("protocol", p.protocol().name());
            out.add(port);
        }
        return out;
    }
}
