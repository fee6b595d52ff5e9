package io.netpoldojo.content;

import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import io.netpoldojo.manifest.Severity;
import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code scenarios/<id>.yaml}: the manifests through the manifest loader (its diagnostics
 * kept, with their positions), the {@code kind: Scenario} header by hand, and then every
 * expectation through the engine: one the engine does not confirm is an error at its line.
 */
final class ScenarioReader {
    static final String API_VERSION = "netpoldojo.io/v1";
    static final String KIND = "Scenario";

    private final Problems problems;

    ScenarioReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Scenario> read(String file, String id, String text) {
        LoadResult manifests = new ManifestLoader().load(file, text);
        for (Diagnostic d : manifests.diagnostics()) {
            boolean ourHeader = d.severity() == Severity.NOTICE && d.message().startsWith("skipped " + KIND);
            if (!ourHeader) {
                problems.add(d);
            }
        }
        Optional<List<Node>> documents = YamlFiles.composeAll(text);
        if (documents.isEmpty()) {
            return Optional.empty(); // the manifest loader has reported the syntax error
        }
        List<Node> headers = documents.get().stream().filter(ScenarioReader::isHeader).toList();
        if (headers.isEmpty()) {
            problems.error(SourcePosition.ofFile(file), "", "missing the header document (apiVersion: " + API_VERSION
                    + ", kind: " + KIND + ")");
            return Optional.empty();
        }
        for (Node extra : headers.subList(1, headers.size())) {
            problems.error(file, extra, "", "a second " + KIND + " header; a file holds one scenario");
        }
        Optional<YamlMap> header = YamlMap.of(headers.get(0), file, "", problems);
        return header.flatMap(h -> readHeader(h, id, manifests, text));
    }

    private Optional<Scenario> readHeader(YamlMap h, String id, LoadResult manifests, String text) {
        h.allowOnly("apiVersion", "kind", "metadata", "spec");
        h.requiredText("apiVersion").filter(v -> !v.equals(API_VERSION)).ifPresent(v -> problems.error(
                h.file, h.node("apiVersion").get(), "apiVersion", "must be " + API_VERSION + " for a " + KIND));
        if (!h.has("metadata")) {
            h.missing("metadata");
        }
        h.map("metadata").ifPresent(meta -> {
            meta.allowOnly("name");
            meta.requiredText("name").filter(n -> !n.equals(id)).ifPresent(n -> problems.error(
                    h.file, meta.node("name").get(), meta.pathOf("name"), "must equal the file name \"" + id + "\""));
        });
        if (!h.has("spec")) {
            h.missing("spec");
            return Optional.empty();
        }
        Optional<YamlMap> spec = h.map("spec");
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        YamlMap s = spec.get();
        s.allowOnly("title", "description", "expect");
        Optional<String> title = s.requiredText("title");
        Optional<String> description = s.requiredText("description");
        Scenario bare = new Scenario(id, title.orElse(id), description.orElse(""), manifests, List.of(),
                manifests.cluster().policies(), h.file, text);
        if (manifests.hasErrors()) {
            return Optional.of(bare); // expectations about a broken cluster would only add noise
        }
        List<Expectation> expect = new ArrayList<>();
        ExpectationReader reader = new ExpectationReader(new ScenarioRefs(bare, problems), problems, true);
        List<Optional<Expectation>> read = reader.readAll(s, "expect");
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).isEmpty()) {
                continue;
            }
            Expectation e = read.get(i).get();
            String path = Problems.index(s.pathOf("expect"), i);
            ExpectationCheck.check(bare, e).ifPresent(f -> problems.error(e.position(), path, f));
            expect.add(e);
        }
        return Optional.of(new Scenario(id, bare.title(), bare.description(), manifests, expect,
                bare.policiesInOrder(), h.file, text));
    }

    private static boolean isHeader(Node doc) {
        if (!(doc instanceof MappingNode m)) {
            return false;
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind")
                    && t.getValueNode() instanceof ScalarNode v && v.getValue().equals(KIND)) {
                return true;
            }
        }
        return false;
    }
}
