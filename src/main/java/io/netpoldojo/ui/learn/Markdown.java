package io.netpoldojo.ui.learn;

import io.netpoldojo.ui.text.InlineParser;
import io.netpoldojo.ui.text.Span;
import java.util.ArrayList;
import java.util.List;
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

    private Markdown() {}

    /** The blocks of a lesson text, in order. */
    public static List<MarkdownBlock> parse(String markdown) {
        return new BlockParser(markdown).blocks();
    }

    /** The spans of one run of inline text (line breaks already joined). */
    public static List<Span> inline(String text) {
        return InlineParser.parse(text);
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
}
