package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.ClusterSubject;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.LabelSelector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a ClusterNetworkPolicy as policy.networking.k8s.io/v1alpha2 YAML that the CRD accepts
 * and {@link ManifestLoader} reads back into an equal model.
 */
public final class ClusterPolicyWriter {

    /** One ClusterNetworkPolicy document. */
    public String write(ClusterNetworkPolicy policy) {
        StringBuilder out = new StringBuilder();
        YamlText.mapping(out, document(policy, Map.of()), 0);
        return out.toString();
    }

    /**
     * The ClusterNetworkPolicy equivalent of every v1alpha1 AdminNetworkPolicy and
     * BaselineAdminNetworkPolicy the load read, in load order, each with a comment saying where it
     * came from and its annotations kept (but the stale last-applied one); "" when there were none.
     */
    public String writeConverted(LoadResult loaded) {
        StringBuilder out = new StringBuilder();
        for (LoadedObject object : loaded.objects()) {
            if (!object.apiVersion().equals(ClusterPolicyReader.LEGACY_API_VERSION)) {
                continue;
            }
            ClusterNetworkPolicy policy = loaded.cluster().clusterPolicy(object.key().name()).orElse(null);
            if (policy == null) {
                continue;
            }
            Map<String, String> annotations = new LinkedHashMap<>(object.annotations());
            annotations.remove(ManifestWriter.LAST_APPLIED);
            if (out.length() > 0) {
                out.append("---\n");
            }
            SourcePosition at = object.position();
            out.append("# converted from ").append(ClusterPolicyReader.LEGACY_API_VERSION).append(" (")
                    .append(at.file()).append(':').append(at.line()).append(")\n");
            YamlText.mapping(out, document(policy, annotations), 0);
        }
        return out.toString();
    }

    static Map<String, Object> document(ClusterNetworkPolicy policy, Map<String, String> annotations) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", policy.name());
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("tier", policy.tier().apiName());
        spec.put("priority", policy.priority());
        spec.put("subject", subject(policy.subject()));
        for (Direction d : Direction.values()) {
            List<ClusterRule> rules = policy.rules(d);
            if (!rules.isEmpty()) {
                spec.put(d.fieldName(), rules.stream().map(r -> rule(r, d)).toList());
            }
        }
        Map<String, Object> doc = ManifestWriter.header(ClusterPolicyReader.API_VERSION, "ClusterNetworkPolicy");
        doc.put("metadata", metadata);
        doc.put("spec", spec);
        return doc;
    }

    private static Map<String, Object> subject(ClusterSubject subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (subject.pods().isPresent()) {
            out.put("pods", namespacedPod(subject.namespaces(), subject.pods().get()));
        } else {
            out.put("namespaces", ManifestWriter.selector(subject.namespaces()));
        }
        return out;
    }

    private static Map<String, Object> namespacedPod(LabelSelector namespaces, LabelSelector pods) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("namespaceSelector", ManifestWriter.selector(namespaces));
        out.put("podSelector", ManifestWriter.selector(pods));
        return out;
    }

    private static Map<String, Object> rule(ClusterRule rule, Direction d) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!rule.name().isEmpty()) {
            out.put("name", rule.name());
        }
        out.put("action", rule.action().apiName());
        out.put(d == Direction.INGRESS ? "from" : "to", rule.peers().stream().map(ClusterPolicyWriter::peer).toList());
        if (!rule.ports().isEmpty()) {
            out.put("protocols", rule.ports().stream().map(ClusterPolicyWriter::protocol).toList());
        }
        return out;
    }

    private static Map<String, Object> peer(ClusterPeer peer) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (peer instanceof ClusterPeer.Namespaces n) {
            out.put("namespaces", ManifestWriter.selector(n.namespaces()));
        } else if (peer instanceof ClusterPeer.Pods p) {
            out.put("pods", namespacedPod(p.namespaces(), p.pods()));
        } else if (peer instanceof ClusterPeer.Networks n) {
            out.put("networks", n.cidrs().stream().map(Object::toString).toList());
        } else if (peer instanceof ClusterPeer.Nodes n) {
            out.put("nodes", ManifestWriter.selector(n.nodes()));
        } else if (peer instanceof ClusterPeer.DomainNames names) {
            out.put("domainNames", names.names());
        }
        return out;
    }

    private static Map<String, Object> protocol(ClusterPort port) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (port instanceof ClusterPort.Named named) {
            out.put("destinationNamedPort", named.name());
            return out;
        }
        ClusterPort.Numbered n = (ClusterPort.Numbered) port;
        Map<String, Object> destination = new LinkedHashMap<>();
        if (n.isRange()) {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("start", n.start());
            range.put("end", n.end());
            destination.put("range", range);
        } else {
            destination.put("number", n.start());
        }
        Map<String, Object> proto = new LinkedHashMap<>();
        proto.put("destinationPort", destination);
        out.put(n.protocol().name().toLowerCase(Locale.ROOT), proto);
        return out;
    }
}
