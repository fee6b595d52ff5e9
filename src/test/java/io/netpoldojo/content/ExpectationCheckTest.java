package io.netpoldojo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.ManifestLoader;
import io.netpoldojo.manifest.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The expectation language on the microservices scenario, one row per kind of statement and state. */
class ExpectationCheckTest {
    private static Scenario micro;
    private static final SourcePosition HERE = new SourcePosition("test", 1, 1);

    @BeforeAll
    static void load() {
        micro = new ContentLoader().load(RealContentTest.CONTENT).scenario("microservices").orElseThrow();
    }

    private static Port port(String p) {
        return Port.parse(p).orElseThrow();
    }

    static Stream<Arguments> rows() {
        Optional<String> all = Optional.empty();
        return Stream.of(
                Arguments.of(new Expectation.Reach(Optional.of("none"), "default/frontend", "default/mysql", port("3306"), true, HERE), ""),
                Arguments.of(new Expectation.Reach(all, "default/frontend", "default/mysql", port("3306"), false, HERE), ""),
                Arguments.of(new Expectation.Reach(Optional.of("backend"), "default/backend", "default/mysql", port("3306"), true, HERE),
                        "expected default/backend -> default/mysql on 3306/TCP to be allowed, but the engine says:"),
                Arguments.of(new Expectation.OnlyFrom(all, "default/mysql", port("3306"), List.of("default/backend"), HERE), ""),
                Arguments.of(new Expectation.OnlyFrom(Optional.of("none"), "default/mysql", port("3306"), List.of("default/backend"), HERE),
                        "expected only [default/backend] to reach default/mysql on 3306/TCP; the engine also lets in:"
                                + " default/frontend, default/redis, kube-system/coredns, alb"),
                Arguments.of(new Expectation.OnlyTo(all, "default/frontend", port("8080"), List.of("default/backend", "default/mysql"), HERE),
                        "expected default/frontend to reach only [default/backend, default/mysql] on 8080/TCP; the engine"
                                + " does not let it reach: default/mysql"),
                Arguments.of(new Expectation.Reach(Optional.of("no-such"), "default/frontend", "default/mysql", port("3306"), true, HERE),
                        "the scenario has no policy named \"no-such\""),
                Arguments.of(new Expectation.Reach(all, "default/frontend", "default/ghost", port("80"), true, HERE),
                        "no endpoint \"default/ghost\" in the scenario"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void checksWithTheEngine(Expectation e, String failureStart) {
        String failure = ExpectationCheck.check(micro, e).orElse("");
        assertEquals(failureStart, failure.substring(0, Math.min(failure.length(), failureStart.length())), failure);
        assertEquals(failureStart.isEmpty(), failure.isEmpty(), failure);
    }

    @ParameterizedTest
    @MethodSource("learnerAnswers")
    void judgesALearnersPoliciesAgainstAGoal(String policyYaml, List<String> failures) {
        List<NetworkPolicy> learner = new ManifestLoader().load("answer.yaml", policyYaml).cluster().policies();
        List<Expectation> goal = List.of(
                new Expectation.OnlyFrom(Optional.empty(), "default/mysql", port("3306"), List.of("default/backend"), HERE));
        assertEquals(failures, ExpectationCheck.checkGoal(micro, Optional.of("none"), learner, goal));
    }

    static Stream<Arguments> learnerAnswers() {
        String good = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: m}\nspec:\n"
                + "  podSelector: {matchLabels: {app: mysql}}\n  ingress:\n"
                + "  - from: [{podSelector: {matchLabels: {app: backend}}}]\n    ports: [{port: 3306}]\n";
        String openToAll = good.replace("  - from: [{podSelector: {matchLabels: {app: backend}}}]\n    ports", "  - ports");
        return Stream.of(
                Arguments.of(good, List.of()),
                Arguments.of(openToAll, List.of("goal[0]: expected only [default/backend] to reach default/mysql on 3306/TCP;"
                        + " the engine also lets in: default/frontend, default/redis, kube-system/coredns, alb")),
                Arguments.of("", List.of("goal[0]: expected only [default/backend] to reach default/mysql on 3306/TCP;"
                        + " the engine also lets in: default/frontend, default/redis, kube-system/coredns, alb")));
    }
}
