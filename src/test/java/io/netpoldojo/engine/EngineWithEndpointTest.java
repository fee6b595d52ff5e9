package io.netpoldojo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine#withEndpoint} (the lint's assumed DNS pod, added without compiling the policies
 * again) answers as an engine made anew over the cluster with that endpoint: every verdict to and
 * from it, the whole matrix, what each policy selects, who is isolated, the DNS sets and the lint.
 */
class EngineWithEndpointTest {

    @Test
    void anEngineWithOneMoreEndpointAnswersAsOneMadeAnew() {
        Random random = new Random(24);
        int selectedSomewhere = 0;
        int matchedByAPeer = 0;
        for (int run = 0; run < 160; run++) {
            Cluster cluster = SyntheticClusters.generate(24, 4, 14, run % 4 == 3 ? 6 : 0, run);
            Endpoint extra = extra(cluster, random, run);
            Engine base = new Engine(cluster);
            Engine added = base.withEndpoint(extra);
            List<Endpoint> more = new ArrayList<>(cluster.endpoints());
            more.add(extra);
            Engine anew = new Engine(cluster.withEndpoints(more));
            String what = "run " + run + ", added " + extra;

            assertEquals(anew.cluster(), added.cluster(), what);
            List<Port> ports = anew.relevantPorts();
            assertEquals(ports, added.relevantPorts(), what);
            assertEquals(List.of(), added.matrix(ports).compare(anew.matrix(ports)), what);
            for (Endpoint other : more) {
                for (Port port : ports) {
                    assertEquals(anew.evaluate(extra, other, port), added.evaluate(extra, other, port), what);
                    assertEquals(anew.evaluate(other, extra, port), added.evaluate(other, extra, port), what);
                }
                for (Direction d : Direction.values()) {
                    assertEquals(anew.isIsolated(other, d), added.isIsolated(other, d), what + " " + other);
                    assertEquals(anew.firstPolicyIsolating(other, d), added.firstPolicyIsolating(other, d), what);
                }
                assertEquals(anew.policiesSelecting(other), added.policiesSelecting(other), what);
            }
            for (NetworkPolicy p : cluster.policies()) {
                assertEquals(anew.selectedBy(p), added.selectedBy(p), what + " " + p.id());
            }
            for (Port port : ports) {
                assertEquals(anew.egressSourcesTo(extra, port), added.egressSourcesTo(extra, port), what);
                assertEquals(anew.ingressSourcesAt(extra, port), added.ingressSourcesAt(extra, port), what);
            }
            assertEquals(Lint.check(anew), Lint.check(added), what);

            selectedSomewhere += anew.policiesSelecting(extra).isEmpty() ? 0 : 1;
            matchedByAPeer += reachedByARule(anew, extra, ports) ? 1 : 0;
        }
        // The comparison means something only if the new endpoint is often selected and matched.
        assertTrue(selectedSomewhere > 40, "the added endpoint is selected by a policy in " + selectedSomewhere + " runs");
        assertTrue(matchedByAPeer > 40, "the added endpoint is reached differently in " + matchedByAPeer + " runs");
    }

    /** Whether a pod isolated for egress may still reach {@code extra}: some egress rule's peers hold it. */
    private static boolean reachedByARule(Engine engine, Endpoint extra, List<Port> ports) {
        for (Port port : ports) {
            BitSet sources = engine.egressSourcesTo(extra, port);
            for (int i = sources.nextSetBit(0); i >= 0; i = sources.nextSetBit(i + 1)) {
                if (engine.isIsolated(engine.endpoints().get(i), Direction.EGRESS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A twin of a pod (same namespace and labels), the lint's DNS pod, a pod in a new namespace, or an outside address. */
    private static Endpoint extra(Cluster cluster, Random random, int run) {
        List<Pod> pods = cluster.pods();
        Pod twin = pods.get(random.nextInt(pods.size()));
        // Half the pods sit inside one of the synthetic ipBlocks (10.244.N.0/24 except its /26),
        // half outside every block but 0.0.0.0/0.
        IpAddress ip = random.nextBoolean() ? IpAddress.of("10.244.200.1")
                : IpAddress.of("10.244." + (1 + random.nextInt(20)) + "." + (64 + random.nextInt(190)));
        return switch (run % 5) {
            case 0, 1 -> new Pod(twin.namespace(), "twin", twin.labels(), ip, twin.ports(), "Pod");
            case 2 -> new Pod(Lint.DNS_NAMESPACE, "coredns (assumed)", Lint.DNS_LABELS,
                    random.nextBoolean() ? ip : IpAddress.of("10.244.0.2"), List.of(), "Pod");
            case 3 -> new Pod("ns-new", "stranger", twin.labels(), ip, twin.ports(), "Pod");
            default -> External.of("outside", random.nextBoolean() ? "203.0.113.11" : "10.244.0.40");
        };
    }
}
