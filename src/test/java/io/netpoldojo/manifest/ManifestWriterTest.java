package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.SelectorRequirement;
import io.netpoldojo.engine.model.SelectorRequirement.Operator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The writer's output is what kubectl applies and what the loader reads back unchanged. */
class ManifestWriterTest {
    private final ManifestWriter writer = new ManifestWriter();
    private final ManifestLoader loader = new ManifestLoader();

    private static final LabelSelector WEB = LabelSelector.matchLabels("app", "web");

    @Test
    void writesAPolicyAsKubectlWould() {
        NetworkPolicy policy = new NetworkPolicy("shop", "db-from-web", LabelSelector.matchLabels("app", "db"),
                List.of(Direction.INGRESS),
                List.of(PolicyRule.of(List.of(PolicyPeer.Selector.pods(WEB)), List.of(PolicyPort.tcp(5432)))),
                List.of());

        assertEquals("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: db-from-web
                  namespace: shop
                spec:
                  podSelector:
                    matchLabels:
                      app: db
                  policyTypes:
                  - Ingress
                  ingress:
                  - from:
                    - podSelector:
                        matchLabels:
                          app: web
                    ports:
                    - protocol: TCP
                      port: 5432
                """, writer.writePolicy(policy));
    }

    @Test
    void aDeclaredDirectionWithoutRulesIsLeftOutAsTheKubernetesDocsWriteIt() {
        NetworkPolicy denyAll = new NetworkPolicy("shop", "deny-all", LabelSelector.EVERYTHING,
                List.of(Direction.INGRESS, Direction.EGRESS), List.of(), List.of());

        assertEquals("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: deny-all
                  namespace: shop
                spec:
                  podSelector: {}
                  policyTypes:
                  - Ingress
                  - Egress
                """, writer.writePolicy(denyAll));
    }

    static Stream<Arguments> policies() {
        return Stream.of(
                policy("no policyTypes, no rules", LabelSelector.EVERYTHING, List.of(), List.of(), List.of()),
                policy("allow all ingress", WEB, List.of(), List.of(PolicyRule.ALLOW_ALL), List.of()),
                policy("egress only, undeclared", WEB, List.of(), List.of(),
                        List.of(PolicyRule.of(List.of(), List.of(PolicyPort.of(Protocol.UDP, 53))))),
                policy("namespace and pod selectors ANDed", WEB, List.of(Direction.INGRESS),
                        List.of(PolicyRule.of(List.of(
                                PolicyPeer.Selector.podsInNamespaces(LabelSelector.matchLabels("role", "client"),
                                        LabelSelector.matchLabels(Namespace.NAME_LABEL, "frontend")),
                                PolicyPeer.Selector.namespaces(LabelSelector.EVERYTHING),
                                PolicyPeer.Selector.pods(LabelSelector.EVERYTHING)), List.of())), List.of()),
                policy("ipBlocks, IPv4 and IPv6, with except", LabelSelector.EVERYTHING, List.of(Direction.EGRESS),
                        List.of(), List.of(PolicyRule.of(List.of(
                                PolicyPeer.IpBlock.of("0.0.0.0/0", "10.0.0.0/8", "169.254.169.254/32"),
                                PolicyPeer.IpBlock.of("2001:db8::/32", "2001:db8:1::/48"),
                                PolicyPeer.IpBlock.of("::/0")), List.of()))),
                policy("a non-canonical cidr keeps its host bits", LabelSelector.EVERYTHING, List.of(),
                        List.of(PolicyRule.of(List.of(new PolicyPeer.IpBlock(Cidr.of("10.0.0.1/16"), List.of())),
                                List.of())), List.of()),
                policy("every kind of port", WEB, List.of(Direction.INGRESS, Direction.EGRESS),
                        List.of(PolicyRule.of(List.of(), List.of(
                                PolicyPort.tcp(80),
                                PolicyPort.of(Protocol.SCTP, 132),
                                PolicyPort.range(Protocol.UDP, 30000, 32767),
                                PolicyPort.named(Protocol.TCP, "http"),
                                PolicyPort.allOf(Protocol.UDP)))),
                        List.of(PolicyRule.ALLOW_ALL)),
                policy("every selector operator", new LabelSelector(Labels.of("app", "web"), List.of(
                                new SelectorRequirement("tier", Operator.IN, List.of("front", "edge")),
                                new SelectorRequirement("env", Operator.NOT_IN, List.of("dev")),
                                new SelectorRequirement("example.com/canary", Operator.EXISTS, List.of()),
                                new SelectorRequirement("legacy", Operator.DOES_NOT_EXIST, List.of()))),
                        List.of(Direction.INGRESS), List.of(), List.of()),
                policy("label values YAML would read as other types", new LabelSelector(Labels.of(
                                "on", "true", "version", "1.0", "port", "80", "flag", "yes", "empty", "", "nothing", "null",
                                "hex", "0x1F", "date", "2024-01-01", "octal", "0755", "exp", "1e3", "v", "on", "short", "y"),
                                List.of(new SelectorRequirement("n", Operator.IN, List.of("off", "Off", "NO", "1_000")))),
                        List.of(Direction.INGRESS), List.of(), List.of()));
    }

    private static Arguments policy(String name, LabelSelector podSelector, List<Direction> types,
                                    List<PolicyRule> ingress, List<PolicyRule> egress) {
        return Arguments.of(name, new NetworkPolicy("team-a", "p", podSelector, types, ingress, egress));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void aWrittenPolicyLoadsBackEqual(String name, NetworkPolicy policy) {
        String yaml = writer.writePolicy(policy);
        LoadResult result = loader.load("written.yaml", yaml);

        assertEquals(List.of(), Fixtures.shown(result.errors()), yaml);
        assertEquals(List.of(policy), result.cluster().policies(), yaml);
    }

    @Test
    void stringsThatWouldReadAsOtherTypesAreQuoted() {
        NetworkPolicy policy = new NetworkPolicy("default", "p",
                LabelSelector.matchLabels("canary", "true", "port", "80", "on", "on", "n", "y"), List.of(), List.of(),
                List.of());
        String yaml = writer.writePolicy(policy);

        assertTrue(yaml.contains("      canary: \"true\"\n"), yaml);
        assertTrue(yaml.contains("      \"on\": \"on\"\n"), yaml);
        assertTrue(yaml.contains("      port: \"80\"\n"), yaml);
        assertTrue(yaml.contains("      \"n\": \"y\"\n"), yaml);
    }

    @Test
    void aScenarioLoadsBackEqualWithItsAnnotationsImagesAndExternals() {
        LoadResult original = Fixtures.load("shop-scenario.yaml");
        String yaml = scenario(original, ExportMode.SCENARIO);
        LoadResult reloaded = loader.load("exported.yaml", yaml);

        assertEquals(List.of(), Fixtures.shown(reloaded), yaml);
        assertEquals(original.cluster(), reloaded.cluster(), yaml);
        Map<ObjectKey, LoadedObject> before = Fixtures.byKey(original);
        Map<ObjectKey, LoadedObject> after = Fixtures.byKey(reloaded);
        assertEquals(before.keySet(), after.keySet());
        for (ObjectKey key : before.keySet()) {
            assertEquals(before.get(key).annotations(), after.get(key).annotations(), key.toString());
            assertEquals(before.get(key).images().stream().limit(1).toList(), after.get(key).images(), key.toString());
        }
        assertTrue(yaml.contains("# netpoldojo.io/external: {name: alb, ip: 203.0.113.10, x: 40, y: 300}\n"), yaml);
    }

    @Test
    void kubectlGetOutputExportsAsAScenarioThatKeepsTheReportedPodIps() {
        LoadResult original = Fixtures.load("kubectl-get-list.yaml");
        String yaml = scenario(original, ExportMode.SCENARIO);
        LoadResult reloaded = loader.load("exported.yaml", yaml);

        assertEquals(List.of(), Fixtures.shown(reloaded), yaml);
        assertEquals(original.cluster(), reloaded.cluster(), yaml);
        assertFalse(yaml.contains("last-applied-configuration"), "kubectl records a fresh one on apply");
        assertFalse(yaml.contains("managedFields") || yaml.contains("status:") || yaml.contains("uid:"), yaml);
    }

    @Test
    void aClusterExportDropsEverythingOnlyNetPolDojoUnderstands() {
        LoadResult original = Fixtures.load("shop-scenario.yaml");
        String yaml = scenario(original, ExportMode.CLUSTER);
        LoadResult reloaded = loader.load("cluster.yaml", yaml);

        assertFalse(yaml.contains("netpoldojo.io/"), yaml);
        assertEquals(List.of(), Fixtures.shown(reloaded), yaml);
        assertEquals(original.cluster().namespaces(), reloaded.cluster().namespaces());
        assertEquals(original.cluster().policies(), reloaded.cluster().policies());
        assertEquals(withoutIps(original.cluster()), withoutIps(reloaded.cluster()));
        assertTrue(reloaded.cluster().endpoints().stream().noneMatch(e -> e instanceof External));
    }

    @Test
    void eachWorkloadKindIsAMinimalValidObjectOfThatKind() {
        IpAddress ip = IpAddress.of("10.244.1.10");
        List<ContainerPort> http = List.of(ContainerPort.named("http", 8080, Protocol.TCP));
        Cluster cluster = new Cluster(List.of(), List.of(
                new Pod("apps", "d", Labels.of("app", "d"), ip, http, "Deployment"),
                new Pod("apps", "s", Labels.of("app", "s"), ip.plus(1), List.of(), "StatefulSet"),
                new Pod("apps", "ds", Labels.of("app", "ds"), ip.plus(2), List.of(), "DaemonSet"),
                new Pod("apps", "rs", Labels.of("app", "rs"), ip.plus(3), List.of(), "ReplicaSet"),
                new Pod("apps", "j", Labels.of("app", "j"), ip.plus(4), List.of(), "Job"),
                new Pod("apps", "cj", Labels.of("app", "cj"), ip.plus(5), List.of(), "CronJob"),
                new Pod("apps", "p", Labels.of("app", "p"), ip.plus(6), http, "Pod")), List.of());
        String yaml = writer.writeScenario(cluster, key -> Map.of(),
                key -> key.name().equals("p") ? List.of("nginx:1.27", "busybox") : List.of(), ExportMode.CLUSTER);
        LoadResult reloaded = loader.load("kinds.yaml", yaml);

        assertEquals(List.of(), Fixtures.shown(reloaded), yaml);
        assertEquals(cluster, reloaded.cluster(), yaml);
        List<String> documents = List.of(yaml.split("---\n"));
        assertEquals(8, documents.size(), "a Namespace and seven endpoints");
        assertTrue(documents.get(1).contains("kind: Deployment\n") && documents.get(1).contains("  replicas: 1\n"));
        assertTrue(documents.get(2).contains("  serviceName: s\n"), "StatefulSet needs serviceName");
        assertFalse(documents.get(3).contains("replicas"), "a DaemonSet has no replicas");
        assertTrue(documents.get(5).contains("      restartPolicy: Never\n"), "a Job's pods must not restart Always");
        assertTrue(documents.get(6).contains("  schedule: \"0 0 * * *\"\n"), "a CronJob needs a schedule");
        assertTrue(documents.get(6).contains("          restartPolicy: Never\n"));
        assertTrue(documents.get(7).contains("    image: nginx:1.27\n"), "the first known image is used");
        assertTrue(documents.get(1).contains("image: " + ManifestWriter.DEFAULT_IMAGE + "\n"));
    }

    @Test
    void assignedIpsAreNotWrittenButAnnotatedOnesAre() {
        Cluster cluster = new Cluster(List.of(), List.of(
                Pod.of("default", "a", Labels.of("app", "a"), "10.244.1.10"),
                Pod.of("default", "b", Labels.of("app", "b"), "10.1.2.3")), List.of());
        String yaml = writer.writeScenario(cluster,
                key -> key.name().equals("b") ? Map.of("netpoldojo.io/ip", "10.1.2.3") : Map.of(),
                key -> List.of(), ExportMode.SCENARIO);

        assertFalse(yaml.contains("10.244.1.10"), yaml);
        assertTrue(yaml.contains("    netpoldojo.io/ip: \"10.1.2.3\"\n"), yaml);
        assertEquals(cluster, loader.load("ips.yaml", yaml).cluster());
    }

    private String scenario(LoadResult result, ExportMode mode) {
        Map<ObjectKey, LoadedObject> objects = Fixtures.byKey(result);
        return writer.writeScenario(result.cluster(),
                key -> objects.containsKey(key) ? objects.get(key).annotations() : Map.of(),
                key -> objects.containsKey(key) ? objects.get(key).images() : List.of(), mode);
    }

    /** Each pod as kind, id, labels and ports: all but the IP, which a real cluster assigns. */
    private static List<String> withoutIps(Cluster cluster) {
        return cluster.pods().stream()
                .map(p -> p.kind() + " " + p.id() + " " + p.labels() + " " + p.ports())
                .toList();
    }
}
