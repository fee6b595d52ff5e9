package io.netpoldojo.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The editor's YAML-aware edits as pure functions of lines and selection, so they are tested
 * without a screen. YAML forbids tabs for indentation, so every indent here is two spaces.
 */
final class LineEdits {
    static final String INDENT = "  ";

    private LineEdits() {}

    /** A caret or selection end: 0-based line (paragraph) and column. */
    record Position(int line, int column) {
        static Position min(Position a, Position b) {
            return a.line < b.line || (a.line == b.line && a.column <= b.column) ? a : b;
        }

        static Position max(Position a, Position b) {
            return min(a, b) == a ? b : a;
        }
    }

    /** Lines {@code firstLine..lastLine} become {@code replacement}; then the selection is anchor..caret. */
    record BlockEdit(int firstLine, int lastLine, List<String> replacement, Position anchor, Position caret) {}

    /**
     * How many columns before the caret a paste replaces: a block copied with its indentation
     * (its first line starts with a space), pasted where the line so far is only spaces (as Enter
     * leaves it), keeps the indentation it was copied with instead of adding it to those spaces.
     */
    static int pasteReplacesBefore(String lineBeforeCaret, String pasted) {
        boolean onlySpaces = !lineBeforeCaret.isEmpty() && lineBeforeCaret.chars().allMatch(c -> c == ' ');
        return onlySpaces && pasted.startsWith(" ") ? lineBeforeCaret.length() : 0;
    }

    /** Text pasted or dropped in: tabs become two spaces and Windows/Mac line ends become '\n'. */
    static String normalizeInserted(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\t", INDENT);
    }

    /**
     * The indentation for the line that Enter starts: the current one, two more after a line that
     * opens a mapping ({@code spec:}) or a block scalar ({@code |}), and for a list item that is a
     * mapping ({@code - port: 80}) the column of its key, so the next key lines up with it.
     */
    static String newlineIndent(String line, int caretColumn, YamlHighlighter highlighter) {
        String before = line.substring(0, caretColumn);
        int indent = Math.min(YamlHighlighter.leadingSpaces(line), caretColumn);
        List<HighlightSpan> spans = highlighter.highlightLine(before);
        int firstNonDash = 0;
        while (firstNonDash < spans.size() && spans.get(firstNonDash).styleClass().equals(YamlHighlighter.DASH)) {
            firstNonDash++;
        }
        if (firstNonDash > 0 && firstNonDash < spans.size() && spans.get(firstNonDash).styleClass().equals(YamlHighlighter.KEY)) {
            indent = spans.get(firstNonDash).start();
        }
        HighlightSpan last = null;
        for (HighlightSpan span : spans) {
            if (!span.styleClass().equals(YamlHighlighter.COMMENT)) {
                last = span;
            }
        }
        if (last != null && (last.styleClass().equals(YamlHighlighter.BLOCK_INDICATOR)
                || (last.styleClass().equals(YamlHighlighter.PUNCTUATION) && before.charAt(last.start()) == ':'))) {
            indent += INDENT.length();
        }
        return " ".repeat(indent);
    }

    /** Adds two spaces before every selected line that is not blank. */
    static BlockEdit indent(List<String> lines, Position anchor, Position caret) {
        int first = firstLine(anchor, caret);
        int last = lastLine(anchor, caret);
        List<String> out = new ArrayList<>();
        int[] inserted = new int[last - first + 1];
        for (int i = first; i <= last; i++) {
            String line = lines.get(i);
            boolean blank = line.isBlank();
            out.add(blank ? line : INDENT + line);
            inserted[i - first] = blank ? 0 : INDENT.length();
        }
        return new BlockEdit(first, last, out, shiftForInsert(anchor, first, inserted, 0), shiftForInsert(caret, first, inserted, 0));
    }

    /** Removes up to two leading spaces from every selected line. */
    static BlockEdit outdent(List<String> lines, Position anchor, Position caret) {
        int first = firstLine(anchor, caret);
        int last = lastLine(anchor, caret);
        List<String> out = new ArrayList<>();
        int[] removed = new int[last - first + 1];
        for (int i = first; i <= last; i++) {
            String line = lines.get(i);
            int n = Math.min(INDENT.length(), YamlHighlighter.leadingSpaces(line));
            out.add(line.substring(n));
            removed[i - first] = n;
        }
        int[] at = new int[removed.length];
        return new BlockEdit(first, last, out, shiftForRemove(anchor, first, at, removed), shiftForRemove(caret, first, at, removed));
    }

    /**
     * Comments the selected lines with "# " at their common indentation, or, when every non-blank
     * one is already a comment, removes the "# " (or "#") after each line's indentation.
     */
    static BlockEdit toggleComment(List<String> lines, Position anchor, Position caret) {
        int first = firstLine(anchor, caret);
        int last = lastLine(anchor, caret);
        List<String> block = lines.subList(first, last + 1);
        boolean anyText = block.stream().anyMatch(l -> !l.isBlank());
        boolean allCommented = anyText && block.stream().filter(l -> !l.isBlank()).allMatch(l -> l.stripLeading().startsWith("#"));
        List<String> out = new ArrayList<>();
        int[] at = new int[block.size()];
        int[] changed = new int[block.size()];
        if (allCommented) {
            for (int i = 0; i < block.size(); i++) {
                String line = block.get(i);
                int hash = YamlHighlighter.leadingSpaces(line);
                int n = line.isBlank() ? 0 : line.startsWith("# ", hash) ? 2 : 1;
                out.add(line.substring(0, hash) + line.substring(hash + n));
                at[i] = hash;
                changed[i] = n;
            }
            return new BlockEdit(first, last, out, shiftForRemove(anchor, first, at, changed), shiftForRemove(caret, first, at, changed));
        }
        int column = block.stream().filter(l -> !anyText || !l.isBlank())
                .mapToInt(l -> l.isBlank() ? l.length() : YamlHighlighter.leadingSpaces(l)).min().orElse(0);
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            boolean skip = anyText && line.isBlank();
            out.add(skip ? line : line.substring(0, column) + "# " + line.substring(column));
            changed[i] = skip ? 0 : 2;
        }
        return new BlockEdit(first, last, out, shiftForInsert(anchor, first, changed, column), shiftForInsert(caret, first, changed, column));
    }

    private static int firstLine(Position anchor, Position caret) {
        return Position.min(anchor, caret).line();
    }

    /** A selection that ends at column 0 of a later line does not include that line, as in other editors. */
    private static int lastLine(Position anchor, Position caret) {
        Position start = Position.min(anchor, caret);
        Position end = Position.max(anchor, caret);
        return end.line() > start.line() && end.column() == 0 ? end.line() - 1 : end.line();
    }

    /** Moves a position right past text inserted at {@code column} on its line. */
    private static Position shiftForInsert(Position p, int first, int[] inserted, int column) {
        int i = p.line() - first;
        if (i < 0 || i >= inserted.length || inserted[i] == 0 || p.column() < column) {
            return p;
        }
        // Keep a whole-line selection whole: a line start stays a line start when indenting at 0.
        if (column == 0 && p.column() == 0) {
            return p;
        }
        return new Position(p.line(), p.column() + inserted[i]);
    }

    /** Moves a position left for {@code removed[i]} characters taken out at {@code at[i]}. */
    private static Position shiftForRemove(Position p, int first, int[] at, int[] removed) {
        int i = p.line() - first;
        if (i < 0 || i >= removed.length || p.column() <= at[i]) {
            return p;
        }
        return new Position(p.line(), Math.max(at[i], p.column() - removed[i]));
    }
}
