package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A declared direction without rules is written as kubernetes.io's default-deny examples write it
 * (policyTypes only, no {@code ingress: []}), and the cluster read back from that YAML gives the
 * same reachability as the old {@code ingress: []} form did: policyTypes carries the isolation.
 */
class DefaultDenyWritingTest {
    private static final LabelSelector DB = LabelSelector.matchLabels("app", "db");
    private static final LabelSelector WEB = LabelSelector.matchLabels("app", "web");
    private static final List<Direction> BOTH = List.of(Direction.INGRESS, Direction.EGRESS);
    private static final PolicyRule DNS = PolicyRule.of(List.of(PolicyPeer.Selector.namespaces(LabelSelector.EVERYTHING)),
            List.of(PolicyPort.of(Protocol.UDP, 53), PolicyPort.tcp(53)));

    private final ManifestWriter writer = new ManifestWriter();
    private final ManifestLoader loader = new ManifestLoader();

    static Stream<Arguments> cases() {
        return Stream.of(
                shape("deny all ingress", deny("default-deny-ingress", LabelSelector.EVERYTHING,
                        List.of(Direction.INGRESS))),
                shape("deny all egress", deny("default-deny-egress", LabelSelector.EVERYTHING,
                        List.of(Direction.EGRESS))),
                shape("deny all, both directions", deny("default-deny-all", LabelSelector.EVERYTHING, BOTH)),
                shape("isolate one pod both ways", deny("db-isolated", DB, BOTH)),
                shape("isolated both ways, egress allows only DNS",
                        new NetworkPolicy("shop", "web-dns-only", WEB, BOTH, List.of(), List.of(DNS))),
                shape("isolated both ways, ingress allows only from web",
                        new NetworkPolicy("shop", "db-from-web", DB, BOTH,
                                List.of(PolicyRule.of(List.of(PolicyPeer.Selector.pods(WEB)), List.of(PolicyPort.tcp(5432)))),
                                List.of())),
                shape("deny all beside the shop's allow rules",
                        deny("default-deny-all", LabelSelector.EVERYTHING, BOTH), allowFromWeb()),
                shape("no policyTypes and no rules (defaults to Ingress)",
                        deny("implicit-ingress", LabelSelector.EVERYTHING, List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theWrittenYamlHasNoEmptyListsAndGivesTheSameMatrix(String name, List<NetworkPolicy> policies) {
        Cluster base = Fixtures.load("shop-scenario.yaml").cluster().withPolicies(List.of());
        Cluster cluster = base.withPolicies(policies);
        String written = writer.writeScenario(cluster, key -> Map.of(), key -> List.of(), ExportMode.SCENARIO);
        LoadResult now = loader.load("written.yaml", written);
        LoadResult before = loader.load("before.yaml", withEmptyLists(written, policies));

        assertFalse(written.contains("ingress: []") || written.contains("egress: []"), written);
        assertEquals(List.of(), Fixtures.shown(now), written);
        assertEquals(List.of(), Fixtures.shown(before));
        assertEquals(policies, before.cluster().policies(), "the old form read the same policies");
        assertEquals(policies, now.cluster().policies(), written);

        List<Port> ports = List.of(Port.tcp(5432), Port.tcp(8080), new Port(53, Protocol.UDP), Port.tcp(443));
        ReachabilityMatrix expected = new Engine(before.cluster()).matrix(ports);
        ReachabilityMatrix actual = new Engine(now.cluster()).matrix(ports);
        assertEquals(List.of(), actual.compare(expected), written);
        assertNotEquals(List.of(), new Engine(base).matrix(ports).compare(actual),
                "the policies must close something, or this case proves nothing");
    }

    /** The writer's old form: each declared direction without rules also written as an empty list. */
    private static String withEmptyLists(String written, List<NetworkPolicy> policies) {
        List<String> documents = new ArrayList<>(List.of(written.split("---\n")));
        for (NetworkPolicy p : policies) {
            StringBuilder empty = new StringBuilder("spec:\n");
            p.declaredPolicyTypes().stream().filter(d -> p.rules(d).isEmpty())
                    .forEach(d -> empty.append("  ").append(d.fieldName()).append(": []\n"));
            documents.replaceAll(d -> d.contains("kind: NetworkPolicy\n") && d.contains("  name: " + p.name() + "\n")
                    ? d.replace("spec:\n", empty) : d);
        }
        return String.join("---\n", documents);
    }

    private static NetworkPolicy deny(String name, LabelSelector pods, List<Direction> types) {
        return new NetworkPolicy("shop", name, pods, types, List.of(), List.of());
    }

    private static NetworkPolicy allowFromWeb() {
        return new NetworkPolicy("shop", "db-from-web", DB, List.of(),
                List.of(PolicyRule.of(List.of(PolicyPeer.Selector.pods(WEB)), List.of(PolicyPort.tcp(5432)))), List.of());
    }

    private static Arguments shape(String name, NetworkPolicy... policies) {
        return Arguments.of(name, new ArrayList<>(List.of(policies)));
    }
}
