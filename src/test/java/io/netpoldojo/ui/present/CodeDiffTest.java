package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the stage marks in a step's code: each line of the new text as the class sees it, "+" for a
 * line the old text lacked and [brackets] round the characters of an edited line that differ.
 */
class CodeDiffTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the same text: nothing marked",
                        List.of("a", "b"), List.of("a", "b"), List.of("  a", "  b")),
                Arguments.of("the one dash that turns one peer into two",
                        List.of("- from:", "  - namespaceSelector: {}", "    podSelector: {}"),
                        List.of("- from:", "  - namespaceSelector: {}", "  - podSelector: {}"),
                        List.of("  - from:", "    - namespaceSelector: {}", "+   [-] podSelector: {}")),
                Arguments.of("a line added, none removed: wholly new",
                        List.of("a", "c"), List.of("a", "b", "c"), List.of("  a", "+ b", "  c")),
                Arguments.of("a line removed: nothing to mark in the new text",
                        List.of("a", "b", "c"), List.of("a", "c"), List.of("  a", "  c")),
                Arguments.of("two lines edited in a row pair in order",
                        List.of("x", "port: 80", "name: a", "y"), List.of("x", "port: 8080", "name: b", "y"),
                        List.of("  x", "+ port: 80[80]", "+ name: [b]", "  y")),
                Arguments.of("more added than removed: the extra one is new",
                        List.of("k: 1"), List.of("k: 2", "j: 3"), List.of("+ k: [2]", "+ j: 3")),
                Arguments.of("from nothing: every line new",
                        List.of(), List.of("a", "b"), List.of("+ a", "+ b")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void marksWhatTheStepChanged(String name, List<String> before, List<String> now, List<String> shown) {
        assertEquals(shown, CodeDiff.of(before, now).stream().map(CodeDiffTest::render).toList());
    }

    private static String render(CodeDiff.Line l) {
        String text = l.span().isEmpty() ? l.text()
                : l.text().substring(0, l.from()) + "[" + l.text().substring(l.from(), l.to()) + "]" + l.text().substring(l.to());
        return (l.changed() ? "+ " : "  ") + text;
    }
}
