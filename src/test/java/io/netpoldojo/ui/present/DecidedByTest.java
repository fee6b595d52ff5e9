package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stage's "decided by" line over the tiers demo, step by step: the Admin tier's Deny beats the
 * developer's allow, a Pass hands the decision on, the Baseline tier denies what no NetworkPolicy
 * decides and a NetworkPolicy overrides it.
 */
class DecidedByTest {
    private static Content content;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    static Stream<Arguments> adminDenySteps() {
        return Stream.of(
                // No ClusterNetworkPolicy yet: the NetworkPolicies' answer needs no tier.
                Arguments.of(2, "\u2713", ""),
                Arguments.of(3, "\u2715", "Decided by prod/db's ingress: the Admin tier (protect-prod, Deny)."),
                Arguments.of(4, "\u2713", "Decided by prod/backend's ingress: the Admin tier's Pass (pass-monitoring),"
                        + " then no tier: the default allows."),
                Arguments.of(5, "\u2715", "Decided by prod/db's ingress: the Admin tier's Pass (pass-monitoring),"
                        + " then the NetworkPolicy tier (db-allow-dev)."),
                Arguments.of(6, "\u2715", "Decided by prod/backend's ingress: the Admin tier's Pass (pass-monitoring),"
                        + " then the Baseline tier (baseline-deny, Deny)."),
                Arguments.of(7, "\u2713", "Decided by prod/backend's ingress: the Admin tier's Pass (pass-monitoring),"
                        + " then the NetworkPolicy tier (backend-allow-monitoring)."));
    }

    @ParameterizedTest(name = "step {0}")
    @MethodSource("adminDenySteps")
    void theTiersDemoSaysWhichTierDecided(int step, String mark, String expected) {
        Verdict v = verdictAt("admin-deny", step - 1);
        assertEquals(mark.equals("\u2713"), v.allowed(), "step " + step);
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), DecidedBy.line(v));
    }

    @Test
    void aDemoWithoutClusterPoliciesHasNoTierLine() {
        assertFalse(DecidedBy.line(verdictAt("and-vs-or", 1)).isPresent());
    }

    private static Verdict verdictAt(String demoId, int i) {
        Demo demo = content.demo(demoId).orElseThrow();
        Scenario scenario = content.scenario(demo.scenario()).orElseThrow();
        Demo.Question q = demo.steps().get(i).question().orElseThrow();
        return new Engine(demo.clusterAfterStep(scenario, i)).evaluate(q.ask().from(), q.ask().to(), q.ask().port());
    }
}
