package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Manifests that must load, and the model and objects they must give. */
class ValidManifestsTest {
    private final ManifestLoader loader = new ManifestLoader();

    private static final String NOT_MODELLED = "NetPol Dojo models Pods, workloads, Namespaces, NetworkPolicies and"
            + " ClusterNetworkPolicies";

    @Test
    void kubectlGetListOutputLoadsWithStatusAndManagedFieldsIgnored() {
        LoadResult result = Fixtures.load("kubectl-get-list.yaml");

        assertEquals(List.of("kubectl-get-list.yaml:191:3: notice: skipped Service/web: " + NOT_MODELLED),
                Fixtures.shown(result));
        assertFalse(result.hasErrors());
        Cluster expected = new Cluster(
                List.of(new Namespace("shop", Labels.of("team", "shop"))),
                List.of(
                        new Pod("shop", "web-7d4b9c8f6d-x2k9p", Labels.of("app", "web", "pod-template-hash", "7d4b9c8f6d"),
                                IpAddress.of("10.244.1.5"), List.of(
                                        ContainerPort.named("http", 8080, Protocol.TCP),
                                        ContainerPort.named("metrics", 9102, Protocol.TCP),
                                        ContainerPort.named("statsd", 9125, Protocol.UDP)), "Pod"),
                        new Pod("shop", "db-0", Labels.of("app", "db", "apps.kubernetes.io/pod-index", "0",
                                "controller-revision-hash", "db-6f9c8b7d5", "statefulset.kubernetes.io/pod-name", "db-0"),
                                IpAddress.of("10.244.2.7"), List.of(ContainerPort.named("postgres", 5432, Protocol.TCP)),
                                "Pod"),
                        Pod.of("kube-system", "kube-proxy-4xkqz", Labels.of("k8s-app", "kube-proxy"), "172.18.0.3"),
                        Pod.of("kube-system", "kindnet-9dzxn", Labels.of("app", "kindnet", "k8s-app", "kindnet",
                                "tier", "node"), "172.18.0.3")),
                List.of(new NetworkPolicy("shop", "db-from-web", LabelSelector.matchLabels("app", "db"),
                        List.of(Direction.INGRESS),
                        List.of(PolicyRule.of(List.of(PolicyPeer.Selector.pods(LabelSelector.matchLabels("app", "web"))),
                                List.of(PolicyPort.tcp(5432)))),
                        List.of())));
        assertEquals(expected, result.cluster());
        assertEquals(List.of("shop", "kube-system"), result.cluster().namespaces().stream().map(Namespace::name).toList());

        Map<ObjectKey, LoadedObject> objects = Fixtures.byKey(result);
        LoadedObject web = objects.get(new ObjectKey("Pod", "shop", "web-7d4b9c8f6d-x2k9p"));
        assertEquals(List.of("nginx:1.27", "prom/statsd-exporter:v0.26.0"), web.images());
        assertEquals("shop/web-7d4b9c8f6d-x2k9p", web.endpointId());
        assertEquals(new SourcePosition("kubectl-get-list.yaml", 36, 3), web.position());
        assertTrue(objects.get(ObjectKey.namespace("shop")).annotations()
                .containsKey("kubectl.kubernetes.io/last-applied-configuration"));
        assertEquals("networking.k8s.io/v1", objects.get(ObjectKey.policy("shop", "db-from-web")).apiVersion());
        assertFalse(objects.containsKey(new ObjectKey("Service", "shop", "web")), "skipped kinds are not objects");
    }

    @Test
    void handWrittenScenarioWithWorkloadsExternalsAndAssignedIps() {
        LoadResult result = Fixtures.load("shop-scenario.yaml");

        assertEquals(List.of(), Fixtures.shown(result));
        Cluster cluster = result.cluster();
        assertEquals(List.of(new Namespace("shop", Labels.of("team", "shop", "env", "prod"))), cluster.namespaces());
        assertEquals(List.of(
                new Pod("shop", "web", Labels.of("app", "web", "tier", "front"), IpAddress.of("10.244.1.10"),
                        List.of(ContainerPort.named("http", 8080, Protocol.TCP)), "Deployment"),
                new Pod("shop", "db", Labels.of("app", "db", "tier", "data"), IpAddress.of("10.244.1.11"),
                        List.of(ContainerPort.named("postgres", 5432, Protocol.TCP)), "StatefulSet"),
                // 10.244.1.11 is db's by annotation, so the next free address is .12
                new Pod("shop", "report", Labels.of("app", "report"), IpAddress.of("10.244.1.12"), List.of(), "CronJob"),
                External.of("alb", "203.0.113.10"),
                External.of("internet", "198.51.100.7")), cluster.endpoints());
        assertEquals(List.of("default-deny", "web-from-alb", "db-from-web", "egress-internet"),
                cluster.policies().stream().map(NetworkPolicy::name).toList());
        NetworkPolicy egress = cluster.policy("shop", "egress-internet").orElseThrow();
        assertEquals(List.of(
                PolicyRule.of(List.of(PolicyPeer.IpBlock.of("0.0.0.0/0", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")),
                        List.of()),
                PolicyRule.of(List.of(PolicyPeer.Selector.podsInNamespaces(
                                LabelSelector.matchLabels("k8s-app", "kube-dns"), LabelSelector.EVERYTHING)),
                        List.of(PolicyPort.of(Protocol.UDP, 53), PolicyPort.tcp(53)))), egress.egress());
        assertEquals(List.of(PolicyPort.named(Protocol.TCP, "http")),
                cluster.policy("shop", "web-from-alb").orElseThrow().ingress().get(0).ports());
        assertEquals(new LabelSelector(Labels.NONE, List.of(new SelectorRequirement("tier",
                        SelectorRequirement.Operator.IN, List.of("front")))),
                ((PolicyPeer.Selector) cluster.policy("shop", "db-from-web").orElseThrow().ingress().get(0).peers().get(0))
                        .podSelector().orElseThrow());

        Map<ObjectKey, LoadedObject> objects = Fixtures.byKey(result);
        LoadedObject alb = objects.get(ObjectKey.external("alb"));
        assertEquals(Map.of("x", "40", "y", "300"), alb.annotations());
        assertEquals(new SourcePosition("shop-scenario.yaml", 3, 27), alb.position());
        assertEquals("alb", alb.endpointId());
        assertEquals(Map.of("netpoldojo.io/x", "200"), objects.get(new ObjectKey("Deployment", "shop", "web")).annotations());
        assertEquals(List.of("busybox:1.36"), objects.get(new ObjectKey("CronJob", "shop", "report")).images());
        assertEquals("", objects.get(ObjectKey.namespace("shop")).endpointId());
    }

    @Test
    void everyWorkloadKindBecomesOneEndpointFromItsPodTemplate() {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  selector: {matchLabels: {app: d}}
                  template:
                    metadata: {labels: {app: d}}
                    spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: s}
                spec:
                  serviceName: s
                  selector: {matchExpressions: [{key: app, operator: Exists}]}
                  template: {metadata: {labels: {app: s}}}
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: ds, namespace: kube-system}
                spec:
                  selector: {matchLabels: {app: ds}}
                  template: {metadata: {labels: {app: ds}}}
                ---
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: rs}
                spec:
                  selector: {matchLabels: {app: rs}}
                  template: {metadata: {labels: {app: rs, extra: "yes"}}}
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: j}
                spec:
                  template:
                    metadata: {labels: {app: j}}
                    spec:
                      restartPolicy: Never
                      containers: [{name: c, ports: [{containerPort: 53, protocol: UDP, name: dns}]}]
                ---
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: cj}
                spec:
                  schedule: "*/5 * * * *"
                  jobTemplate:
                    spec:
                      template:
                        metadata: {labels: {app: cj}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: p, labels: {app: p}}
                spec: {containers: [{name: c, ports: [{containerPort: 132, protocol: SCTP}]}]}
                """;
        LoadResult result = loader.load("workloads.yaml", yaml);

        assertEquals(List.of(), Fixtures.shown(result));
        List<String> summary = result.cluster().pods().stream()
                .map(p -> p.kind() + " " + p.id() + " " + p.labels() + " " + p.ports() + " " + p.ip())
                .toList();
        assertEquals(List.of(
                "Deployment default/d app=d [ContainerPort[name=, number=80, protocol=TCP]] 10.244.1.10",
                "StatefulSet default/s app=s [] 10.244.1.11",
                "DaemonSet kube-system/ds app=ds [] 10.244.1.12",
                "ReplicaSet default/rs app=rs,extra=yes [] 10.244.1.13",
                "Job default/j app=j [ContainerPort[name=dns, number=53, protocol=UDP]] 10.244.1.14",
                "CronJob default/cj app=cj [] 10.244.1.15",
                "Pod default/p app=p [ContainerPort[name=, number=132, protocol=SCTP]] 10.244.1.16"), summary);
        assertEquals(List.of("default", "kube-system"),
                result.cluster().namespaces().stream().map(Namespace::name).toList());
        assertEquals(Labels.of(Namespace.NAME_LABEL, "kube-system"),
                result.cluster().namespace("kube-system").orElseThrow().labels());
    }

    @Test
    void podIpComesFromTheAnnotationThenStatusThenTheNextFreeAddress() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: a
                  annotations: {netpoldojo.io/ip: 10.244.1.10}
                status: {podIP: 10.9.9.9}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: b}
                status: {podIP: 10.244.1.11}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: c}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: d, annotations: {netpoldojo.io/ip: "fd00::5"}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: e}
                """;
        LoadResult result = loader.load("ips.yaml", yaml);

        assertEquals(List.of(), Fixtures.shown(result));
        assertEquals(List.of("a=10.244.1.10", "b=10.244.1.11", "c=10.244.1.12", "d=fd00::5", "e=10.244.1.13"),
                result.cluster().pods().stream().map(p -> p.name() + "=" + p.ip()).toList());
    }

    @Test
    void aWrittenIpThatRepeatsAnotherIsAWarning() {
        String yaml = """
                # netpoldojo.io/external: {name: lb, ip: 10.0.0.5}
                apiVersion: v1
                kind: Pod
                metadata:
                  name: a
                  annotations:
                    netpoldojo.io/ip: 10.0.0.5
                """;
        LoadResult result = loader.load("ips.yaml", yaml);

        assertEquals(List.of("ips.yaml:1:42: ip: warning: 10.0.0.5 is also the IP of default/a"), Fixtures.shown(result));
        assertFalse(result.hasErrors());
    }

    @Test
    void namespacesGetTheirNameLabelAndUndeclaredOnesAreAdded() {
        String yaml = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: prod
                  labels: {env: prod}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: deny, namespace: staging}
                spec: {podSelector: {}}
                """;
        Cluster cluster = loader.load("ns.yaml", yaml).cluster();

        assertEquals(List.of(
                new Namespace("prod", Labels.of("env", "prod")),
                Namespace.named("staging")), cluster.namespaces());
        assertEquals("prod", cluster.namespace("prod").orElseThrow().labels().get(Namespace.NAME_LABEL));
    }

    static Stream<Arguments> ruleShapes() {
        PolicyRule fromWeb = PolicyRule.of(List.of(PolicyPeer.Selector.pods(LabelSelector.matchLabels("app", "web"))),
                List.of());
        return Stream.of(
                Arguments.of("ingress: []", List.of()),
                Arguments.of("ingress: null", List.of()),
                Arguments.of("policyTypes: [Ingress]", List.of()),
                Arguments.of("ingress: [{}]", List.of(PolicyRule.ALLOW_ALL)),
                Arguments.of("ingress: [null]", List.of(PolicyRule.ALLOW_ALL)),
                Arguments.of("ingress: [{from: []}]", List.of(PolicyRule.ALLOW_ALL)),
                Arguments.of("ingress: [{from: null, ports: []}]", List.of(PolicyRule.ALLOW_ALL)),
                Arguments.of("ingress: [{ports: [{protocol: UDP}]}]",
                        List.of(PolicyRule.of(List.of(), List.of(PolicyPort.allOf(Protocol.UDP))))),
                Arguments.of("ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}, {}]",
                        List.of(fromWeb, PolicyRule.ALLOW_ALL)));
    }

    /** "ingress: []" and a missing ingress give no rules; "[{}]" one rule that allows all. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleShapes")
    void missingEmptyAndAllowAllRulesAreDistinct(String specLine, List<PolicyRule> expected) {
        String yaml = InvalidManifestsTest.policy("podSelector: {}\n" + specLine);
        LoadResult result = loader.load("shapes.yaml", yaml);

        assertEquals(List.of(), Fixtures.shown(result));
        assertEquals(expected, result.cluster().policies().get(0).ingress());
    }

    @Test
    void emptyPolicyTypesMeansUnsetAndSelectorsMayBeEmptyOrNull() {
        String yaml = InvalidManifestsTest.policy("""
                podSelector: {matchLabels: null, matchExpressions: []}
                policyTypes: []
                egress:
                - to:
                  - namespaceSelector: {}
                  - namespaceSelector: {matchLabels: {team: a}}
                    podSelector: null
                  - ipBlock: {cidr: "2001:db8::/32", except: null}
                  ports:
                  - {port: 0x50}
                  - {port: 8000, endPort: 8080, protocol: TCP}
                """);
        LoadResult result = loader.load("p.yaml", yaml);

        assertEquals(List.of(), Fixtures.shown(result));
        NetworkPolicy p = result.cluster().policies().get(0);
        assertEquals(new NetworkPolicy("default", "p", LabelSelector.EVERYTHING, List.of(), List.of(),
                List.of(PolicyRule.of(List.of(
                                PolicyPeer.Selector.namespaces(LabelSelector.EVERYTHING),
                                PolicyPeer.Selector.namespaces(LabelSelector.matchLabels("team", "a")),
                                PolicyPeer.IpBlock.of("2001:db8::/32")),
                        List.of(PolicyPort.tcp(80), PolicyPort.range(Protocol.TCP, 8000, 8080))))), p);
    }

    @Test
    void cidrWarningsDoNotMakeTheLoadInvalid() {
        String yaml = InvalidManifestsTest.policy("""
                podSelector: {}
                ingress:
                - from:
                  - ipBlock: {cidr: 10.0.0.1/16}
                  - ipBlock: {cidr: 010.0.0.0/8}
                """);
        LoadResult result = loader.load("w.yaml", yaml);

        assertEquals(List.of(
                "w.yaml:9:23: spec.ingress[0].from[0].ipBlock.cidr: warning: not in canonical form; did you mean "
                        + "10.0.0.0/16?",
                "w.yaml:10:23: spec.ingress[0].from[1].ipBlock.cidr: warning: IPv4 address with leading zeros is "
                        + "ambiguous (some tools read them as octal); write 10.0.0.0/8"), Fixtures.shown(result));
        assertFalse(result.hasErrors());
        assertEquals(2, result.warnings().size());
        assertEquals(1, result.cluster().policies().size());
    }

    @Test
    void theLaterOfTwoObjectsWithOneKeyWinsWithAWarning() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: web, labels: {v: "1"}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: web, labels: {v: "2"}}
                """;
        LoadResult result = loader.load("dup.yaml", yaml);

        assertEquals(List.of("dup.yaml:5:1: warning: Pod/default/web defined twice (first at dup.yaml:1); the later "
                + "one wins"), Fixtures.shown(result));
        assertEquals(List.of(Labels.of("v", "2")), result.cluster().pods().stream().map(Pod::labels).toList());
        assertEquals(1, result.objects().size());
    }

    @Test
    void multiDocumentStreamsAcrossSourcesWithEmptyDocumentsJsonAndMergeKeys() {
        LoadResult result = loader.load(List.of(
                new ManifestSource("a.yaml", "---\n---\n# only a comment\n---\napiVersion: v1\nkind: Namespace\n"
                        + "metadata: {name: a}\n...\n"),
                new ManifestSource("b.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": "
                        + "{\"name\": \"web\", \"namespace\": \"a\", \"labels\": {\"app\": \"web\"}}}"),
                new ManifestSource("c.yaml", """
                        base: &labels {app: api, tier: back}
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: api
                          namespace: a
                          labels:
                            <<: {app: api, tier: back}
                            tier: middle
                        """)));

        assertEquals(List.of("c.yaml:1:1: apiVersion: Required value", "c.yaml:1:1: kind: Required value"),
                Fixtures.shown(result));
        assertEquals(List.of("a/web app=web", "a/api app=api,tier=middle"),
                result.cluster().pods().stream().map(p -> p.id() + " " + p.labels()).toList());
    }

    @Test
    void loadFilesNamesAMissingFileAndLoadsTheOthers() {
        Path missing = Path.of("no-such-dir", "missing.yaml");
        LoadResult result = loader.loadFiles(List.of(missing, Fixtures.path("shop-scenario.yaml")));

        assertEquals(List.of(missing + ": cannot read: no such file"), Fixtures.shown(result));
        assertTrue(result.hasErrors());
        assertEquals(5, result.cluster().endpoints().size(), "the readable file still loads");
        assertEquals(Optional.of(Fixtures.path("shop-scenario.yaml").toString()),
                result.objects().stream().map(o -> o.position().file()).findFirst());
    }

    @Test
    void aSyntaxErrorEndsItsFileButNotTheLoad() {
        LoadResult result = loader.load(List.of(
                new ManifestSource("broken.yaml", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: before}
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: [broken}
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: after}
                        """),
                new ManifestSource("fine.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: other}\n"),
                new ManifestSource(null, null)));

        assertEquals(List.of("broken.yaml:7:25: YAML syntax error: expected ',' or ']', but got }"),
                Fixtures.shown(result));
        assertEquals(List.of("before", "other"), result.cluster().pods().stream().map(Pod::name).toList());
        assertEquals(List.of(), loader.load((List<ManifestSource>) null).diagnostics());
        assertEquals(List.of(), loader.loadFiles(null).diagnostics());
    }

    @Test
    void skippedKindsAreNoticesNotErrors() {
        String yaml = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {a: b}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop}
                """;
        LoadResult result = loader.load("other.yaml", yaml);

        assertEquals(List.of(
                "other.yaml:1:1: notice: skipped ConfigMap/settings: " + NOT_MODELLED,
                "other.yaml:6:1: notice: skipped Ingress/shop: " + NOT_MODELLED), Fixtures.shown(result));
        assertFalse(result.hasErrors());
        assertEquals(List.of(), result.warnings(), "notices are not warnings");
    }
}
