package io.netpoldojo.ui.learn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown subset lessons are written in (content/README.md): paragraphs,
 * {@code **bold**}, {@code *italic*}, {@code `code`}, "- " bullets, "1. " lists, fenced
 * {@code ```yaml} blocks and {@code [label](lesson:other-id)} links. Anything else is kept as
 * the literal text the author typed, so a slip shows on screen instead of vanishing.
 *
 * <p>The rules follow CommonMark where the subset overlaps it: a list item continues on lines
 * indented to its text; a bullet or a list starting at 1 may interrupt a paragraph, any other
 * number may not (so a wrapped line that starts "6379. Now" stays in its paragraph); an
 * unclosed fence runs to the end.
 */
public final class Markdown {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}```\\s*([A-Za-z0-9_+-]*)\\s*$");
    private static final Pattern FENCE_END = Pattern.compile("^ {0,3}```\\s*$");
    private static final Pattern BULLET = Pattern.compile("^( {0,3})- (.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^( {0,3})(\\d{1,9})\\. (.*)$");
    private static final Pattern LESSON_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String LINK_PREFIX = "(lesson:";
    private static final String ESCAPABLE = "\\`*_[](){}#+-.!>|~";

    private Markdown() {}

    /** The blocks of a lesson text, in order. */
    public static List<MarkdownBlock> parse(String markdown) {
        return new BlockParser(markdown).blocks();
    }

    /** The spans of one run of inline text (line breaks already joined). */
    public static List<Span> inline(String text) {
        InlineParser parser = new InlineParser(text);
        parser.run(0, text.length(), EnumSet.noneOf(Span.Style.class), Optional.empty());
        return List.copyOf(parser.out);
    }

    /** The words a reader sees, one line per paragraph, list item or code line: what search looks in. */
    public static String plainText(List<MarkdownBlock> blocks) {
        List<String> lines = new ArrayList<>();
        for (MarkdownBlock block : blocks) {
            if (block instanceof MarkdownBlock.Paragraph p) {
                lines.add(text(p.spans()));
            } else if (block instanceof MarkdownBlock.BulletList l) {
                l.items().forEach(item -> lines.add(text(item)));
            } else if (block instanceof MarkdownBlock.NumberedList l) {
                l.items().forEach(item -> lines.add(text(item)));
            } else if (block instanceof MarkdownBlock.CodeBlock c) {
                lines.add(c.code());
            }
        }
        return String.join("\n", lines);
    }

    static String text(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    // ---- blocks --------------------------------------------------------------------------------

    private static final class BlockParser {
        private final List<String> lines;
        private final List<MarkdownBlock> blocks = new ArrayList<>();
        private int i;

        BlockParser(String markdown) {
            lines = List.of(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        }

        List<MarkdownBlock> blocks() {
            while (i < lines.size()) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    i++;
                } else if (FENCE.matcher(line).matches()) {
                    fence();
                } else if (BULLET.matcher(line).matches()) {
                    list(false);
                } else if (NUMBERED.matcher(line).matches()) {
                    list(true);
                } else {
                    paragraph();
                }
            }
            return blocks;
        }

        private void fence() {
            String opening = lines.get(i);
            Matcher m = FENCE.matcher(opening);
            m.matches();
            int indent = indent(opening);
            List<String> code = new ArrayList<>();
            i++;
            while (i < lines.size() && !FENCE_END.matcher(lines.get(i)).matches()) {
                code.add(dedent(lines.get(i), indent));
                i++;
            }
            i++; // the closing fence, or past the end when there was none
            blocks.add(new MarkdownBlock.CodeBlock(m.group(1), String.join("\n", code)));
        }

        private void paragraph() {
            List<String> text = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).isBlank() && (text.isEmpty() || !interruptsParagraph(lines.get(i)))) {
                text.add(lines.get(i).trim());
                i++;
            }
            blocks.add(new MarkdownBlock.Paragraph(inline(String.join(" ", text))));
        }

        private static boolean interruptsParagraph(String line) {
            if (FENCE.matcher(line).matches() || BULLET.matcher(line).matches()) {
                return true;
            }
            Matcher numbered = NUMBERED.matcher(line);
            return numbered.matches() && numbered.group(2).equals("1");
        }

        private void list(boolean numbered) {
            Pattern own = numbered ? NUMBERED : BULLET;
            Pattern other = numbered ? BULLET : NUMBERED;
            List<List<Span>> items = new ArrayList<>();
            List<String> item = new ArrayList<>();
            int start = 1;
            int contentColumn = 0;
            while (i < lines.size()) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    // A blank line between two items keeps the list going; anything else ends it.
                    int next = nextNonBlank(i);
                    if (next < lines.size() && own.matcher(lines.get(next)).matches()
                            && indent(lines.get(next)) < contentColumn) {
                        i = next;
                        continue;
                    }
                    break;
                }
                Matcher marker = own.matcher(line);
                if (!item.isEmpty() && indent(line) >= contentColumn) {
                    item.add(line.trim());
                } else if (marker.matches()) {
                    if (!item.isEmpty()) {
                        items.add(inline(String.join(" ", item)));
                        item.clear();
                    } else if (numbered) {
                        start = Integer.parseInt(marker.group(2));
                    }
                    contentColumn = marker.start(numbered ? 3 : 2);
                    item.add(marker.group(numbered ? 3 : 2).trim());
                } else if (FENCE.matcher(line).matches() || other.matcher(line).matches()) {
                    break;
                } else {
                    item.add(line.trim()); // a lazy continuation line, as CommonMark has it
                }
                i++;
            }
            items.add(inline(String.join(" ", item)));
            blocks.add(numbered ? new MarkdownBlock.NumberedList(start, items) : new MarkdownBlock.BulletList(items));
        }

        private int nextNonBlank(int from) {
            int j = from;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            return j;
        }

        private static int indent(String line) {
            int n = 0;
            while (n < line.length() && line.charAt(n) == ' ') {
                n++;
            }
            return n;
        }

        private static String dedent(String line, int indent) {
            return line.substring(Math.min(indent, indent(line)));
        }
    }

    // ---- inline --------------------------------------------------------------------------------

    private static final class InlineParser {
        private final String s;
        final List<Span> out = new ArrayList<>();

        InlineParser(String s) {
            this.s = s;
        }

        void run(int from, int to, EnumSet<Span.Style> styles, Optional<String> link) {
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
}
