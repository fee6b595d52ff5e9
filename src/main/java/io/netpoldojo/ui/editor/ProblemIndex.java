package io.netpoldojo.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Problems grouped by line, and where on a line each one's squiggle goes. Pure Java. */
final class ProblemIndex {
    /** Characters {@code start..end-1} (0-based) of a line. */
    record Range(int start, int end) {}

    private final List<EditorProblem> sorted;
    private final Map<Integer, List<EditorProblem>> byLine = new TreeMap<>();

    ProblemIndex(List<EditorProblem> problems) {
        sorted = problems.stream().sorted(EditorProblem.BY_POSITION).toList();
        for (EditorProblem p : sorted) {
            byLine.computeIfAbsent(p.line(), l -> new ArrayList<>()).add(p);
        }
    }

    List<EditorProblem> all() {
        return sorted;
    }

    boolean isEmpty() {
        return sorted.isEmpty();
    }

    /** Problems on a 1-based line, in column order. */
    List<EditorProblem> onLine(int line) {
        return byLine.getOrDefault(line, List.of());
    }

    /** ERROR if the line has any error, else WARNING if it has a warning. */
    Optional<EditorProblem.Severity> worstOnLine(int line) {
        return onLine(line).stream().map(EditorProblem::severity).min(Enum::compareTo);
    }

    /** The lines' messages one per line, for a tooltip. */
    String messagesOnLine(int line) {
        return String.join("\n", onLine(line).stream().map(EditorProblem::message).toList());
    }

    /**
     * The squiggle for a problem at a 1-based column: from that column to the end of the token
     * there (a whole quoted string, key or comment, else the run of non-blank characters). A
     * column past the end or on blanks points at the nearest token, since loaders often mark the
     * end of a line or the gap before a missing value. Empty if the line has no text.
     */
    static Optional<Range> underline(String line, List<HighlightSpan> spans, int column) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        int start;
        if (column - 1 >= line.length()) {
            start = startOfLastWord(line);
        } else {
            start = column - 1;
            while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
            if (start == line.length()) {
                start = startOfLastWord(line);
            }
        }
        for (HighlightSpan span : spans) {
            if (span.contains(start) && !span.styleClass().equals(YamlHighlighter.PUNCTUATION)
                    && !span.styleClass().equals(YamlHighlighter.DASH)) {
                return Optional.of(new Range(start, span.end()));
            }
        }
        int end = start;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return Optional.of(new Range(start, end));
    }

    private static int startOfLastWord(String line) {
        int i = line.length();
        while (Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && !Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
