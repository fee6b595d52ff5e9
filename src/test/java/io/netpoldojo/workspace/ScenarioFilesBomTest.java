package io.netpoldojo.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 23, fault 2: a manifest that starts with a UTF-8 byte order mark and whose first document
 * is a policy opened, but the Playground kept the policy's text with the BOM and wrote it after a
 * {@code ---} in the middle of its autosave and of File > Save; that file did not load again.
 */
class ScenarioFilesBomTest {
    private static final String POLICY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: deny}
            spec: {podSelector: {}}
            """;
    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\n";

    private final ScenarioFiles files = new ScenarioFiles();

    @Test
    void aFileStartingWithABomAndAPolicySavesToAFileThatOpensAgain() {
        ScenarioFiles.Opened opened = files.read("bom.yaml", "\uFEFF" + POLICY + "---\n" + POD);
        Workspace ws = opened.workspace().orElseThrow();
        assertFalse(ws.policies().get(0).yaml().contains("\uFEFF"), "the policy's own text has no BOM");

        String saved = files.write(ws, new PolicyDrafts());
        assertFalse(saved.contains("\uFEFF"), saved);
        ScenarioFiles.Opened again = files.read("saved.yaml", saved);
        assertEquals(java.util.List.of(), again.diagnostics());
        assertEquals(ws.policies().size(), again.workspace().orElseThrow().policies().size());
    }

    @Test
    void aBomBeforeALaterPolicyIsDroppedToo() {
        ScenarioFiles.Opened opened = files.read("bom.yaml", POD + "---\n\uFEFF" + POLICY);
        Workspace ws = opened.workspace().orElseThrow();
        assertTrue(ws.policies().get(0).yaml().startsWith("apiVersion:"), ws.policies().get(0).yaml());
        assertTrue(files.read("saved.yaml", files.write(ws, new PolicyDrafts())).workspace().isPresent());
    }
}
