package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.SyntheticClusters;
import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.ClusterSubject;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ClusterNetworkPolicies as files: read into the model, written back and read again unchanged,
 * the v1alpha1 kinds converted (and the conversion written), valid objects that still deserve a
 * warning, and hostile edits that must give diagnostics, never an internal error.
 */
class ClusterPolicyManifestsTest {
    private static final ManifestLoader LOADER = new ManifestLoader();

    private static String resource(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/cli/" + name));
    }

    @Test
    void readsEveryPartOfAClusterNetworkPolicy() throws IOException {
        LoadResult result = LOADER.load("cluster-tiers.yaml", resource("cluster-tiers.yaml"));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        ClusterNetworkPolicy protect = result.cluster().clusterPolicy("protect-db").orElseThrow();
        assertEquals(new ClusterNetworkPolicy("protect-db", Tier.ADMIN, 10,
                ClusterSubject.pods(LabelSelector.matchLabels("env", "prod"), LabelSelector.matchLabels("app", "db")),
                List.of(new ClusterRule("deny-other-namespaces", RuleAction.DENY, List.of(new ClusterPeer.Namespaces(
                        new LabelSelector(io.netpoldojo.engine.model.Labels.NONE, List.of(
                                new io.netpoldojo.engine.model.SelectorRequirement("env",
                                        io.netpoldojo.engine.model.SelectorRequirement.Operator.NOT_IN,
                                        List.of("prod")))))), List.of())),
                List.of()), protect);
        ClusterNetworkPolicy dns = result.cluster().clusterPolicy("allow-dns").orElseThrow();
        assertEquals(List.of(ClusterPort.Numbered.single(Protocol.UDP, 53), ClusterPort.Numbered.single(Protocol.TCP, 53)),
                dns.ingress().get(0).ports());
        assertEquals(List.of(new ClusterPort.Named("metrics")),
                result.cluster().clusterPolicy("allow-monitoring").orElseThrow().ingress().get(0).ports());
        assertEquals(Tier.BASELINE, result.cluster().clusterPolicy("default-deny").orElseThrow().tier());
        assertTrue(result.sources().find(ObjectKey.clusterPolicy("protect-db"), "spec.ingress[0].from[0]").isPresent());
    }

    /** Seeded clusters with CNPs of every shape: the writer's YAML reads back into the same model. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void writtenYamlReadsBackUnchanged(long seed) {
        Cluster cluster = SyntheticClusters.generate(30, 4, 10, 12, seed);
        String yaml = new ManifestWriter().writeScenario(cluster, key -> Map.of(), key -> List.of(),
                ExportMode.SCENARIO);
        LoadResult again = LOADER.load("written.yaml", yaml);
        assertFalse(again.hasErrors(), () -> again.errors() + "\n" + yaml);
        assertEquals(cluster.clusterPolicies(), again.cluster().clusterPolicies());
    }

    @Test
    void theV1alpha1KindsAreConvertedWithAWarningThatSaysHow() throws IOException {
        LoadResult result = LOADER.load("legacy-anp.yaml", resource("legacy-anp.yaml"));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        assertEquals(List.of(
                "legacy-anp.yaml:2:1: warning: AdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) is replaced by"
                        + " ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2); read as ClusterNetworkPolicy"
                        + " allow-monitoring with tier: Admin, priority 5 kept (the same 0-1000 range); action Allow"
                        + " to Accept in spec.ingress[0].action; ports to protocols. netpol-dojo convert writes the"
                        + " new YAML",
                "legacy-anp.yaml:28:1: warning: BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) is"
                        + " replaced by ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2); read as"
                        + " ClusterNetworkPolicy default with tier: Baseline, priority 10 (a BaselineAdminNetworkPolicy"
                        + " had none; change it if other Baseline policies must come before or after it)."
                        + " netpol-dojo convert writes the new YAML"),
                result.diagnostics().stream().map(Diagnostic::toString).toList());
        ClusterNetworkPolicy anp = result.cluster().clusterPolicy("allow-monitoring").orElseThrow();
        assertEquals(new ClusterRule("scrape", RuleAction.ACCEPT,
                List.of(new ClusterPeer.Namespaces(LabelSelector.matchLabels("purpose", "monitoring"))),
                List.of(ClusterPort.Numbered.single(Protocol.TCP, 9090), new ClusterPort.Numbered(Protocol.UDP, 8000, 8100),
                        new ClusterPort.Named("metrics"))), anp.ingress().get(0));
        assertEquals(List.of(new ClusterRule("no-internet", RuleAction.DENY,
                List.of(new ClusterPeer.Networks(List.of(Cidr.of("0.0.0.0/0")))), List.of())), anp.egress());

        String converted = new ClusterPolicyWriter().writeConverted(result);
        LoadResult again = LOADER.load("converted.yaml", converted);
        assertEquals(List.of(), again.diagnostics(), converted);
        assertEquals(result.cluster().clusterPolicies(), again.cluster().clusterPolicies());
        assertFalse(converted.contains("last-applied-configuration"), converted);
        assertTrue(converted.contains("team: platform"), converted);
    }

    static Stream<Arguments> warnings() {
        return Stream.of(
                Arguments.of("a named port with a networks peer matches only pods in the CIDRs",
                        ClusterPolicyValidationTest.cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n"
                                + "- action: Deny\n  to: [{networks: [10.0.0.0/8]}]\n  protocols: [{destinationNamedPort: http}]"),
                        List.of("bad.yaml:10:5: spec.egress[0]: warning: a named port with a networks peer matches only"
                                + " pods inside those CIDRs; the experimental channel's CRD rejects it (\"networks/nodes/"
                                + "domainNames peer cannot be set with namedPorts since there are no namedPorts for"
                                + " networks/nodes/domainNames\")")),
                Arguments.of("domainNames only in Accept rules",
                        ClusterPolicyValidationTest.cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n"
                                + "- action: Deny\n  to: [{domainNames: [example.com]}]"),
                        List.of("bad.yaml:11:9: spec.egress[0].to: warning: domainNames is only supported for Accept"
                                        + " rules",
                                "bad.yaml:11:24: spec.egress[0].to[0].domainNames: warning: domainNames is an"
                                        + " experimental-channel field (it needs the experimental CRD); NetPol Dojo"
                                        + " resolves no names, so this peer matches nothing here")),
                Arguments.of("a cluster-scoped object's namespace is ignored",
                        ClusterPolicyValidationTest.cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}")
                                .replace("  name: p\n", "  name: p\n  namespace: prod\n"),
                        List.of("bad.yaml:5:14: metadata.namespace: warning: ignored: this kind is cluster-scoped")),
                Arguments.of("a CIDR with host bits set",
                        ClusterPolicyValidationTest.cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n"
                                + "- action: Deny\n  to: [{networks: [10.1.2.3/8]}]"),
                        List.of("bad.yaml:11:22: spec.egress[0].to[0].networks[0]: warning: not in canonical form; did"
                                + " you mean 10.0.0.0/8?")),
                Arguments.of("a named port no container port can carry",
                        ClusterPolicyValidationTest.cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n"
                                + "- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{destinationNamedPort: HTTP}]"),
                        List.of("bad.yaml:12:40: spec.ingress[0].protocols[0].destinationNamedPort: warning: \"HTTP\""
                                + " cannot be a container port's name (must contain only alpha-numeric characters"
                                + " (a-z, 0-9), and hyphens (-)), so this entry matches nothing")),
                Arguments.of("an AdminNetworkPolicy with more rules than a ClusterNetworkPolicy allows",
                        ClusterPolicyValidationTest.anp("priority: 1\nsubject: {namespaces: {}}\ningress: ["
                                + ClusterPolicyValidationTest.repeat(26, "{action: Deny, from: [{namespaces: {}}]}")
                                + "]"),
                        List.of("bad.yaml:1:1: warning: AdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) is"
                                        + " replaced by ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2); read"
                                        + " as ClusterNetworkPolicy p with tier: Admin, priority 1 kept (the same"
                                        + " 0-1000 range). netpol-dojo convert writes the new YAML",
                                "bad.yaml:8:12: spec.ingress: warning: 26 rules: a ClusterNetworkPolicy allows at most"
                                        + " 25, so the converted policy would be rejected")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    void validButWorthAWarning(String rule, String yaml, List<String> expected) {
        LoadResult result = LOADER.load("bad.yaml", yaml);
        assertEquals(expected, result.diagnostics().stream().map(Diagnostic::toString).toList(), rule);
        assertFalse(result.hasErrors(), rule);
        assertEquals(1, result.cluster().clusterPolicies().size(), rule);
    }
}
