package io.netpoldojo.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A few words to find in a sentence, as the content writes them: {@code "default deny"},
 * {@code "enforc* by"}, {@code "without * polic*"}.
 *
 * <ul>
 *   <li>A word matches itself and its plural: {@code pod} finds "pod" and "pods", {@code policy}
 *       finds "policies".</li>
 *   <li>{@code word*} matches every word that starts so: {@code isolat*} finds "isolated",
 *       "isolation". The start must be at least three letters long.</li>
 *   <li>A lone {@code *} stands for exactly one word; {@code ...} for up to three.</li>
 * </ul>
 *
 * Phrases go through the same {@link Words} as answers: case, punctuation and contractions do not
 * matter ({@code "isn't"} is {@code "is not"}).
 */
public final class Phrase {
    static final int GAP = 3;

    private sealed interface Part permits Exact, Prefix, AnyWord, Gap {}

    private record Exact(String word) implements Part {}

    private record Prefix(String start) implements Part {}

    private record AnyWord() implements Part {}

    private record Gap() implements Part {}

    private final String text;
    private final List<Part> parts;

    private Phrase(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /** The phrase, or a sentence saying what is wrong with it. */
    public static Parsed parse(String text) {
        List<Part> parts = new ArrayList<>();
        for (String raw : text.trim().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.equals("*")) {
                parts.add(new AnyWord());
            } else if (raw.equals("...")) {
                parts.add(new Gap());
            } else if (raw.endsWith("*")) {
                List<String> words = Words.texts(raw.substring(0, raw.length() - 1));
                if (words.isEmpty() || raw.substring(0, raw.length() - 1).contains("*")) {
                    return Parsed.error("\"" + raw + "\": a * goes at the end of a word, or stands alone for one word");
                }
                for (int i = 0; i < words.size() - 1; i++) {
                    parts.add(new Exact(words.get(i)));
                }
                String start = words.get(words.size() - 1);
                if (start.length() < 3) {
                    return Parsed.error("\"" + raw + "\": the start before * must be at least three letters, or it"
                            + " finds too many words");
                }
                parts.add(new Prefix(start));
            } else {
                if (raw.contains("*")) {
                    return Parsed.error("\"" + raw + "\": a * goes at the end of a word, or stands alone for one word");
                }
                Words.texts(raw).forEach(w -> parts.add(new Exact(w)));
            }
        }
        if (parts.isEmpty()) {
            return Parsed.error("an empty phrase finds nothing; write a word or remove the stray |");
        }
        if (!(parts.get(0) instanceof Exact || parts.get(0) instanceof Prefix)
                || !(parts.get(parts.size() - 1) instanceof Exact || parts.get(parts.size() - 1) instanceof Prefix)) {
            return Parsed.error("\"" + text.trim() + "\": a phrase starts and ends with a word, not * or ...");
        }
        return new Parsed(Optional.of(new Phrase(text.trim(), parts)), Optional.empty());
    }

    /** The phrase or why it cannot be one. */
    public record Parsed(Optional<Phrase> phrase, Optional<String> error) {
        static Parsed error(String message) {
            return new Parsed(Optional.empty(), Optional.of(message));
        }
    }

    /** The phrase as written. */
    public String text() {
        return text;
    }

    /** Every place the phrase occurs in {@code words}, as [first word, last word + 1], leftmost first. */
    List<int[]> find(List<String> words) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int end = matchFrom(words, i, 0);
            if (end > i) {
                out.add(new int[] {i, end});
            }
        }
        return out;
    }

    /** The end of the shortest match of parts[p..] starting at word i, or -1. */
    private int matchFrom(List<String> words, int i, int p) {
        if (p == parts.size()) {
            return i;
        }
        Part part = parts.get(p);
        if (part instanceof Gap) {
            for (int skip = 0; skip <= GAP && i + skip <= words.size(); skip++) {
                int end = matchFrom(words, i + skip, p + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= words.size() || !matches(part, words.get(i))) {
            return -1;
        }
        return matchFrom(words, i + 1, p + 1);
    }

    private static boolean matches(Part part, String word) {
        if (part instanceof AnyWord) {
            return true;
        }
        if (part instanceof Prefix prefix) {
            return word.startsWith(prefix.start());
        }
        String p = ((Exact) part).word();
        return word.equals(p) || word.equals(p + "s") || word.equals(p + "es")
                || p.endsWith("y") && p.length() > 2 && word.equals(p.substring(0, p.length() - 1) + "ies");
    }

    @Override
    public String toString() {
        return text;
    }
}
