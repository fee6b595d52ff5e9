package io.netpoldojo.ui.editor;

/**
 * One coloured token on a line: {@code length} characters from {@code start} (0-based, within the
 * line) take {@code styleClass}. Characters no span covers are plain text.
 */
public record HighlightSpan(int start, int length, String styleClass) {
    public HighlightSpan {
        if (start < 0 || length <= 0) {
            throw new IllegalArgumentException("span must start at 0 or later and not be empty: " + start + "+" + length);
        }
    }

    public int end() {
        return start + length;
    }

    public boolean contains(int column) {
        return column >= start && column < end();
    }
}
