package io.netpoldojo.ui.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inline Markdown: bold, italic, code and lesson links inside one run of text (a lesson
 * paragraph, a quiz question or choice), nested as written ({@code **`endPort`**} is bold code). Emphasis opens only before a
 * character that is not white space and closes only after one, as in CommonMark, so
 * "a * b" stays as typed; anything that does not close is kept literally.
 */
public final class InlineParser {
    private static final Pattern LESSON_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String LINK_PREFIX = "(lesson:";
    private static final String ESCAPABLE = "\\`*_[](){}#+-.!>|~";

    private final String s;
    private final List<Span> out = new ArrayList<>();

    private InlineParser(String s) {
        this.s = s;
    }

    /** The spans of one run of text; plain text comes back as one plain span (none when empty). */
    public static List<Span> parse(String text) {
        InlineParser parser = new InlineParser(text);
        parser.run(0, text.length(), EnumSet.noneOf(Span.Style.class), Optional.empty());
        return List.copyOf(parser.out);
    }

    private void run(int from, int to, EnumSet<Span.Style> styles, Optional<String> link) {
        StringBuilder plain = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                plain.append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`') {
                int close = s.indexOf('`', i + 1);
                if (close > i + 1 && close < to) {
                    emit(plain, styles, link);
                    plain.append(codeText(s.substring(i + 1, close)));
                    emit(plain, with(styles, Span.Style.CODE), link);
                    i = close + 1;
                    continue;
                }
            } else if (i + 1 < to && s.startsWith("**", i)) {
                int close = opens(i + 2, to) ? closingDouble(i + 2, to) : -1;
                if (close > 0) {
                    emit(plain, styles, link);
                    run(i + 2, close, with(styles, Span.Style.BOLD), link);
                    i = close + 2;
                } else {
                    plain.append("**");
                    i += 2;
                }
                continue;
            } else if (c == '*') {
                int close = opens(i + 1, to) ? closingSingle(i + 1, to) : -1;
                if (close > 0) {
                    emit(plain, styles, link);
                    run(i + 1, close, with(styles, Span.Style.ITALIC), link);
                    i = close + 1;
                    continue;
                }
            } else if (c == '[' && link.isEmpty()) {
                int labelEnd = linkLabelEnd(i, to);
                if (labelEnd > 0) {
                    int targetStart = labelEnd + 1 + LINK_PREFIX.length();
                    int end = s.indexOf(')', targetStart);
                    emit(plain, styles, link);
                    run(i + 1, labelEnd, styles, Optional.of(s.substring(targetStart, end)));
                    i = end + 1;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        emit(plain, styles, link);
    }

    /** When a {@code [label](lesson:id)} link starts at {@code open}, the index of its "]"; else -1. */
    private int linkLabelEnd(int open, int to) {
        int close = skipCode(open + 1, to, ']');
        if (close < 0 || close == open + 1 || !s.startsWith(LINK_PREFIX, close + 1)) {
            return -1;
        }
        int targetStart = close + 1 + LINK_PREFIX.length();
        int end = s.indexOf(')', targetStart);
        if (end < 0 || end >= to || !LESSON_ID.matcher(s.substring(targetStart, end)).matches()) {
            return -1;
        }
        return close;
    }

    /** Emphasis opens only before a character that is not white space ("a * b" is not italic). */
    private boolean opens(int at, int to) {
        return at < to && !Character.isWhitespace(s.charAt(at));
    }

    private boolean closes(int at, int from) {
        return at > from && !Character.isWhitespace(s.charAt(at - 1));
    }

    private int closingDouble(int from, int to) {
        for (int j = from; j < to - 1; j++) {
            j = skipCodeSpan(j, to);
            if (j < to - 1 && s.startsWith("**", j) && closes(j, from)) {
                return j;
            }
        }
        return -1;
    }

    private int closingSingle(int from, int to) {
        for (int j = from; j < to; j++) {
            j = skipCodeSpan(j, to);
            if (j >= to) {
                break;
            }
            if (j + 1 < to && s.startsWith("**", j)) {
                // Bold inside italic: step over it whole, so its stars do not close the italic.
                int inner = opens(j + 2, to) ? closingDouble(j + 2, to) : -1;
                j = inner > 0 ? inner + 1 : j + 1;
            } else if (s.charAt(j) == '*' && closes(j, from)) {
                return j;
            }
        }
        return -1;
    }

    /** When {@code j} starts a code span, the index of its closing backtick; else {@code j}. */
    private int skipCodeSpan(int j, int to) {
        if (j < to && s.charAt(j) == '`') {
            int close = s.indexOf('`', j + 1);
            if (close > j + 1 && close < to) {
                return close;
            }
        }
        return j;
    }

    private int skipCode(int from, int to, char wanted) {
        for (int j = from; j < to; j++) {
            j = skipCodeSpan(j, to);
            if (j < to && s.charAt(j) == wanted) {
                return j;
            }
        }
        return -1;
    }

    /** CommonMark: one space is stripped from each side when both are there, so {@code ` a `} shows "a". */
    private static String codeText(String raw) {
        if (raw.length() > 2 && raw.startsWith(" ") && raw.endsWith(" ") && !raw.isBlank()) {
            return raw.substring(1, raw.length() - 1);
        }
        return raw;
    }

    private static EnumSet<Span.Style> with(EnumSet<Span.Style> styles, Span.Style added) {
        EnumSet<Span.Style> copy = EnumSet.copyOf(styles);
        copy.add(added);
        return copy;
    }

    /** Adds the pending text as a span, joined to the previous one when they look the same. */
    private void emit(StringBuilder pending, Set<Span.Style> styles, Optional<String> link) {
        if (pending.length() == 0) {
            return;
        }
        String text = pending.toString();
        pending.setLength(0);
        if (!out.isEmpty()) {
            Span last = out.get(out.size() - 1);
            if (last.styles().equals(styles) && last.lessonLink().equals(link) && !styles.contains(Span.Style.CODE)) {
                out.set(out.size() - 1, new Span(last.text() + text, styles, link));
                return;
            }
        }
        out.add(new Span(text, styles, link));
    }
}
