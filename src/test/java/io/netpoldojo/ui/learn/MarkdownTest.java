package io.netpoldojo.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.ui.text.Span;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lesson Markdown subset, case by case. Spans are written {@code [flags:text]} with flags
 * b (bold), i (italic), c (code) and {@code @id} for a lesson link; plain text as is. Blocks
 * are joined by " // ".
 */
class MarkdownTest {

    static Stream<Arguments> inline() {
        return Stream.of(
                Arguments.of("plain words", "plain words"),
                Arguments.of("a **bold** word", "a [b:bold] word"),
                Arguments.of("an *italic* word", "an [i:italic] word"),
                Arguments.of("run `kubectl get pods` now", "run [c:kubectl get pods] now"),
                Arguments.of("**`endPort`** (port ranges)", "[bc:endPort] (port ranges)"),
                Arguments.of("*pods labelled `app=backend` here*", "[i:pods labelled ][ic:app=backend][i: here]"),
                Arguments.of("*italic with **bold** inside*", "[i:italic with ][bi:bold][i: inside]"),
                Arguments.of("**bold *and italic* inside**", "[b:bold ][bi:and italic][b: inside]"),
                Arguments.of("see [the limits](lesson:limits).", "see [@limits:the limits]."),
                Arguments.of("[**bold** link](lesson:peers)", "[b@peers:bold][@peers: link]"),
                Arguments.of("`{}` means every pod", "[c:{}] means every pod"),
                Arguments.of("`code with **stars**` stays code", "[c:code with **stars**] stays code"),
                Arguments.of("` padded `", "[c:padded]"),
                // Not markup: kept as typed, so the slip is visible.
                Arguments.of("a * b * c", "a * b * c"),
                Arguments.of("**unclosed bold", "**unclosed bold"),
                Arguments.of("unclosed `code", "unclosed `code"),
                Arguments.of("\\*not italic\\*", "*not italic*"),
                Arguments.of("[web](https://example.com)", "[web](https://example.com)"),
                Arguments.of("[bad](lesson:Not Valid)", "[bad](lesson:Not Valid)"),
                Arguments.of("[](lesson:peers)", "[](lesson:peers)"),
                Arguments.of("a*b*c", "a[i:b]c"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void inline(String markdown, String expected) {
        assertEquals(expected, describe(Markdown.inline(markdown)));
    }

    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("One\ntwo\n\nThree", "P: One two // P: Three"),
                Arguments.of("a\r\nb", "P: a b"),
                Arguments.of("run `kubectl\ndescribe` now", "P: run [c:kubectl describe] now"),
                Arguments.of("- **A.** one\n  two\n- B", "UL: [b:A.] one two | B"),
                Arguments.of("Intro:\n- a\n- b", "P: Intro: // UL: a | b"),
                Arguments.of("- a\n\n- b", "UL: a | b"),
                Arguments.of("- a\n\nAfter", "UL: a // P: After"),
                Arguments.of("- a\nlazy line", "UL: a lazy line"),
                Arguments.of("1. First\n   more\n2. Second", "OL(1): First more | Second"),
                Arguments.of("3. c\n4. d", "OL(3): c | d"),
                Arguments.of("Intro\n1. a", "P: Intro // OL(1): a"),
                // Only a list starting at 1 interrupts a paragraph: a wrapped "6379. Now" is text.
                Arguments.of("backend on\n6379. Now it works", "P: backend on 6379. Now it works"),
                Arguments.of("- a\n1. b", "UL: a // OL(1): b"),
                Arguments.of("Text\n```yaml\nkind: X\n  a: 1\n```\nAfter", "P: Text // CODE(yaml): kind: X\n  a: 1 // P: After"),
                Arguments.of("```\nkey: v", "CODE(): key: v"),
                Arguments.of("  ```yaml\n  a: 1\n    b: 2\n  ```", "CODE(yaml): a: 1\n  b: 2"),
                Arguments.of("---", "P: ---"),
                Arguments.of("\n\n", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void blocks(String markdown, String expected) {
        assertEquals(expected, Markdown.parse(markdown).stream().map(MarkdownTest::describe)
                .collect(Collectors.joining(" // ")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("plainTexts")
    void plainTextIsWhatTheReaderSees(String markdown, String expected) {
        assertEquals(expected, Markdown.plainText(Markdown.parse(markdown)));
    }

    static Stream<Arguments> plainTexts() {
        return Stream.of(
                Arguments.of("A **bold** [link](lesson:peers).\n\n- one\n- `two`", "A bold link.\none\ntwo"),
                Arguments.of("```yaml\nkind: X\n```", "kind: X"));
    }

    static String describe(MarkdownBlock block) {
        if (block instanceof MarkdownBlock.Paragraph p) {
            return "P: " + describe(p.spans());
        }
        if (block instanceof MarkdownBlock.BulletList l) {
            return "UL: " + items(l.items());
        }
        if (block instanceof MarkdownBlock.NumberedList l) {
            return "OL(" + l.start() + "): " + items(l.items());
        }
        MarkdownBlock.CodeBlock c = (MarkdownBlock.CodeBlock) block;
        return "CODE(" + c.language() + "): " + c.code();
    }

    private static String items(List<List<Span>> items) {
        return items.stream().map(MarkdownTest::describe).collect(Collectors.joining(" | "));
    }

    static String describe(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            String flags = (s.has(Span.Style.BOLD) ? "b" : "") + (s.has(Span.Style.ITALIC) ? "i" : "")
                    + (s.has(Span.Style.CODE) ? "c" : "") + s.lessonLink().map(id -> "@" + id).orElse("");
            b.append(flags.isEmpty() ? s.text() : "[" + flags + ":" + s.text() + "]");
        }
        return b.toString();
    }
}
