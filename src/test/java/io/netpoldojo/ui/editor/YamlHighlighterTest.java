package io.netpoldojo.ui.editor;

import static io.netpoldojo.ui.editor.YamlHighlighter.ALIAS;
import static io.netpoldojo.ui.editor.YamlHighlighter.ANCHOR;
import static io.netpoldojo.ui.editor.YamlHighlighter.BLOCK_INDICATOR;
import static io.netpoldojo.ui.editor.YamlHighlighter.BOOLEAN;
import static io.netpoldojo.ui.editor.YamlHighlighter.COMMENT;
import static io.netpoldojo.ui.editor.YamlHighlighter.DASH;
import static io.netpoldojo.ui.editor.YamlHighlighter.DOCUMENT;
import static io.netpoldojo.ui.editor.YamlHighlighter.KEY;
import static io.netpoldojo.ui.editor.YamlHighlighter.NULL;
import static io.netpoldojo.ui.editor.YamlHighlighter.NUMBER;
import static io.netpoldojo.ui.editor.YamlHighlighter.PUNCTUATION;
import static io.netpoldojo.ui.editor.YamlHighlighter.STRING;
import static io.netpoldojo.ui.editor.YamlHighlighter.TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlHighlighterTest {
    private final YamlHighlighter highlighter = new YamlHighlighter();

    /** A token as a reader sees it: its text and its colour. */
    record Token(String text, String styleClass) {
        @Override
        public String toString() {
            return "'" + text + "' " + styleClass;
        }
    }

    static Token t(String text, String styleClass) {
        return new Token(text, styleClass);
    }

    static List<Token> tokens(String line, List<HighlightSpan> spans) {
        return spans.stream().map(s -> t(line.substring(s.start(), s.end()), s.styleClass())).toList();
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("key: \"quoted: colon\"", List.of(t("key", KEY), t(":", PUNCTUATION), t("\"quoted: colon\"", STRING))),
                Arguments.of("- name: x", List.of(t("-", DASH), t("name", KEY), t(":", PUNCTUATION), t("x", STRING))),
                Arguments.of("# comment", List.of(t("# comment", COMMENT))),
                Arguments.of("    # indented comment", List.of(t("# indented comment", COMMENT))),
                Arguments.of("url: http://x:80/y", List.of(t("url", KEY), t(":", PUNCTUATION), t("http://x:80/y", STRING))),
                Arguments.of("kubernetes.io/metadata.name: prod",
                        List.of(t("kubernetes.io/metadata.name", KEY), t(":", PUNCTUATION), t("prod", STRING))),
                Arguments.of("port: 8080", List.of(t("port", KEY), t(":", PUNCTUATION), t("8080", NUMBER))),
                Arguments.of("port: \"8080\"", List.of(t("port", KEY), t(":", PUNCTUATION), t("\"8080\"", STRING))),
                Arguments.of("enabled: true", List.of(t("enabled", KEY), t(":", PUNCTUATION), t("true", BOOLEAN))),
                // YAML 1.1, as SnakeYAML reads it: yes/on/off are booleans, 0755 is an octal number.
                Arguments.of("on: yes", List.of(t("on", KEY), t(":", PUNCTUATION), t("yes", BOOLEAN))),
                Arguments.of("mode: 0755", List.of(t("mode", KEY), t(":", PUNCTUATION), t("0755", NUMBER))),
                Arguments.of("ratio: -1.5e3", List.of(t("ratio", KEY), t(":", PUNCTUATION), t("-1.5e3", NUMBER))),
                Arguments.of("cidr: 10.0.0.0/8", List.of(t("cidr", KEY), t(":", PUNCTUATION), t("10.0.0.0/8", STRING))),
                Arguments.of("value: null", List.of(t("value", KEY), t(":", PUNCTUATION), t("null", NULL))),
                Arguments.of("value: ~", List.of(t("value", KEY), t(":", PUNCTUATION), t("~", NULL))),
                Arguments.of("key:", List.of(t("key", KEY), t(":", PUNCTUATION))),
                Arguments.of("  key:   value   # why", List.of(t("key", KEY), t(":", PUNCTUATION), t("value", STRING), t("# why", COMMENT))),
                Arguments.of("key: va#lue", List.of(t("key", KEY), t(":", PUNCTUATION), t("va#lue", STRING))),
                Arguments.of("key: 'it''s: ok'", List.of(t("key", KEY), t(":", PUNCTUATION), t("'it''s: ok'", STRING))),
                Arguments.of("msg: \"say \\\"hi\\\"\" # c", List.of(t("msg", KEY), t(":", PUNCTUATION), t("\"say \\\"hi\\\"\"", STRING), t("# c", COMMENT))),
                Arguments.of("\"quoted key\": 1", List.of(t("\"quoted key\"", KEY), t(":", PUNCTUATION), t("1", NUMBER))),
                Arguments.of("  - 10.0.0.0/8", List.of(t("-", DASH), t("10.0.0.0/8", STRING))),
                Arguments.of("- - a", List.of(t("-", DASH), t("-", DASH), t("a", STRING))),
                Arguments.of("-", List.of(t("-", DASH))),
                Arguments.of("- -1", List.of(t("-", DASH), t("-1", NUMBER))),
                Arguments.of("---", List.of(t("---", DOCUMENT))),
                Arguments.of("--- # second policy", List.of(t("---", DOCUMENT), t("# second policy", COMMENT))),
                Arguments.of("...", List.of(t("...", DOCUMENT))),
                Arguments.of("----", List.of(t("----", STRING))),
                Arguments.of("base: &web", List.of(t("base", KEY), t(":", PUNCTUATION), t("&web", ANCHOR))),
                Arguments.of("extra: *web", List.of(t("extra", KEY), t(":", PUNCTUATION), t("*web", ALIAS))),
                Arguments.of("<<: *defaults", List.of(t("<<", KEY), t(":", PUNCTUATION), t("*defaults", ALIAS))),
                Arguments.of("port: !!str 80", List.of(t("port", KEY), t(":", PUNCTUATION), t("!!str", TAG), t("80", NUMBER))),
                Arguments.of("script: |", List.of(t("script", KEY), t(":", PUNCTUATION), t("|", BLOCK_INDICATOR))),
                Arguments.of("text: >- # folded", List.of(t("text", KEY), t(":", PUNCTUATION), t(">-", BLOCK_INDICATOR), t("# folded", COMMENT))),
                Arguments.of("ports: [80, 443]", List.of(t("ports", KEY), t(":", PUNCTUATION), t("[", PUNCTUATION), t("80", NUMBER),
                        t(",", PUNCTUATION), t("443", NUMBER), t("]", PUNCTUATION))),
                Arguments.of("matchLabels: {app: web, tier: \"db\"}", List.of(t("matchLabels", KEY), t(":", PUNCTUATION), t("{", PUNCTUATION),
                        t("app", KEY), t(":", PUNCTUATION), t("web", STRING), t(",", PUNCTUATION),
                        t("tier", KEY), t(":", PUNCTUATION), t("\"db\"", STRING), t("}", PUNCTUATION))),
                Arguments.of("podSelector: {}", List.of(t("podSelector", KEY), t(":", PUNCTUATION), t("{", PUNCTUATION), t("}", PUNCTUATION))),
                Arguments.of("time: 12:30", List.of(t("time", KEY), t(":", PUNCTUATION), t("12:30", NUMBER))),
                Arguments.of("%YAML 1.2", List.of(t("%YAML 1.2", DOCUMENT))),
                Arguments.of("", List.of()),
                Arguments.of("   ", List.of()),
                // Half-typed text must never throw.
                Arguments.of("key: \"unclosed", List.of(t("key", KEY), t(":", PUNCTUATION), t("\"unclosed", STRING))),
                Arguments.of("ports: [80, ", List.of(t("ports", KEY), t(":", PUNCTUATION), t("[", PUNCTUATION), t("80", NUMBER), t(",", PUNCTUATION))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("lines")
    void coloursEachToken(String line, List<Token> expected) {
        assertEquals(expected, tokens(line, highlighter.highlightLine(line)));
    }

    private List<List<Token>> document(String... lines) {
        List<List<HighlightSpan>> spans = highlighter.highlight(List.of(lines));
        return java.util.stream.IntStream.range(0, lines.length).mapToObj(i -> tokens(lines[i], spans.get(i))).toList();
    }

    @Test
    void blockScalarLinesAreStringsWhateverTheyContain() {
        assertEquals(List.of(
                List.of(t("script", KEY), t(":", PUNCTUATION), t("|", BLOCK_INDICATOR)),
                List.of(t("echo: hi", STRING)),
                List.of(),
                List.of(t("# not a comment", STRING)),
                List.of(t("next", KEY), t(":", PUNCTUATION), t("1", NUMBER))),
                document("script: |", "  echo: hi", "", "  # not a comment", "next: 1"));
    }

    @Test
    void blockScalarEndsAtALineNoDeeperThanItsKey() {
        assertEquals(List.of(
                List.of(t("spec", KEY), t(":", PUNCTUATION)),
                List.of(t("description", KEY), t(":", PUNCTUATION), t(">", BLOCK_INDICATOR)),
                List.of(t("folded text", STRING)),
                List.of(t("podSelector", KEY), t(":", PUNCTUATION), t("{", PUNCTUATION), t("}", PUNCTUATION))),
                document("spec:", "  description: >", "    folded text", "  podSelector: {}"));
    }

    @Test
    void blockScalarInAListItemBelongsToTheItemsKey() {
        assertEquals(List.of(
                List.of(t("-", DASH), t("run", KEY), t(":", PUNCTUATION), t("|+", BLOCK_INDICATOR)),
                List.of(t("true", STRING)),
                List.of(t("-", DASH), t("run", KEY), t(":", PUNCTUATION), t("1", NUMBER))),
                document("- run: |+", "    true", "- run: 1"));
    }

    @Test
    void documentMarkerEndsABlockScalar() {
        assertEquals(List.of(
                List.of(t("a", KEY), t(":", PUNCTUATION), t("|", BLOCK_INDICATOR)),
                List.of(t("x", STRING)),
                List.of(t("---", DOCUMENT)),
                List.of(t("b", KEY), t(":", PUNCTUATION), t("2", NUMBER))),
                document("a: |", " x", "---", "b: 2"));
    }

    @Test
    void aPipeInsideAValueIsNotABlockScalar() {
        assertEquals(List.of(List.of(t("cmd", KEY), t(":", PUNCTUATION), t("a | b", STRING)), List.of(t("x", KEY), t(":", PUNCTUATION), t("1", NUMBER))),
                document("cmd: a | b", "  x: 1"));
    }
}
