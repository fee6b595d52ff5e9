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
    private int pointer;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
        super(new StringReader(""));
        this.name = "'string'";
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
        this.codePoints = count == points.length ? points : Arrays.copyOf(points, count);
        this.firstForbidden = bad < 0 ? count : bad;
    }

    /** True when the code point at {@code pointer + k} exists; fails on a forbidden character there or before. */
    private boolean available(int k) {
        int at = pointer + k;
        if (at >= firstForbidden && firstForbidden < codePoints.length) {
            throw new ReaderException(name, firstForbidden, codePoints[firstForbidden], "special characters are not allowed");
        }
        return at < codePoints.length;
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
        return pointer < firstForbidden ? codePoints[pointer] : available(0) ? codePoints[pointer] : 0;
    }

    @Override
    public int peek(int index) {
        int at = pointer + index;
        return at < firstForbidden ? codePoints[at] : available(index) ? codePoints[at] : 0;
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        int end = available(length) ? length : codePoints.length - pointer;
        return new String(codePoints, pointer, Math.min(length, end));
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
