package io.netpoldojo.ui.editor;

import java.util.Comparator;
import java.util.Objects;

/**
 * A diagnostic to show in the editor. {@code line} and {@code column} are 1-based, like the
 * loaders' file:line:col, so a host passes its positions through unchanged.
 */
public record EditorProblem(int line, int column, Severity severity, String message) {
    /** Sorted as a reader scans a file: top to bottom, left to right, errors before warnings on a tie. */
    public static final Comparator<EditorProblem> BY_POSITION = Comparator.comparingInt(EditorProblem::line)
            .thenComparingInt(EditorProblem::column)
            .thenComparing(EditorProblem::severity);

    public enum Severity {
        ERROR("error"),
        WARNING("warning");

        private final String styleClass;

        Severity(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The style class that marker, squiggle and list entry carry ({@code error} or {@code warning}). */
        public String styleClass() {
            return styleClass;
        }
    }

    public EditorProblem {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static EditorProblem error(int line, int column, String message) {
        return new EditorProblem(line, column, Severity.ERROR, message);
    }

    public static EditorProblem warning(int line, int column, String message) {
        return new EditorProblem(line, column, Severity.WARNING, message);
    }
}
