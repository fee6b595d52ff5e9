package io.netpoldojo.ui.text;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A run of text with one look: plain, or any mix of bold, italic and inline code, and
 * possibly part of a link to another lesson.
 *
 * @param text       the characters, never empty
 * @param styles     how it is set; empty for plain text
 * @param lessonLink the id of the lesson a {@code [label](lesson:id)} link leads to
 */
public record Span(String text, Set<Style> styles, Optional<String> lessonLink) {
    public enum Style { BOLD, ITALIC, CODE }

    public Span {
        Objects.requireNonNull(text, "text");
        styles = styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
        Objects.requireNonNull(lessonLink, "lessonLink");
    }

    public static Span plain(String text) {
        return new Span(text, Set.of(), Optional.empty());
    }

    public boolean has(Style style) {
        return styles.contains(style);
    }

    /** The same run without its link: the words and their look stay. */
    public Span unlinked() {
        return lessonLink.isEmpty() ? this : new Span(text, styles, Optional.empty());
    }
}
