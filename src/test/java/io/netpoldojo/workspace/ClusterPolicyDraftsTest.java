package io.netpoldojo.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ClusterNetworkPolicy as a Playground draft: parsed, saved, opened again and exported. */
class ClusterPolicyDraftsTest {
    private static final String PROTECT = """
            apiVersion: policy.networking.k8s.io/v1alpha2
            kind: ClusterNetworkPolicy
            metadata:
              name: protect-mysql
            spec:
              tier: Admin
              priority: 10
              subject:
                pods:
                  namespaceSelector: {}
                  podSelector:
                    matchLabels: {app: mysql}
              ingress:
              - name: deny-all
                action: Deny
                from:
                - namespaces: {}
            """;
    private static final String LEGACY = """
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: BaselineAdminNetworkPolicy
            metadata:
              name: default
            spec:
              subject:
                namespaces: {}
              ingress:
              - action: Deny
                from:
                - namespaces: {}
            """;
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

    private final PolicyDrafts drafts = new PolicyDrafts();
    private final ScenarioFiles files = new ScenarioFiles();

    @Test
    void aClusterNetworkPolicyDraftIsValidAndNamed() {
        PolicyDrafts.Parsed parsed = drafts.parse(PROTECT);
        assertTrue(parsed.valid(), parsed.problems().toString());
        assertTrue(parsed.policy().isEmpty(), "not a NetworkPolicy");
        assertEquals(Tier.ADMIN, parsed.clusterPolicy().orElseThrow().tier());
        assertEquals("protect-mysql", drafts.displayName(new PolicyDraft("k", PROTECT, true)));
    }

    @Test
    void oneDraftHoldsOnePolicyOfEitherKind() {
        PolicyDrafts.Parsed two = drafts.parse(DENY + "---\n" + PROTECT);
        assertFalse(two.valid());
        assertTrue(two.errors().get(0).message().contains("one policy per entry"), two.errors().toString());
        PolicyDrafts.Parsed none = drafts.parse("apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n");
        assertTrue(none.errors().get(0).message().contains("or one ClusterNetworkPolicy"), none.errors().toString());
    }

    @Test
    void anInvalidClusterNetworkPolicyNamesItsField() {
        PolicyDrafts.Parsed parsed = drafts.parse(PROTECT.replace("action: Deny", "action: Allow"));
        assertFalse(parsed.valid());
        assertEquals("spec.ingress[0].action", parsed.errors().get(0).path());
    }

    @Test
    void saveThenOpenKeepsTheClusterPolicyInItsPlaceInTheOrder() {
        Workspace ws = Starter.microservices()
                .addPolicy(new PolicyDraft("a", DENY, true))
                .addPolicy(new PolicyDraft("b", PROTECT, true));
        Workspace back = files.read("saved.yaml", files.write(ws, drafts)).workspace().orElseThrow();
        assertEquals(List.of("default-deny-all", "protect-mysql"),
                back.policies().stream().map(d -> drafts.displayName(d)).toList());
        assertTrue(drafts.parse(back.policies().get(1).yaml()).clusterPolicy().isPresent());
    }

    @Test
    void exportForClusterWritesTheClusterPolicyAsKubectlTakesIt() {
        Workspace ws = Starter.microservices().addPolicy(new PolicyDraft("b", PROTECT, true))
                .addPolicy(new PolicyDraft("c", PROTECT.replace("protect-mysql", "switched-off"), false));
        String exported = files.exportForCluster(ws, drafts);
        assertTrue(exported.contains("kind: ClusterNetworkPolicy"), exported);
        assertTrue(exported.contains("name: protect-mysql"), exported);
        assertFalse(exported.contains("switched-off"), "only what is applied goes to a cluster");
        LoadResult reread = new ManifestLoader().load("export.yaml", exported);
        assertFalse(reread.hasErrors(), reread.diagnostics().toString());
        assertEquals(1, reread.cluster().clusterPolicies().size());
    }

    @Test
    void aV1alpha1FileOpensAsItsClusterNetworkPolicyEquivalent() {
        String file = "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\n" + LEGACY;
        Workspace ws = files.read("old.yaml", file).workspace().orElseThrow();
        assertEquals(1, ws.policies().size());
        String yaml = ws.policies().get(0).yaml();
        assertTrue(yaml.contains("policy.networking.k8s.io/v1alpha2"), yaml);
        assertTrue(yaml.contains("tier: Baseline"), yaml);
        assertTrue(drafts.parse(yaml).valid(), drafts.parse(yaml).problems().toString());
    }
}
