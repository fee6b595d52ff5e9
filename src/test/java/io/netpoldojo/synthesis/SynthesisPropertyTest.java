package io.netpoldojo.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Synthesis on seeded random clusters: for every intent v1 can express, the generated policies give
 * exactly the intent, checked connection by connection with {@link Engine#evaluate} (not the matrix
 * the synthesizer's own proof uses), on the intent's ports, the pods' ports and a port nobody named;
 * their YAML loads back, as the apiserver would validate it, into the same policies. For arbitrary
 * intents, the connections the result gets wrong are exactly the ones it names, each with a reason.
 */
class SynthesisPropertyTest {
    private static final int RUNS = 600;
    private static final Port UNNAMED_PORT = Port.tcp(12345);

    @Test
    void expressibleIntentsAreMetExactly() {
        int rules = 0;
        int naive = 0;
        int connections = 0;
        for (long seed = 1; seed <= RUNS; seed++) {
            RandomIntents random = new RandomIntents(seed);
            Cluster cluster = random.cluster();
            Intent intent = random.expressible(cluster);
            Synthesizer.EgressMode mode = random.nextBoolean() ? Synthesizer.EgressMode.ALWAYS
                    : Synthesizer.EgressMode.WHEN_NEEDED;
            SynthesisResult result = Synthesizer.synthesize(cluster, intent, mode);
            String context = "seed " + seed + " (" + mode + "), intent:\n" + intent.toText();
            assertEquals(List.of(), result.inexpressible(), context);
            assertTrue(result.exact(), context + result.proof().summary());
            connections += checkEachConnection(cluster, intent, result, context);
            assertLoadsBack(result, intent, context);
            rules += result.policies().stream().mapToInt(p -> p.policy().ingress().size() + p.policy().egress().size())
                    .sum();
            naive += rulesOnePerArrow(cluster, intent, mode);
        }
        assertTrue(rules < naive / 2, "selectors should cover many arrows: " + rules + " rules against " + naive);
        System.err.printf("synthesis property: %d expressible intents, %d connections checked one by one,"
                + " %d rules written (%.1f per intent; one rule per arrow and side would be %d)%n", RUNS, connections,
                rules, rules / (double) RUNS, naive);
    }

    @Test
    void inexpressibleConnectionsAreNamedWithTheirReason() {
        int withInexpressible = 0;
        int named = 0;
        for (long seed = 1; seed <= RUNS; seed++) {
            RandomIntents random = new RandomIntents(seed);
            Cluster cluster = random.cluster();
            Intent intent = random.anyFlows(cluster);
            SynthesisResult result = Synthesizer.synthesize(cluster, intent, Synthesizer.EgressMode.ALWAYS);
            String context = "seed " + seed + ", intent:\n" + intent.toText();
            assertTrue(result.proof().holds(), context + result.proof().summary());
            Set<Flow> differing = result.proof().differences().stream()
                    .map(d -> new Flow(d.from().id(), d.to().id(), d.port()))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<Flow> reported = result.inexpressible().stream().map(SynthesisResult.Inexpressible::flow)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(reported, differing, context);
            for (ReachabilityMatrix.Difference d : result.proof().differences()) {
                assertTrue(d.expected() && !d.actual(), "only ever denies more than asked, never allows more: " + d);
            }
            for (SynthesisResult.Inexpressible x : result.inexpressible()) {
                assertTrue(intent.allowed().contains(x.flow()), context + x);
                assertTrue(x.reason().contains("same labels") || x.reason().contains("no labels")
                        || x.reason().contains("share the address"), context + x);
            }
            if (!reported.isEmpty()) {
                withInexpressible++;
                named += reported.size();
            }
            checkEachConnection(cluster, withoutInexpressible(intent, reported), result, context);
        }
        assertTrue(withInexpressible > RUNS / 10, "the generator should produce look-alikes treated differently: "
                + withInexpressible);
        System.err.printf("synthesis property: %d arbitrary intents, %d with inexpressible connections (%d named)%n",
                RUNS, withInexpressible, named);
    }

    /** Asks the engine about every meaningful connection on every port; returns how many. */
    private static int checkEachConnection(Cluster cluster, Intent intent, SynthesisResult result, String context) {
        Engine engine = new Engine(cluster.withPolicies(result.networkPolicies()));
        Set<Port> ports = new TreeSet<>(RandomIntents.PORTS);
        ports.addAll(engine.relevantPorts());
        ports.add(UNNAMED_PORT);
        int count = 0;
        for (Endpoint from : cluster.endpoints()) {
            for (Endpoint to : cluster.endpoints()) {
                if (!ReachabilityMatrix.isMeaningfulPair(from, to)) {
                    continue;
                }
                for (Port port : ports) {
                    boolean want = intent.allows(from.id(), to.id(), port);
                    assertEquals(want, engine.evaluate(from, to, port).allowed(),
                            context + from.id() + " -> " + to.id() + " on " + port);
                    count++;
                }
            }
        }
        return count;
    }

    /** The rules a writer of one rule per allowed arrow would need: one per isolated side. */
    private static int rulesOnePerArrow(Cluster cluster, Intent intent, Synthesizer.EgressMode mode) {
        boolean egress = mode == Synthesizer.EgressMode.ALWAYS
                || cluster.endpoints().stream().anyMatch(e -> e instanceof io.netpoldojo.engine.model.External);
        int count = 0;
        for (Flow f : intent.allowed()) {
            boolean fromPod = cluster.endpoint(f.fromId()).orElseThrow() instanceof io.netpoldojo.engine.model.Pod;
            boolean toPod = cluster.endpoint(f.toId()).orElseThrow() instanceof io.netpoldojo.engine.model.Pod;
            count += (toPod ? 1 : 0) + (fromPod && egress ? 1 : 0);
        }
        return count;
    }

    private static void assertLoadsBack(SynthesisResult result, Intent intent, String context) {
        String yaml = PolicyYaml.write(result, intent.allowed().size());
        LoadResult loaded = new ManifestLoader().load("generated.yaml", yaml);
        assertFalse(loaded.hasErrors(), context + loaded.diagnostics() + "\n" + yaml);
        assertEquals(result.networkPolicies(), loaded.cluster().policies(), context);
    }

    private static Intent withoutInexpressible(Intent intent, Set<Flow> reported) {
        List<Flow> kept = new ArrayList<>(intent.allowed());
        kept.removeAll(reported);
        return new Intent(Set.copyOf(kept));
    }
}
