package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.ExportMode;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.LoadedObject;
import io.netpoldojo.manifest.ManifestLoader;
import io.netpoldojo.manifest.ManifestWriter;
import io.netpoldojo.manifest.ObjectKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario files: plain multi-document Kubernetes YAML that {@code kubectl apply -f} accepts.
 * The canvas layout rides in {@code netpoldojo.io/} annotations (zones on Namespaces, positions on
 * pods); what a cluster has no object for lives in comment lines, which kubectl ignores: outside
 * endpoints ({@code # netpoldojo.io/external: ...}) and policies that are switched off or do not
 * parse yet (a commented-out block between {@code # netpoldojo.io/policy-draft:} and
 * {@code # netpoldojo.io/policy-draft-end}). "Export for cluster" drops all of that.
 */
public final class ScenarioFiles {
    public static final String ZONE = "netpoldojo.io/zone";
    public static final String POSITION = "netpoldojo.io/position";
    static final String DRAFT_BEGIN = "# netpoldojo.io/policy-draft:";
    static final String DRAFT_END = "# netpoldojo.io/policy-draft-end";
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("^---\\s*(#.*)?$");
    private static final Pattern ENABLED = Pattern.compile("enabled:\\s*(true|false)");
    private static final String HEADER = """
            # NetPol Dojo scenario. `kubectl apply -f` accepts this file as it is: netpoldojo.io/ annotations
            # only keep the canvas layout, and lines starting with "# netpoldojo.io/" hold what a cluster has no
            # object for (outside endpoints, policies that are switched off). File > Export for cluster writes a
            # copy without them.
            """;

    private final ManifestLoader loader = new ManifestLoader();
    private final ManifestWriter writer = new ManifestWriter();

    /** The result of opening a file: the workspace, or the errors that kept it from opening. */
    public record Opened(Optional<Workspace> workspace, List<Diagnostic> diagnostics, boolean laidOut) {}

    /** Opens a file; one that comes without a layout is laid out for the Playground's canvas. */
    public Opened read(String fileName, String rawText) {
        return read(fileName, rawText, AutoLayout.CANVAS);
    }

    /**
     * Opens a file; one that comes without a layout is laid out for a frame of this shape (a
     * lesson's column, a quiz card's pane), so it is laid out once, for where it is shown.
     */
    public Opened read(String fileName, String rawText, io.netpoldojo.diagram.DiagramLayout.Frame frame) {
        // Policies keep their own text; a byte order mark in it would land mid-file on Save.
        String text = ManifestLoader.withoutByteOrderMarks(rawText);
        LoadResult result = loader.load(fileName, text);
        if (result.hasErrors()) {
            return new Opened(Optional.empty(), result.diagnostics(), false);
        }
        Map<ObjectKey, LoadedObject> objects = new HashMap<>();
        for (LoadedObject o : result.objects()) {
            objects.put(o.key(), o);
        }
        Cluster cluster = result.cluster();
        boolean complete = true;
        List<NamespaceZone> zones = new ArrayList<>();
        for (Namespace ns : cluster.namespaces()) {
            Optional<Rect> rect = annotation(objects, ObjectKey.namespace(ns.name()), ZONE).flatMap(Rect::parse);
            complete &= rect.isPresent();
            zones.add(new NamespaceZone(ns, rect.orElse(new Rect(0, 0, 320, 320))));
        }
        List<PlacedEndpoint> placed = new ArrayList<>();
        for (LoadedObject o : result.objects()) {
            if (!o.isEndpoint()) {
                continue;
            }
            Endpoint e = cluster.endpoint(o.endpointId()).orElseThrow();
            Optional<Point> at = position(o, e);
            complete &= at.isPresent();
            placed.add(new PlacedEndpoint(e, at.orElse(new Point(0, 0)), o.images()));
        }
        Workspace ws = new Workspace(zones, placed, policiesInFileOrder(text, result));
        return new Opened(Optional.of(complete ? ws : AutoLayout.arrange(ws, frame)), result.diagnostics(), !complete);
    }

    private static Optional<String> annotation(Map<ObjectKey, LoadedObject> objects, ObjectKey key, String name) {
        return Optional.ofNullable(objects.get(key)).map(o -> o.annotations().get(name));
    }

    /** Pods keep their position in an annotation; outside endpoints as x and y in their comment. */
    private static Optional<Point> position(LoadedObject o, Endpoint e) {
        String text = e instanceof External
                ? (o.annotations().containsKey("x") && o.annotations().containsKey("y")
                        ? o.annotations().get("x") + "," + o.annotations().get("y") : null)
                : o.annotations().get(POSITION);
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        try {
            return parts.length == 2
                    ? Optional.of(new Point(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())))
                    : Optional.empty();
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /** Policies and drafts, interleaved as they stand in the file, since order is the step order. */
    private List<PolicyDraft> policiesInFileOrder(String text, LoadResult result) {
        record AtLine(int line, String yaml, boolean enabled) {}
        List<AtLine> found = new ArrayList<>();
        List<String> lines = text.lines().toList();
        List<int[]> documents = documentRanges(lines);
        for (LoadedObject o : result.objects()) {
            if (o.key().kind().equals("NetworkPolicy")) {
                NetworkPolicy policy = result.cluster().policy(o.key().namespace(), o.key().name()).orElseThrow();
                found.add(new AtLine(o.position().line(), originalText(lines, documents, o, result)
                        .orElseGet(() -> writer.writePolicy(policy)), true));
            } else if (o.key().kind().equals("ClusterNetworkPolicy")) {
                // Cluster-scoped, and applied like any policy; an AdminNetworkPolicy or a
                // BaselineAdminNetworkPolicy becomes its v1alpha2 equivalent here, as the loader warned.
                ClusterNetworkPolicy policy = result.cluster().clusterPolicy(o.key().name()).orElseThrow();
                boolean current = o.apiVersion().equals("policy.networking.k8s.io/v1alpha2");
                Optional<String> original = current ? originalText(lines, documents, o, result) : Optional.empty();
                found.add(new AtLine(o.position().line(), original.orElseGet(() -> writer.writeClusterPolicy(policy)),
                        true));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(DRAFT_BEGIN)) {
                Matcher m = ENABLED.matcher(lines.get(i));
                boolean enabled = m.find() && m.group(1).equals("true");
                StringBuilder body = new StringBuilder();
                int j = i + 1;
                for (; j < lines.size() && !lines.get(j).startsWith(DRAFT_END); j++) {
                    String line = lines.get(j);
                    body.append(line.startsWith("# ") ? line.substring(2) : line.startsWith("#") ? line.substring(1) : line)
                            .append('\n');
                }
                found.add(new AtLine(i + 1, body.toString(), enabled));
                i = j;
            }
        }
        found.sort(Comparator.comparingInt(AtLine::line));
        List<PolicyDraft> drafts = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            drafts.add(new PolicyDraft("policy-" + (i + 1), found.get(i).yaml(), found.get(i).enabled()));
        }
        return drafts;
    }

    /** {start, end} line indexes (0-based, end exclusive) of each YAML document. */
    private static List<int[]> documentRanges(List<String> lines) {
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (DOCUMENT_SEPARATOR.matcher(lines.get(i)).matches()) {
                ranges.add(new int[] {start, i});
                start = i + 1;
            }
        }
        ranges.add(new int[] {start, lines.size()});
        return ranges;
    }

    /**
     * The policy's own text when it stands alone in its document (so the person's formatting and
     * comments survive a round trip); empty for a policy inside a {@code kind: List}.
     */
    private static Optional<String> originalText(List<String> lines, List<int[]> documents, LoadedObject policy,
                                                 LoadResult result) {
        int line = policy.position().line() - 1;
        for (int[] range : documents) {
            if (line < range[0] || line >= range[1]) {
                continue;
            }
            long objectsInDocument = result.objects().stream()
                    .filter(o -> o.position().file().equals(policy.position().file()))
                    .filter(o -> o.position().line() - 1 >= range[0] && o.position().line() - 1 < range[1])
                    .count();
            if (objectsInDocument != 1) {
                return Optional.empty();
            }
            StringBuilder sb = new StringBuilder();
            for (String l : lines.subList(range[0], range[1])) {
                if (!l.startsWith("# netpoldojo.io/") && !(sb.isEmpty() && l.isBlank())) {
                    sb.append(l).append('\n');
                }
            }
            String text = sb.toString().stripTrailing() + "\n";
            return text.contains("kind: List") ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }

    /** The file as Save writes it: everything, layout included. */
    public String write(Workspace ws, PolicyDrafts drafts) {
        StringBuilder out = new StringBuilder(HEADER);
        out.append(writer.writeScenario(clusterWithout(ws, List.of()), key -> layoutAnnotations(ws, key),
                key -> images(ws, key), ExportMode.SCENARIO));
        for (PolicyDraft draft : ws.policies()) {
            PolicyDrafts.Parsed parsed = drafts.parse(draft.yaml());
            out.append("---\n");
            if (draft.enabled() && parsed.valid()) {
                out.append(stripDocumentMarkers(draft.yaml()));
            } else {
                out.append(DRAFT_BEGIN).append(" {enabled: ").append(draft.enabled()).append("}\n");
                for (String line : draft.yaml().stripTrailing().split("\n", -1)) {
                    out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
                }
                out.append(DRAFT_END).append('\n');
            }
        }
        return out.toString();
    }

    /** "Export for cluster": only what a cluster needs; no layout, no outside endpoints, no drafts. */
    public String exportForCluster(Workspace ws, PolicyDrafts drafts) {
        List<NetworkPolicy> applied = new ArrayList<>();
        List<ClusterNetworkPolicy> clusterWide = new ArrayList<>();
        for (PolicyDraft d : ws.policies()) {
            PolicyDrafts.Parsed parsed = drafts.parse(d.yaml());
            if (d.enabled() && parsed.valid()) {
                parsed.policy().ifPresent(applied::add);
                parsed.clusterPolicy().ifPresent(clusterWide::add);
            }
        }
        return writer.writeScenario(clusterWithout(ws, applied).withClusterPolicies(clusterWide), key -> Map.of(),
                key -> images(ws, key), ExportMode.CLUSTER);
    }

    private static Cluster clusterWithout(Workspace ws, List<NetworkPolicy> policies) {
        return new Cluster(ws.namespaces().stream().map(NamespaceZone::namespace).toList(),
                ws.endpoints().stream().map(PlacedEndpoint::endpoint).toList(), policies);
    }

    private static Map<String, String> layoutAnnotations(Workspace ws, ObjectKey key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (key.kind().equals("Namespace")) {
            ws.zone(key.name()).ifPresent(z -> out.put(ZONE, z.rect().format()));
        } else if (key.kind().equals("External")) {
            ws.endpoint(key.name()).ifPresent(e -> {
                out.put("x", Rect.fmt(e.at().x()));
                out.put("y", Rect.fmt(e.at().y()));
            });
        } else {
            ws.endpoint(key.namespace() + "/" + key.name())
                    .filter(e -> e.endpoint() instanceof Pod)
                    .ifPresent(e -> out.put(POSITION, Rect.fmt(e.at().x()) + "," + Rect.fmt(e.at().y())));
        }
        return out;
    }

    private static List<String> images(Workspace ws, ObjectKey key) {
        return ws.endpoint(key.namespace() + "/" + key.name()).map(PlacedEndpoint::images).orElse(List.of());
    }

    private static String stripDocumentMarkers(String yaml) {
        String text = yaml.strip();
        if (text.startsWith("---")) {
            text = text.substring(3).strip();
        }
        return text + "\n";
    }
}
