package io.netpoldojo.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Puts syntax colours and problem squiggles on the area's paragraphs. It re-tokenizes the whole
 * document (a few microseconds a line) but restyles only the paragraphs whose styles changed, so a
 * keystroke in a 300-line policy touches one or two paragraphs and no visible cell is rebuilt for
 * nothing.
 */
final class SyntaxStyler {
    static final String PROBLEM_PREFIX = "yaml-problem-";

    private final CodeArea area;
    private final YamlHighlighter highlighter;
    private ProblemIndex problems = new ProblemIndex(List.of());
    private int lastRestyledCount;

    SyntaxStyler(CodeArea area, YamlHighlighter highlighter) {
        this.area = area;
        this.highlighter = highlighter;
    }

    void setProblems(ProblemIndex problems) {
        this.problems = problems;
        restyle();
    }

    /** How many paragraphs the last {@link #restyle()} changed; lets a test check the work stays local. */
    int lastRestyledCount() {
        return lastRestyledCount;
    }

    void restyle() {
        int count = area.getParagraphs().size();
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(area.getParagraph(i).getText());
        }
        List<List<HighlightSpan>> highlights = highlighter.highlight(lines);
        int restyled = 0;
        for (int i = 0; i < count; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            StyleSpans<Collection<String>> wanted = styles(line, highlights.get(i), problems.onLine(i + 1));
            if (!runs(area.getStyleSpans(i)).equals(runs(wanted))) {
                area.setStyleSpans(i, 0, wanted);
                restyled++;
            }
        }
        lastRestyledCount = restyled;
    }

    private static StyleSpans<Collection<String>> styles(String line, List<HighlightSpan> spans, List<EditorProblem> lineProblems) {
        String[] syntax = new String[line.length()];
        for (HighlightSpan span : spans) {
            for (int c = span.start(); c < span.end(); c++) {
                syntax[c] = span.styleClass();
            }
        }
        EditorProblem.Severity[] squiggle = new EditorProblem.Severity[line.length()];
        for (EditorProblem problem : lineProblems) {
            ProblemIndex.underline(line, spans, problem.column()).ifPresent(range -> {
                for (int c = range.start(); c < range.end(); c++) {
                    // Errors win over warnings where squiggles overlap: the enum lists ERROR first.
                    if (squiggle[c] == null || problem.severity().compareTo(squiggle[c]) < 0) {
                        squiggle[c] = problem.severity();
                    }
                }
            });
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int runStart = 0;
        for (int c = 1; c <= line.length(); c++) {
            if (c == line.length() || !Objects.equals(syntax[c], syntax[runStart]) || squiggle[c] != squiggle[runStart]) {
                builder.add(classes(syntax[runStart], squiggle[runStart]), c - runStart);
                runStart = c;
            }
        }
        return builder.create();
    }

    private static Collection<String> classes(String syntax, EditorProblem.Severity squiggle) {
        List<String> classes = new ArrayList<>(2);
        if (syntax != null) {
            classes.add(syntax);
        }
        if (squiggle != null) {
            classes.add(PROBLEM_PREFIX + squiggle.styleClass());
        }
        return classes;
    }

    /** Spans as (length, style) runs with empty spans dropped and equal neighbours joined, to compare. */
    private static List<Object> runs(StyleSpans<Collection<String>> spans) {
        List<Object> runs = new ArrayList<>();
        Collection<String> style = null;
        int length = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (span.getLength() == 0) {
                continue;
            }
            if (style != null && List.copyOf(style).equals(List.copyOf(span.getStyle()))) {
                length += span.getLength();
                continue;
            }
            if (style != null) {
                runs.add(List.of(length, List.copyOf(style)));
            }
            style = span.getStyle();
            length = span.getLength();
        }
        if (style != null) {
            runs.add(List.of(length, List.copyOf(style)));
        }
        return runs;
    }
}
