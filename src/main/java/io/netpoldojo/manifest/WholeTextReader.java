package io.netpoldojo.manifest;

import java.io.StringReader;
import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's {@link StreamReader} over text that is already in memory, decoded to code points
 * once. SnakeYAML's own reader reads 1 KiB at a time and copies its whole look-ahead window on
 * every read; a scalar that spans one long line keeps the window open, so an 8 MB line cost
 * 8,000 copies of up to 8 MB each (23-27 s). This one never copies. Lines, columns, the
 * treatment of a byte order mark and the "special characters are not allowed" error are
 * SnakeYAML 2.5's, which this class mirrors method for method.
 */
final class WholeTextReader extends StreamReader {
    private final String name;
    private final int[] codePoints;
    /** Index of the first code point YAML does not allow, or the length when there is none. */
    private final int firstForbidden;
    /** Where this reader's text ends: the whole text's length, or a cut (a part composed on its own). */
    private final int end;
    /** Below this index a code point needs no check: the end or the first forbidden one, whichever comes first. */
    private final int unchecked;
    private int pointer;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
        this(Decoded.of(text), 0, Integer.MAX_VALUE);
    }

    /**
     * The part of a decoded text from code point {@code start} (a line's start) to {@code end}
     * (exclusive; past the length means the length). Its marks are the whole text's own: index,
     * line and column count from the text's start, and the text before {@code start} is
     * counted as {@link #forward} would count it. The part ends at {@code end} as if the text
     * ended there.
     */
    WholeTextReader(Decoded text, int start, int end) {
        super(new StringReader(""));
        this.name = "'string'";
        this.codePoints = text.codePoints;
        this.firstForbidden = text.firstForbidden;
        this.end = Math.min(end, codePoints.length);
        this.unchecked = Math.min(firstForbidden, this.end);
        for (int i = 0; i < start; i++) {
            int c = codePoints[i];
            if (Constant.LINEBR.has(c) || (c == '\r' && i + 1 < codePoints.length && codePoints[i + 1] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
        this.pointer = start;
    }

    /** A text decoded to code points once, for readers over its parts. */
    static final class Decoded {
        private final int[] codePoints;
        private final int firstForbidden;

        private Decoded(int[] codePoints, int firstForbidden) {
            this.codePoints = codePoints;
            this.firstForbidden = firstForbidden;
        }

        int length() {
            return codePoints.length;
        }

        static Decoded of(String text) {
            // As String.codePoints() decodes (an unpaired surrogate stays one code point), in a plain
            // loop: the stream's spliterator runs interpreted in a short CLI run, a few ms per 100 KB.
            int length = text.length();
            int[] points = new int[length];
            int count = 0;
            int bad = -1;
            for (int i = 0; i < length; i++) {
                char ch = text.charAt(i);
                int c = ch;
                if (Character.isHighSurrogate(ch) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    c = Character.toCodePoint(ch, text.charAt(++i));
                }
                if (bad < 0 && !((c >= ' ' && c <= '~') || c == '\n' || isPrintable(c))) {
                    bad = count;
                }
                points[count++] = c;
            }
            return new Decoded(count == points.length ? points : Arrays.copyOf(points, count), bad < 0 ? count : bad);
        }
    }

    /** True when the code point at {@code pointer + k} exists; fails on a forbidden character there or before. */
    private boolean available(int k) {
        int at = pointer + k;
        if (at >= firstForbidden && firstForbidden < end) {
            throw new ReaderException(name, firstForbidden, codePoints[firstForbidden], "special characters are not allowed");
        }
        return at < end;
    }

    @Override
    public Mark getMark() {
        return new Mark(name, pointer, line, column, codePoints, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && available(0); i++) {
            int c = codePoints[pointer++];
            documentIndex++;
            if (Constant.LINEBR.has(c) || (c == '\r' && available(0) && codePoints[pointer] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        // Before the first forbidden character (the end, when there is none) nothing needs checking.
        return pointer < unchecked ? codePoints[pointer] : available(0) ? codePoints[pointer] : 0;
    }

    @Override
    public int peek(int index) {
        int at = pointer + index;
        return at < unchecked ? codePoints[at] : available(index) ? codePoints[at] : 0;
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        int count = available(length) ? length : end - pointer;
        return new String(codePoints, pointer, Math.min(length, count));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getIndex() {
        return pointer;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getLine() {
        return line;
    }
}
