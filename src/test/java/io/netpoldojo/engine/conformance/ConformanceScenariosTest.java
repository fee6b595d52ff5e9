package io.netpoldojo.engine.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.conformance.ConformanceWorld.Poke;
import io.netpoldojo.engine.conformance.ConformanceWorld.Scenario;
import io.netpoldojo.engine.conformance.ConformanceWorld.Step;
import io.netpoldojo.engine.conformance.ConformanceWorld.World;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the transcribed upstream conformance tests against the engine: every poke of every step,
 * by a single verdict and by the whole matrix, with the suite's expected answer.
 */
class ConformanceScenariosTest {

    static Stream<Scenario> scenarios() {
        return Stream.concat(ConformanceAdminScenarios.scenarios().stream(), ConformanceBaselineScenarios.scenarios().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyPokeAnswersAsTheConformanceSuiteExpects(Scenario scenario) {
        World world = scenario.start();
        int pokes = 0;
        for (Step step : scenario.steps()) {
            world = step.change().apply(world);
            Engine engine = new Engine(world.cluster());
            ReachabilityMatrix matrix = engine.matrix(step.pokes().stream().map(Poke::port).distinct().toList());
            for (Poke poke : step.pokes()) {
                Verdict v = engine.evaluate(poke.from(), poke.to(), poke.port());
                String what = scenario.name() + ", step \"" + step.name() + "\": " + poke;
                assertEquals(poke.open(), v.allowed(), () -> what + "\n" + v.reason());
                assertEquals(poke.open(), matrix.allowed(poke.from(), poke.to(), poke.port()), what + " (matrix)");
                pokes++;
            }
        }
        assertTrue(pokes > 0, scenario.name() + " has no pokes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyScenarioIsOneOfTheSuitesTests(Scenario scenario) {
        assertTrue(List.of("CNPAdminTier", "CNPBaselineTier").stream().anyMatch(scenario.name()::startsWith),
                scenario.name());
    }
}
