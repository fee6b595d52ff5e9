package io.netpoldojo.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.ClusterPolicyWriter;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Deny this arrow" with an Admin-tier ClusterNetworkPolicy, checked by the engine before and after. */
class ClusterDenyAdviceTest {
    private final Cluster micro = SynthesizerTest.microservices();
    private final Cluster flat = micro.withPolicies(List.of());

    private static List<String> flows(List<Flow> flows) {
        return flows.stream().map(Flow::toString).toList();
    }

    /** The cluster with this v1 NetworkPolicy added (YAML as a person writes it). */
    private static Cluster plus(Cluster cluster, String yaml) {
        LoadResult loaded = new ManifestLoader().load("extra.yaml", yaml);
        assertTrue(loaded.diagnostics().isEmpty(), loaded.diagnostics().toString());
        List<io.netpoldojo.engine.model.NetworkPolicy> all = new ArrayList<>(cluster.policies());
        all.addAll(loaded.cluster().policies());
        List<ClusterNetworkPolicy> cnps = new ArrayList<>(cluster.clusterPolicies());
        cnps.addAll(loaded.cluster().clusterPolicies());
        return cluster.withPolicies(all).withClusterPolicies(cnps);
    }

    @Test
    void theArrowIsDeniedByTheAdminTierAndNoNetworkPolicyOpensItAgain() {
        ProposedChange c = ClusterDenyAdvice.propose(flat, "default/frontend", "default/backend", Port.tcp(8080));
        assertFalse(c.isEmpty());
        assertEquals(List.of(), c.changes(), "no NetworkPolicy is touched");
        assertEquals(1, c.clusterAdded().size());
        assertEquals(List.of("default/frontend default/backend 8080/TCP"), flows(c.closed()), "only that arrow closes");
        assertEquals(List.of(), c.opened());
        assertTrue(c.sentences().get(0).contains("alpha") && c.sentences().get(0).contains("Calico"),
                c.sentences().get(0));

        Cluster after = c.applyTo(flat);
        Verdict v = new Engine(after).evaluate("default/frontend", "default/backend", Port.tcp(8080));
        assertFalse(v.allowed());
        assertEquals(DirectionVerdict.Decider.ADMIN_TIER, v.ingress().decider());
        assertTrue(new Engine(after).evaluate("default/frontend", "default/backend", Port.tcp(9090)).allowed(),
                "another port is untouched");
        assertTrue(new Engine(after).evaluate("default/mysql", "default/backend", Port.tcp(8080)).allowed(),
                "another source is untouched");

        Cluster reopened = plus(after, """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: allow-frontend, namespace: default}
                spec:
                  podSelector: {matchLabels: {app: backend}}
                  ingress:
                  - from:
                    - podSelector: {matchLabels: {app: frontend}}
                    ports:
                    - port: 8080
                """);
        Verdict still = new Engine(reopened).evaluate("default/frontend", "default/backend", Port.tcp(8080));
        assertFalse(still.allowed(), "a v1 NetworkPolicy allowing it does not reopen it");
        assertEquals(DirectionVerdict.Decider.ADMIN_TIER, still.ingress().decider());
    }

    @Test
    void theDraftIsTheYamlTheCrdAcceptsAndReadsBackTheSame() {
        ClusterNetworkPolicy policy = ClusterDenyAdvice.propose(micro, "default/frontend", "default/backend",
                Port.tcp(8080)).clusterAdded().get(0);
        String yaml = new ClusterPolicyWriter().write(policy);
        assertEquals("""
                apiVersion: policy.networking.k8s.io/v1alpha2
                kind: ClusterNetworkPolicy
                metadata:
                  name: deny-frontend-to-backend
                spec:
                  tier: Admin
                  priority: 10
                  subject:
                    pods:
                      namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: default
                      podSelector:
                        matchLabels:
                          app: backend
                  ingress:
                  - name: deny-frontend-to-backend
                    action: Deny
                    from:
                    - pods:
                        namespaceSelector:
                          matchLabels:
                            kubernetes.io/metadata.name: default
                        podSelector:
                          matchLabels:
                            app: frontend
                    protocols:
                    - tcp:
                        destinationPort:
                          number: 8080
                """, yaml);
        LoadResult back = new ManifestLoader().load("draft.yaml", yaml);
        assertEquals(List.of(), back.diagnostics());
        assertEquals(List.of(policy), back.cluster().clusterPolicies());
    }

    @Test
    void anAdminPolicyThatAcceptsItIsPrecededWithoutSharingItsPriority() {
        Cluster accepting = plus(flat, """
                apiVersion: policy.networking.k8s.io/v1alpha2
                kind: ClusterNetworkPolicy
                metadata: {name: always-frontend}
                spec:
                  tier: Admin
                  priority: 10
                  subject:
                    namespaces: {}
                  ingress:
                  - action: Accept
                    from:
                    - namespaces: {}
                """);
        ProposedChange c = ClusterDenyAdvice.propose(accepting, "default/frontend", "default/backend", Port.tcp(8080));
        ClusterNetworkPolicy drafted = c.clusterAdded().get(0);
        assertEquals(9, drafted.priority(), "before priority 10, and not equal to it");
        Verdict v = new Engine(c.applyTo(accepting)).evaluate("default/frontend", "default/backend", Port.tcp(8080));
        assertFalse(v.allowed());
        assertEquals(DirectionVerdict.Decider.ADMIN_TIER, v.ingress().decider());
    }

    @Test
    void toAnAddressOutsideTheClusterItIsAnEgressRuleOfTheSource() {
        ProposedChange c = ClusterDenyAdvice.propose(flat, "default/backend", "internet", Port.tcp(443));
        ClusterNetworkPolicy drafted = c.clusterAdded().get(0);
        assertEquals(List.of(), drafted.ingress());
        assertEquals("networks [198.51.100.7/32]", drafted.egress().get(0).peers().get(0).toString());
        Verdict v = new Engine(c.applyTo(flat)).evaluate("default/backend", "internet", Port.tcp(443));
        assertFalse(v.allowed());
        assertEquals(DirectionVerdict.Decider.ADMIN_TIER, v.egress().decider());
    }

    @Test
    void fromOutsideTheClusterItSaysWhyItCannot() {
        ProposedChange c = ClusterDenyAdvice.propose(flat, "internet", "default/frontend", Port.tcp(80));
        assertTrue(c.isEmpty());
        assertTrue(c.sentences().get(1).contains("ingress rules name only namespaces and pods"), c.sentences().get(1));
    }
}
