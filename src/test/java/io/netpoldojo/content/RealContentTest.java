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
