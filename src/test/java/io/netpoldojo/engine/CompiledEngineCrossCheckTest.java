package io.netpoldojo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled engine (bit sets, memoised selectors) against a naive, literal reading of the
 * rules in {@link NetworkPolicyRules}, on seeded random clusters that use every feature.
 */
class CompiledEngineCrossCheckTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matrixAndSingleVerdictsAgreeWithTheNaiveRules(long seed) {
        Cluster cluster = SyntheticClusters.generate(24, 4, 12, seed);
        Engine engine = new Engine(cluster);
        List<Port> ports = engine.relevantPorts();
        ReachabilityMatrix matrix = engine.matrix(ports);
        int allowed = 0;
        int denied = 0;
        for (Port port : ports) {
            int meaningfulAllowed = 0;
            for (Endpoint from : cluster.endpoints()) {
                for (Endpoint to : cluster.endpoints()) {
                    boolean expected = naiveAllowed(cluster, from, to, port);
                    String what = "seed " + seed + ": " + from.id() + " -> " + to.id() + " " + port;
                    assertEquals(expected, engine.evaluate(from, to, port).allowed(), what);
                    assertEquals(expected, matrix.allowed(from, to, port), what + " (matrix)");
                    if (expected && ReachabilityMatrix.isMeaningfulPair(from, to)) {
                        meaningfulAllowed++;
                    }
                    if (expected) {
                        allowed++;
                    } else {
                        denied++;
                    }
                }
            }
            assertEquals(meaningfulAllowed, matrix.allowedCount(port), "seed " + seed + ": the summary's count on " + port);
        }
        // A cross-check over a cluster where everything is open (or closed) would prove little.
        assertTrue(allowed > 0 && denied > 0, "seed " + seed + " is degenerate: " + allowed + "/" + denied);
    }

    /** The rules read literally: no compilation, no caching. */
    static boolean naiveAllowed(Cluster cluster, Endpoint from, Endpoint to, Port port) {
        if (from.id().equals(to.id())) {
            return true;
        }
        Function<String, Labels> nsLabels = name -> cluster.namespace(name).map(Namespace::labels).orElseThrow();
        return sideAllows(cluster, Direction.EGRESS, from, to, to, port, nsLabels)
                && sideAllows(cluster, Direction.INGRESS, to, from, to, port, nsLabels);
    }

    private static boolean sideAllows(Cluster cluster, Direction direction, Endpoint subject, Endpoint peer,
                                      Endpoint destination, Port port, Function<String, Labels> nsLabels) {
        boolean isolated = false;
        for (NetworkPolicy p : cluster.policies()) {
            if (!NetworkPolicyRules.isolates(p, subject, direction)) {
                continue;
            }
            isolated = true;
            for (PolicyRule rule : p.rules(direction)) {
                if (NetworkPolicyRules.peersMatch(rule, p.namespace(), peer, nsLabels)
                        && NetworkPolicyRules.portsMatch(rule, port, destination)) {
                    return true;
                }
            }
        }
        return !isolated;
    }
}
