package io.netpoldojo.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.Labels;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shortest selector for exactly one set of labels among a namespace's pods. */
class ClassSelectorsTest {
    record Case(String target, List<String> others, String expected) {
        @Override
        public String toString() {
            return target + " among " + others + " -> " + expected;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("app=web,tier=front", List.of("app=api,tier=back"), "app=web"),
                new Case("app=web,tier=front", List.of(), "app=web"),
                new Case("app=web,tier=a", List.of("app=web,tier=b", "app=api,tier=a"), "app=web,tier=a"),
                new Case("app=web,tier=a", List.of("app=web,tier=b"), "tier=a"),
                new Case("app=web", List.of("app=web,version=v2"), "app=web,!version"),
                new Case("app=web", List.of("app=web,version=v2", "app=web,canary=yes"), "app=web,!canary,!version"),
                new Case("", List.of("app=web"), "!app"),
                new Case("app=web", List.of("app=web"), "app=web"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void picksTheShortestExactSelector(Case c) {
        List<Labels> others = c.others().stream().map(ClassSelectorsTest::labels).toList();
        assertEquals(c.expected(), ClassSelectors.exact(labels(c.target()), others).toString());
    }

    private static Labels labels(String text) {
        Labels l = Labels.NONE;
        for (String kv : text.split(",")) {
            if (!kv.isBlank()) {
                String[] parts = kv.split("=");
                l = l.with(parts[0], parts[1]);
            }
        }
        return l;
    }
}
