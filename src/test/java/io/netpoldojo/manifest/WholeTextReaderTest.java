package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * WholeTextReader decodes the text itself; on any text it must read as SnakeYAML's own reader
 * does: the same code points at the same index, line and column, and the same error at the
 * same place for a character YAML does not allow (which SnakeYAML's reader reports as soon as it
 * has read ahead to it, ours when the scanner gets there), here on random texts with emoji,
 * control characters, tabs and line breaks. Text given as a string may also hold an unpaired
 * surrogate: it is read as String.codePoints() reads it, one code point YAML does not allow.
 */
class WholeTextReaderTest {
    /** What a file can hold (it is decoded from strict UTF-8, so no unpaired surrogate). */
    private static final String[] PIECES = {"a", "b", " ", "\n", "\r\n", "\t", "\u00e9", "\uD83D\uDE00", "\u0001",
        "\u0085", "\uFEFF", ": ", "- "};

    @Test
    void readsAsSnakeYamlsOwnReaderDoes() {
        Random random = new Random(24);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                // Mostly plain text, so that a forbidden character often comes late.
                sb.append(random.nextInt(6) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[random.nextInt(4)]);
            }
            String text = sb.toString();
            List<String> expected = trace(new StreamReader(new StringReader(text)));
            String last = expected.get(expected.size() - 1);
            if (last.startsWith("error at ")) {
                // SnakeYAML's reader fails as soon as it has read the character (it reads ahead in
                // blocks); ours when the scanner reaches it. Up to there both read alike.
                int at = Integer.parseInt(last.substring("error at ".length(), last.indexOf(':')));
                expected = trace(new StreamReader(new StringReader(text.substring(0, text.offsetByCodePoints(0, at)))));
                expected.set(expected.size() - 1, last);
            }
            assertEquals(expected, trace(new WholeTextReader(text)), text);
        }
    }

    @Test
    void givesTheSamePrefixesAsSnakeYamlsOwnReader() {
        // Texts without a forbidden character, with and without characters beyond U+FFFF.
        Random random = new Random(31);
        String[] pieces = {"a", "b", " ", "\n", "\r\n", "\t", "\u00e9", "\uD83D\uDE00", ": ", "- ", "\uFEFF"};
        for (int n = 0; n < 3_000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(25);
            for (int i = 0; i < count; i++) {
                sb.append(pieces[random.nextInt(n % 2 == 0 ? pieces.length : 7)]);
            }
            String text = sb.toString();
            StreamReader theirs = new StreamReader(new StringReader(text));
            WholeTextReader ours = new WholeTextReader(text);
            while (true) {
                for (int k = 0; k < 5; k++) {
                    assertEquals(theirs.prefix(k), ours.prefix(k), text);
                }
                if (theirs.peek() == 0) {
                    break;
                }
                int step = theirs.peek(1) == 0 ? 1 : 1 + random.nextInt(2); // as the scanner does: never past the end
                String taken = theirs.prefixForward(step);
                assertEquals(taken, ours.prefixForward(step), text);
                assertEquals(theirs.getIndex() + ":" + theirs.getColumn(), ours.getIndex() + ":" + ours.getColumn(), text);
            }
        }
    }

    @Test
    void anUnpairedSurrogateIsOneForbiddenCodePoint() {
        Random random = new Random(42);
        String[] pieces = {"a", "\n", "\uD83D\uDE00", "\uD800", "\uDC00", "\u00e9"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            int[] points = text.codePoints().toArray();
            List<Integer> expected = new ArrayList<>();
            int firstBad = -1;
            for (int i = 0; i < points.length && firstBad < 0; i++) {
                if (StreamReader.isPrintable(points[i])) {
                    expected.add(points[i]);
                } else {
                    firstBad = i;
                }
            }
            WholeTextReader reader = new WholeTextReader(text);
            List<Integer> read = new ArrayList<>();
            int failedAt = -1;
            try {
                while (reader.peek() != 0) {
                    read.add(reader.peek());
                    reader.forward();
                }
            } catch (ReaderException e) {
                failedAt = e.getPosition();
            }
            assertEquals(expected, read, text);
            assertEquals(firstBad, failedAt, text);
        }
    }

    /** Every step of reading the text to its end: the code point, index, line and column, or the error. */
    private static List<String> trace(StreamReader reader) {
        List<String> steps = new ArrayList<>();
        try {
            while (reader.peek() != 0) {
                steps.add(reader.peek() + "@" + reader.getIndex() + ":" + reader.getLine() + ":" + reader.getColumn());
                reader.forward();
            }
            steps.add("end@" + reader.getIndex() + ":" + reader.getLine() + ":" + reader.getColumn());
        } catch (ReaderException e) {
            steps.add("error at " + e.getPosition() + ": U+" + Integer.toHexString(e.getCodePoint()));
        }
        return steps;
    }
}
