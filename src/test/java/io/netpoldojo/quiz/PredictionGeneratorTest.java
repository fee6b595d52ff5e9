package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated questions: reproducible, valid Kubernetes, answered by the engine, and not all "yes". */
class PredictionGeneratorTest {
    private static final int SEEDS = 300;
    private final PredictionGenerator generator = new PredictionGenerator();
    private final Grader grader = new Grader();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theSameSeedGivesTheSameQuestion(int difficulty) {
        Question a = generator.generate(42, difficulty);
        Question b = generator.generate(42, difficulty);
        assertEquals(a.card().question(), b.card().question());
        assertEquals(a.scenario().orElseThrow().yaml(), b.scenario().orElseThrow().yaml());
        assertFalse(a.scenario().orElseThrow().yaml().equals(generator.generate(43, difficulty)
                .scenario().orElseThrow().yaml()), "another seed, another cluster");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void everyQuestionIsAnsweredByTheEngineOnTheYamlTheLearnerSees(int difficulty) {
        int allowed = 0;
        Set<String> questions = new HashSet<>();
        for (long n = 0; n < SEEDS; n++) {
            long seed = n;
            Question q = generator.generate(seed, difficulty);
            assertTrue(q.generated());
            assertEquals(CardKind.PREDICT, q.card().kind());
            assertEquals(difficulty, q.card().difficulty());
            Card.Predict predict = (Card.Predict) q.card().body();
            // Load the YAML again, independently, and ask the engine directly.
            LoadResult loaded = new ManifestLoader().load("again.yaml", q.scenario().orElseThrow().yaml());
            assertTrue(loaded.errors().isEmpty(), () -> "seed " + seed + ": " + loaded.errors());
            Verdict v = new Engine(loaded.cluster()).evaluate(predict.ask().from(), predict.ask().to(),
                    predict.ask().port());
            assertTrue(v.egress().isolated() || v.ingress().isolated(),
                    "seed " + seed + ": the answer depends on a policy, never on an open network");
            assertTrue(grader.grade(q, new Answer.YesNo(v.allowed())).correct(), "seed " + seed);
            assertFalse(grader.grade(q, new Answer.YesNo(!v.allowed())).correct(), "seed " + seed);
            allowed += v.allowed() ? 1 : 0;
            questions.add(q.card().question() + q.scenario().get().yaml());
        }
        double share = allowed / (double) SEEDS;
        assertTrue(share > 0.3 && share < 0.7, "allowed in " + allowed + " of " + SEEDS + " questions");
        assertTrue(questions.size() > SEEDS * 0.9, "fresh questions: " + questions.size() + " distinct");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void difficultyAddsFeatures(int difficulty) {
        Set<Integer> namespaceCounts = new HashSet<>();
        boolean externals = false;
        boolean ipBlocks = false;
        boolean namespaceSelectors = false;
        boolean egress = false;
        for (long seed = 0; seed < 100; seed++) {
            LoadResult loaded = new ManifestLoader().load("g.yaml",
                    generator.generate(seed, difficulty).scenario().orElseThrow().yaml());
            namespaceCounts.add((int) loaded.cluster().namespaces().stream().map(Namespace::name).count());
            externals |= loaded.cluster().endpoints().stream().anyMatch(e -> e instanceof External);
            for (NetworkPolicy p : loaded.cluster().policies()) {
                egress |= !p.egress().isEmpty();
                for (var rule : p.ingress()) {
                    ipBlocks |= rule.peers().stream().anyMatch(peer -> peer instanceof PolicyPeer.IpBlock);
                    namespaceSelectors |= rule.peers().stream().anyMatch(peer -> peer instanceof PolicyPeer.Selector s
                            && s.namespaceSelector().isPresent());
                }
            }
        }
        if (difficulty == 1) {
            assertEquals(Set.of(1), namespaceCounts);
            assertFalse(externals || ipBlocks || namespaceSelectors || egress);
        } else {
            assertTrue(namespaceCounts.stream().allMatch(n -> n >= 2));
            assertTrue(namespaceSelectors && egress);
            assertEquals(difficulty == 3, externals);
            assertEquals(difficulty == 3, ipBlocks);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(value = io.netpoldojo.content.Trap.class, names = {"AND_VS_OR",
            "NAMESPACE_SCOPE", "NAMED_PORT", "PORT_PROTOCOL", "IPBLOCK_VS_PODS", "POLICYTYPES_DEFAULT",
            "ADDITIVE_PER_DIRECTION", "EMPTY_VS_MISSING"})
    void aQuestionAimedAtATrapHangsOnIt(io.netpoldojo.content.Trap trap) {
        for (long seed = 1; seed <= 3; seed++) {
            Question q = generator.generate(seed, 1, java.util.Optional.of(trap));
            io.netpoldojo.content.Card.Predict p = (io.netpoldojo.content.Card.Predict) q.card().body();
            assertEquals(java.util.Optional.of(trap), p.trap(), "a wrong answer counts against the trap");
            io.netpoldojo.content.Scenario s = q.scenario().orElseThrow();
            io.netpoldojo.engine.Verdict v = s.evaluate(java.util.Optional.empty(), p.ask());
            assertTrue(TrapFinder.tested(s.clusterAfter(java.util.Optional.empty()), p.ask(), v).contains(trap),
                    "seed " + seed + ": " + q.card().question());
        }
    }
}
