package io.netpoldojo.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.ui.editor.LineEdits.BlockEdit;
import io.netpoldojo.ui.editor.LineEdits.Position;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineEditsTest {
    private final YamlHighlighter highlighter = new YamlHighlighter();

    static Stream<Arguments> enterCases() {
        return Stream.of(
                Arguments.of("spec:", 5, 2),
                Arguments.of("  podSelector:", 14, 4),
                Arguments.of("  name: web", 11, 2),
                Arguments.of("spec:   # the desired state", 27, 2),
                Arguments.of("    - port: 80", 14, 6),
                Arguments.of("    - from:", 11, 8),
                Arguments.of("  - 10.0.0.0/8", 14, 2),
                Arguments.of("  script: |", 11, 4),
                Arguments.of("  text: >-", 10, 4),
                Arguments.of("key: \"a:\"", 9, 0),
                Arguments.of("url: http://x:", 14, 0),
                Arguments.of("      ", 6, 6),
                Arguments.of("", 0, 0),
                // Caret inside the indentation: the new line gets only what is left of the caret.
                Arguments.of("    name: x", 2, 2),
                // Caret after "spec:" with text after it: the text moves down, indented under spec.
                Arguments.of("spec: {}", 5, 2));
    }

    @ParameterizedTest(name = "\"{0}\" at {1} -> {2} spaces")
    @MethodSource("enterCases")
    void enterKeepsOrDeepensIndentation(String line, int caret, int spaces) {
        assertEquals(" ".repeat(spaces), LineEdits.newlineIndent(line, caret, highlighter));
    }

    @Test
    void indentAddsTwoSpacesToSelectedNonBlankLinesAndKeepsTheSelection() {
        List<String> lines = List.of("a:", "b: 1", "", "c: 2", "d: 3");
        BlockEdit edit = LineEdits.indent(lines, new Position(1, 0), new Position(3, 2));
        assertEquals(new BlockEdit(1, 3, List.of("  b: 1", "", "  c: 2"), new Position(1, 0), new Position(3, 4)), edit);
    }

    @Test
    void aSelectionEndingAtColumnZeroLeavesThatLineAlone() {
        List<String> lines = List.of("a: 1", "b: 2", "c: 3");
        BlockEdit edit = LineEdits.indent(lines, new Position(0, 0), new Position(2, 0));
        assertEquals(0, edit.firstLine());
        assertEquals(1, edit.lastLine());
        assertEquals(List.of("  a: 1", "  b: 2"), edit.replacement());
    }

    @Test
    void outdentRemovesAtMostTwoSpaces() {
        List<String> lines = List.of("    a: 1", " b: 2", "c: 3");
        BlockEdit edit = LineEdits.outdent(lines, new Position(2, 1), new Position(0, 6));
        assertEquals(List.of("  a: 1", "b: 2", "c: 3"), edit.replacement());
        assertEquals(new Position(0, 4), edit.caret());
        assertEquals(new Position(2, 1), edit.anchor());
    }

    @Test
    void outdentOfASingleCaretKeepsItOnItsCharacter() {
        BlockEdit edit = LineEdits.outdent(List.of("    port: 80"), new Position(0, 8), new Position(0, 8));
        assertEquals(List.of("  port: 80"), edit.replacement());
        assertEquals(new Position(0, 6), edit.caret());
    }

    @Test
    void toggleCommentCommentsAtTheCommonIndentationAndSkipsBlankLines() {
        List<String> lines = List.of("spec:", "  ingress:", "", "    - from: []");
        BlockEdit edit = LineEdits.toggleComment(lines, new Position(1, 0), new Position(3, 5));
        assertEquals(List.of("  # ingress:", "", "  #   - from: []"), edit.replacement());
        assertEquals(new Position(3, 7), edit.caret());
    }

    @Test
    void toggleCommentUncommentsWhenEveryLineIsAComment() {
        List<String> lines = List.of("  # ingress:", "", "  #- from: []");
        BlockEdit edit = LineEdits.toggleComment(lines, new Position(0, 0), new Position(2, 13));
        assertEquals(List.of("  ingress:", "", "  - from: []"), edit.replacement());
        assertEquals(new Position(2, 12), edit.caret());
    }

    @Test
    void toggleCommentTwiceGivesBackTheLines() {
        List<String> lines = List.of("a: 1", "  b: 2");
        BlockEdit once = LineEdits.toggleComment(lines, new Position(0, 0), new Position(1, 3));
        BlockEdit twice = LineEdits.toggleComment(once.replacement(), once.anchor(), once.caret());
        assertEquals(lines, twice.replacement());
        assertEquals(new Position(1, 3), twice.caret());
    }

    @Test
    void toggleCommentOnAnEmptyLineStartsAComment() {
        assertEquals(List.of("# "), LineEdits.toggleComment(List.of(""), new Position(0, 0), new Position(0, 0)).replacement());
    }

    @Test
    void insertedTextLosesTabsAndCarriageReturns() {
        assertEquals("spec:\n  podSelector: {}\n    x", LineEdits.normalizeInserted("spec:\r\n\tpodSelector: {}\r\t\tx"));
    }

    @ParameterizedTest(name = "before the caret \"{0}\", pasting \"{1}\" -> replaces {2}")
    @org.junit.jupiter.params.provider.CsvSource(quoteCharacter = '`', value = {
            "`  `, `  podSelector: {}`, 2",      // Enter's indent: the block's own indentation wins
            "`    `, `  - Ingress`, 4",
            "`  `, `podSelector: {}`, 0",        // copied without indentation: it goes at the caret
            "``, `  a: 1`, 0",                    // at the start of a line: nothing to replace
            "`  port:`, ` 80`, 0"})               // after words: never
    void aPasteReplacesOnlyTheBlankIndentationBeforeTheCaret(String before, String pasted, int replaced) {
        assertEquals(replaced, LineEdits.pasteReplacesBefore(before, pasted));
    }
}
