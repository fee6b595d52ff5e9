package io.netpoldojo.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario files: what Save writes opens again as it was; Export is fit for a cluster. */
class ScenarioFilesTest {
    private static final String DENY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny-all
              namespace: default
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            """;
    private static final String ALLOW = """
            # The frontend may call the backend.
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: allow-backend
            spec:
              podSelector:
                matchLabels: {app: backend}
              ingress:
              - from:
                - podSelector:
                    matchLabels: {app: frontend}
            """;
    private static final String BROKEN = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: Half_Written\n";

    private final ScenarioFiles files = new ScenarioFiles();
    private final PolicyDrafts drafts = new PolicyDrafts();

    private Workspace sample() {
        return Starter.microservices()
                .addPolicy(new PolicyDraft("a", DENY, true))
                .addPolicy(new PolicyDraft("b", ALLOW, false))
                .addPolicy(new PolicyDraft("c", BROKEN, true))
                .moveEndpoint("default/mysql", new Point(360, 340));
    }

    @Test
    void saveThenOpenGivesBackEveryPositionPolicyAndSwitch() {
        Workspace ws = sample();
        String saved = files.write(ws, drafts);
        ScenarioFiles.Opened opened = files.read("saved.yaml", saved);
        Workspace back = opened.workspace().orElseThrow();
        assertFalse(opened.laidOut(), "positions come from the file, not from auto-layout");
        assertEquals(ws.endpoints().stream().map(e -> e.endpoint() + "@" + e.at()).toList(),
                back.endpoints().stream().map(e -> e.endpoint() + "@" + e.at()).toList());
        assertEquals(ws.namespaces(), back.namespaces());
        assertEquals(List.of(true, false, true), back.policies().stream().map(PolicyDraft::enabled).toList());
        assertEquals(List.of(DENY, ALLOW, BROKEN), back.policies().stream().map(PolicyDraft::yaml).toList(),
                "the person's text comes back as typed, comments and all, even the half-written one");
        assertEquals(saved, files.write(back, drafts), "saving again changes nothing");
    }

    @Test
    void theSavedFileIsPlainKubernetesYamlThatLoadsWithoutErrors() {
        String saved = files.write(sample(), drafts);
        LoadResult loaded = new ManifestLoader().load("saved.yaml", saved);
        assertEquals(List.of(), loaded.errors());
        assertEquals(1, loaded.cluster().policies().size(), "only the enabled, valid policy is a live document");
        assertTrue(saved.contains("# netpoldojo.io/external: {name: alb"), saved);
    }

    @Test
    void exportForClusterLeavesOutEverythingAClusterHasNoUseFor() {
        String exported = files.exportForCluster(sample(), drafts);
        assertFalse(exported.contains("netpoldojo.io"), exported);
        assertFalse(exported.contains("allow-backend"), "a switched-off policy is not exported");
        assertFalse(exported.contains("Half_Written"), "a policy that does not validate is not exported");
        LoadResult loaded = new ManifestLoader().load("export.yaml", exported);
        assertEquals(List.of(), loaded.errors());
        assertEquals(List.of("default-deny-all"), loaded.cluster().policies().stream().map(p -> p.name()).toList());
        assertEquals(4, loaded.cluster().pods().size());
        assertTrue(loaded.cluster().endpoints().stream().allMatch(e -> e instanceof Pod), "no outside endpoints");
        assertTrue(exported.contains("image: registry.k8s.io/pause:3.9"), "pods are complete enough to apply");
    }

    @Test
    void kubectlGetOutputOpensAndIsLaidOutAutomatically() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/manifests/kubectl-get-list.yaml"));
        ScenarioFiles.Opened opened = files.read("kubectl-get-list.yaml", text);
        Workspace ws = opened.workspace().orElseThrow();
        assertTrue(opened.laidOut());
        assertEquals(4, ws.endpoints().size());
        assertFalse(ws.policies().isEmpty());
        assertTrue(ws.policies().stream().allMatch(d -> drafts.parse(d.yaml()).valid()),
                "policies inside a List are rewritten as clean, valid documents");
        long distinctPositions = ws.endpoints().stream().map(PlacedEndpoint::at).distinct().count();
        assertEquals(ws.endpoints().size(), distinctPositions, "no two pods land on the same spot");
        for (NamespaceZone z : ws.namespaces()) {
            ws.endpoints().stream().filter(e -> e.endpoint() instanceof Pod p && p.namespace().equals(z.name()))
                    .forEach(e -> assertTrue(z.rect().contains(e.at()), e.id() + " sits inside its namespace"));
        }
    }

    @Test
    void aBrokenFileDoesNotOpenAndSaysWhere() {
        ScenarioFiles.Opened opened = files.read("broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n");
        assertTrue(opened.workspace().isEmpty());
        assertTrue(opened.diagnostics().get(0).toString().startsWith("broken.yaml:"), opened.diagnostics().toString());
    }
}
