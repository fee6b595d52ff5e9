package io.netpoldojo.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.ui.editor.EditorProblem.Severity;
import io.netpoldojo.ui.editor.ProblemIndex.Range;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemIndexTest {
    private final YamlHighlighter highlighter = new YamlHighlighter();

    static Stream<Arguments> underlines() {
        return Stream.of(
                // line, 1-based column, underlined text ("" for none)
                Arguments.of("    cidr: 10.0.0.0/33", 11, "10.0.0.0/33"),
                Arguments.of("    cidr: 10.0.0.0/33", 14, "0.0.0/33"),
                Arguments.of("    cidr: 10.0.0.0/33", 5, "cidr"),
                Arguments.of("  name: \"two words\"", 9, "\"two words\""),
                Arguments.of("  enabled: true # off", 3, "enabled"),
                Arguments.of("  ports: [80, 443]", 15, "443"),
                Arguments.of("  port: 80", 9, "80"),
                Arguments.of("  port: 80", 7, ":"),
                Arguments.of("  podSelector:", 40, "podSelector"),
                Arguments.of("  ports: [80, 443]   ", 20, "443"),
                Arguments.of("    - from:", 1, "-"),
                Arguments.of("   ", 2, ""));
    }

    @ParameterizedTest(name = "{0} @{1}")
    @MethodSource("underlines")
    void squiggleRunsFromTheColumnToTheEndOfTheToken(String line, int column, String underlined) {
        Optional<Range> range = ProblemIndex.underline(line, highlighter.highlightLine(line), column);
        assertEquals(underlined, range.map(r -> line.substring(r.start(), r.end())).orElse(""));
    }

    @Test
    void groupsByLineInColumnOrderWithTheWorstSeverity() {
        ProblemIndex index = new ProblemIndex(List.of(
                EditorProblem.warning(3, 9, "second"),
                EditorProblem.error(7, 1, "elsewhere"),
                EditorProblem.error(3, 2, "first")));
        assertEquals(List.of("first", "second"), index.onLine(3).stream().map(EditorProblem::message).toList());
        assertEquals(Optional.of(Severity.ERROR), index.worstOnLine(3));
        assertEquals(Optional.empty(), index.worstOnLine(4));
        assertEquals("first\nsecond", index.messagesOnLine(3));
        assertEquals(List.of(3, 3, 7), index.all().stream().map(EditorProblem::line).toList());
    }

    @Test
    void aLineWithOnlyWarningsIsAWarningLine() {
        ProblemIndex index = new ProblemIndex(List.of(EditorProblem.warning(2, 1, "w")));
        assertEquals(Optional.of(Severity.WARNING), index.worstOnLine(2));
    }
}
