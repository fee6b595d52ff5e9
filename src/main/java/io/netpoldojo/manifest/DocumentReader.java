package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one YAML document: an object, or a {@code kind: List} of them. Checks apiVersion and kind,
 * skips kinds NetPol Dojo does not model with a notice, and hands each object that read cleanly
 * to the {@link ClusterAssembly}.
 */
final class DocumentReader {
    static final String SKIPPED = "NetPol Dojo models Pods, workloads, Namespaces, NetworkPolicies and"
            + " ClusterNetworkPolicies";

    private final String file;
    private final Diagnostics diagnostics;
    private final ObjectReader.Budget budget;
    private final ClusterAssembly assembly;

    DocumentReader(String file, Diagnostics diagnostics, ObjectReader.Budget budget, ClusterAssembly assembly) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.budget = budget;
        this.assembly = assembly;
    }

    void read(Node node) {
        ObjectReader r = new ObjectReader(file, diagnostics, budget);
        if (ObjectReader.isForeign(node)) {
            return; // reported by YamlChecks
        }
        if (!(node instanceof MappingNode map)) {
            notAnObject(r, node);
            return;
        }
        Fields root = new Fields(r, map, "");
        Node apiVersionNode = root.get("apiVersion");
        Optional<String> apiVersion = r.string(apiVersionNode, "apiVersion").filter(s -> !s.isEmpty());
        if (apiVersion.isEmpty()) {
            required(r, map, apiVersionNode, "apiVersion");
        }
        Node kindNode = root.get("kind");
        Optional<String> kind = r.string(kindNode, "kind").filter(s -> !s.isEmpty());
        if (kind.isEmpty()) {
            required(r, map, kindNode, "kind");
            return;
        }
        if (kind.get().equals("List")) {
            // kubectl get -o yaml: apiVersion v1, kind List, items: [objects]
            List<Node> items = r.sequence(root.get("items"), "items").orElse(List.of());
            for (Node item : items) {
                read(item);
            }
            return;
        }
        Optional<KindCatalog.Kind> known = KindCatalog.find(kind.get());
        if (known.isEmpty()) {
            skipped(r, map, root, kind.get());
            return;
        }
        KindCatalog.Kind k = known.get();
        if (apiVersion.isPresent() && !apiVersion.get().equals(k.apiVersion())) {
            notServed(r, apiVersionNode, k, apiVersion.get());
        }
        String version = apiVersion.orElse(k.apiVersion());
        switch (k.role()) {
            case NAMESPACE -> readNamespace(r, root, version);
            case POLICY -> readPolicy(r, root, version);
            case CLUSTER_POLICY -> readClusterPolicy(r, root, k, version);
            case POD, WORKLOAD -> readEndpoint(r, root, k, version);
        }
    }

    // Out of line, so that the quick JIT's code for read (run for every object) stays small.

    private static void notAnObject(ObjectReader r, Node node) {
        r.error(node, "", "expected a map (a Kubernetes object), got " + ObjectReader.describe(node));
    }

    /** apiVersion or kind missing, null or "": "Required value" at the object (another type was reported as such). */
    private static void required(ObjectReader r, MappingNode map, Node node, String field) {
        if (ObjectReader.isNull(node) || ObjectReader.isString(node)) {
            r.error(map, field, "Required value");
        }
    }

    private static void notServed(ObjectReader r, Node apiVersionNode, KindCatalog.Kind kind, String apiVersion) {
        r.error(apiVersionNode, "apiVersion", KindCatalog.notServed(kind, apiVersion));
    }

    private static void skipped(ObjectReader r, MappingNode map, Fields root, String kind) {
        r.notice(map, "", "skipped " + Metadata.shown(kind) + nameSuffix(r, root) + ": " + SKIPPED);
    }

    private void readNamespace(ObjectReader r, Fields root, String apiVersion) {
        Optional<Metadata> meta = Metadata.read(r, root, Metadata.NameRule.LABEL, false, false);
        if (meta.isEmpty() || !r.clean()) {
            return;
        }
        Namespace namespace = new Namespace(meta.get().name(), Labels.of(meta.get().labels()));
        LoadedObject object = loaded(r, root, ObjectKey.namespace(namespace.name()), apiVersion, meta.get(),
                List.of(), "");
        assembly.addNamespace(namespace, object, index(r, root));
    }

    private void readPolicy(ObjectReader r, Fields root, String apiVersion) {
        Optional<PolicyReader.Result> read = PolicyReader.read(r, root);
        if (read.isEmpty()) {
            return;
        }
        NetworkPolicy p = read.get().policy();
        LoadedObject object = loaded(r, root, ObjectKey.policy(p.namespace(), p.name()), apiVersion,
                read.get().metadata(), List.of(), "");
        assembly.addPolicy(p, object, index(r, root));
    }

    private void readClusterPolicy(ObjectReader r, Fields root, KindCatalog.Kind kind, String apiVersion) {
        ClusterPolicyReader.Dialect dialect = ClusterPolicyReader.Dialect.of(kind.name());
        Optional<ClusterPolicyReader.Result> read = ClusterPolicyReader.read(r, root, dialect);
        if (read.isEmpty()) {
            return;
        }
        ClusterPolicyReader.Result result = read.get();
        if (dialect.legacy()) {
            r.warning(root.node(), "", ClusterPolicyConversion.note(kind.name(), result));
        }
        LoadedObject object = loaded(r, root, ObjectKey.clusterPolicy(result.policy().name()), apiVersion,
                result.metadata(), List.of(), "");
        assembly.addClusterPolicy(result.policy(), object, index(r, root));
    }

    private void readEndpoint(ObjectReader r, Fields root, KindCatalog.Kind kind, String apiVersion) {
        Optional<EndpointReader.Draft> draft = EndpointReader.read(r, root, kind);
        if (draft.isEmpty()) {
            return;
        }
        EndpointReader.Draft d = draft.get();
        ObjectKey key = new ObjectKey(kind.name(), d.metadata().namespace(), d.metadata().name());
        Map<String, String> annotations = new LinkedHashMap<>(d.metadata().annotations());
        if (d.ipSource() == EndpointReader.IpSource.STATUS) {
            // So that a scenario export keeps the address kubectl reported (and a cluster export drops it).
            annotations.put(EndpointReader.IP_ANNOTATION, d.ip().orElseThrow().toString());
        }
        LoadedObject object = new LoadedObject(key, apiVersion, annotations, d.images(), r.position(root.node()), d.id());
        assembly.addEndpoint(d, object, index(r, root), r);
    }

    private static LoadedObject loaded(ObjectReader r, Fields root, ObjectKey key, String apiVersion, Metadata meta,
                                       List<String> images, String endpointId) {
        return new LoadedObject(key, apiVersion, meta.annotations(), images, r.position(root.node()), endpointId);
    }

    private static SourceIndex.Entry index(ObjectReader r, Fields root) {
        return new SourceIndex.Entry(r.position(root.node()), r.fieldPositions());
    }

    /** "/web" for a skipped object's notice, when it has a readable name. */
    private static String nameSuffix(ObjectReader r, Fields root) {
        if (root.get("metadata") instanceof MappingNode meta) {
            Node name = new Fields(r, meta, "metadata").get("name");
            if (ObjectReader.isString(name)) {
                return "/" + Metadata.shown(((ScalarNode) name).getValue());
            }
        }
        return "";
    }
}
