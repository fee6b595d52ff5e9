package io.netpoldojo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.manifest.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped content: it loads with no errors, and every scenario is a passing test of the engine. */
class RealContentTest {
    static final Path CONTENT = Path.of("content");
    private static Content content;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(CONTENT);
    }

    @Test
    void loadsWithoutErrorsOrWarnings() {
        List<String> problems = content.diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of(), problems, "problems in content/:\n" + String.join("\n", problems));
    }

    @Test
    void everythingTheAppNeedsIsThere() {
        assertTrue(content.lessons().size() >= 13, "lessons: " + content.lessons().size());
        // A lesson's number is its place in the list. Numbers may skip (14 is the cluster-wide policy
        // lesson's; the interview lesson moved from 13 to 20 to stay last), but never repeat.
        List<Integer> orders = content.lessons().stream().map(Lesson::order).toList();
        assertEquals(1, orders.get(0), "the first lesson is number 1");
        for (int i = 1; i < orders.size(); i++) {
            assertTrue(orders.get(i) > orders.get(i - 1), "lessons in increasing order: " + orders);
        }
        assertTrue(content.demos().size() >= 3, "demos: " + content.demos().size());
        // The Present list runs as a course: the basics first, the cluster-wide tiers last; each
        // demo has its own place.
        assertEquals("microservices", content.demos().get(0).id(), "the first demo in the list");
        assertEquals("admin-deny", content.demos().get(content.demos().size() - 1).id(), "the last demo in the list");
        assertEquals(content.demos().size(), content.demos().stream().map(Demo::order)
                .filter(o -> o != Demo.UNORDERED).distinct().count(), "every demo has an order of its own");
        assertEquals(java.util.EnumSet.allOf(CardKind.class),
                java.util.EnumSet.copyOf(Stream.concat(content.cards().stream(), content.explainCards().stream())
                        .map(Card::kind).toList()), "every card kind has an example");
        assertTrue(content.scenario("microservices").isPresent() && content.scenario("microservices-open").isPresent());
        assertEquals(13, content.recipes().size(), "nine NetworkPolicy recipes and four cluster-wide ones");
        // Every demo asks the class at least once: predict, then reveal.
        for (Demo d : content.demos()) {
            assertTrue(d.steps().stream().anyMatch(st -> st.question().isPresent()), d.id());
        }
    }

    @Test
    void theMicroservicesScenarioStepsThroughTheRecipeSetThenDns() {
        Scenario s = content.scenario("microservices").orElseThrow();
        assertEquals(List.of("default-deny-all", "frontend", "backend", "mysql", "redis", "allow-dns-egress"),
                s.policiesInOrder().stream().map(p -> p.name()).toList());
        Ask dns = new Ask("default/frontend", "kube-system/coredns", io.netpoldojo.engine.model.Port.parse("53/UDP").get());
        assertFalse(s.evaluate(Optional.of("redis"), dns).allowed());
        assertTrue(s.evaluate(Optional.empty(), dns).allowed());
    }

    static Stream<String> scenarioIds() {
        return new ContentLoader().load(CONTENT).scenarios().stream().map(Scenario::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioIds")
    void everyExpectationHolds(String id) {
        Scenario s = content.scenario(id).orElseThrow();
        assertFalse(s.manifests().hasErrors(), () -> s.manifests().errors().toString());
        List<String> failures = s.expect().stream()
                .flatMap(e -> ExpectationCheck.check(s, e).map(f -> e.position() + ": " + f).stream())
                .toList();
        assertEquals(List.of(), failures, String.join("\n", failures));
    }
}
