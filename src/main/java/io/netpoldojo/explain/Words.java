package io.netpoldojo.explain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text to lower-case words, the same way for an answer and for a pattern, so that what a pattern
 * says is what it finds. Contractions are spelt out ("isn't" is "is not", "can't" and "cannot"
 * are "can not", "dont" typed without its apostrophe is "do not"), so a pattern never has to
 * list them; punctuation and hyphens separate words ("kube-proxy" is "kube proxy").
 */
final class Words {
    /** A word with where it came from in the text: the characters {@code start} to {@code end}. */
    record Word(String text, int start, int end, Boundary before) {}

    /** What stands between a word and the one before it. */
    enum Boundary {
        /** A space, a hyphen or a slash: the same part of the sentence. */
        NONE,
        /** A comma, a colon, a bracket or a dash: a new part of the sentence. */
        WEAK,
        /** A semicolon: as good as a new sentence for what a "myth" or "not" reaches. */
        STRONG
    }

    /** Letters and digits, with a contraction's tail; "{}" and "[]" count as words ("podSelector: {}"). */
    private static final Pattern WORD = Pattern.compile("\\{\\s*}|\\[\\s*]|[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
    private static final Map<String, String[]> SPELT_OUT = Map.ofEntries(
            Map.entry("cannot", new String[] {"can", "not"}),
            Map.entry("dont", new String[] {"do", "not"}),
            Map.entry("doesnt", new String[] {"does", "not"}),
            Map.entry("didnt", new String[] {"did", "not"}),
            Map.entry("isnt", new String[] {"is", "not"}),
            Map.entry("arent", new String[] {"are", "not"}),
            Map.entry("wasnt", new String[] {"was", "not"}),
            Map.entry("werent", new String[] {"were", "not"}),
            Map.entry("cant", new String[] {"can", "not"}),
            Map.entry("wont", new String[] {"will", "not"}),
            Map.entry("shouldnt", new String[] {"should", "not"}),
            Map.entry("wouldnt", new String[] {"would", "not"}),
            Map.entry("couldnt", new String[] {"could", "not"}),
            Map.entry("hasnt", new String[] {"has", "not"}),
            Map.entry("havent", new String[] {"have", "not"}),
            Map.entry("hadnt", new String[] {"had", "not"}),
            Map.entry("mustnt", new String[] {"must", "not"}),
            Map.entry("neednt", new String[] {"need", "not"}));
    private static final Map<String, String> SHORT_FORMS = Map.of("re", "are", "ve", "have", "ll", "will", "m", "am",
            "d", "would");

    private Words() {}

    /** Curly quotes to straight ones and compatibility forms to plain letters, keeping every offset. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2019', '\u2018', '\u00b4', '`', '\u02bc' -> sb.append('\'');
                case '\u201c', '\u201d', '\u201e' -> sb.append('"');
                default -> {
                    String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                    sb.append(n.length() == 1 ? n.charAt(0) : c);
                }
            }
        }
        return sb.toString();
    }

    /** The words of {@code text} in order (offsets into {@code text}). */
    static List<Word> of(String text) {
        String cleaned = clean(text);
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(cleaned);
        int previousEnd = 0;
        while (m.find()) {
            Boundary before = boundary(cleaned, previousEnd, m.start());
            previousEnd = m.end();
            String raw = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
            for (String w : spellOut(raw)) {
                out.add(new Word(w, m.start(), m.end(), before));
                before = Boundary.NONE;
            }
        }
        return out;
    }

    /** The words alone, for patterns and tests. */
    static List<String> texts(String text) {
        return of(text).stream().map(Word::text).toList();
    }

    private static List<String> spellOut(String raw) {
        int apostrophe = raw.indexOf('\'');
        if (apostrophe < 0) {
            String[] parts = SPELT_OUT.get(raw);
            return parts == null ? List.of(raw) : List.of(parts);
        }
        String head = raw.substring(0, apostrophe);
        String tail = raw.substring(apostrophe + 1);
        if (tail.equals("t") && head.endsWith("n")) {
            String base = head.substring(0, head.length() - 1);
            base = switch (base) {
                case "ca" -> "can";
                case "wo" -> "will";
                case "sha" -> "shall";
                case "ai" -> "is";
                default -> base;
            };
            return base.isEmpty() ? List.of("not") : List.of(base, "not");
        }
        String expanded = SHORT_FORMS.get(tail);
        // "'s" is "is" or a possessive; either way it carries nothing a pattern needs.
        return expanded == null ? List.of(head) : List.of(head, expanded);
    }

    private static Boundary boundary(String text, int from, int to) {
        Boundary b = Boundary.NONE;
        String between = text.substring(from, to);
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == ';') {
                return Boundary.STRONG;
            }
            if (c == ',' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '\u2014' || c == '\u2013'
                    || c == '"') {
                b = Boundary.WEAK;
            }
        }
        // A dash with spaces around it ("allowed - not denied") parts a sentence; "kube-proxy" does not.
        if (between.matches(".*\\s-+\\s.*")) {
            b = Boundary.WEAK;
        }
        return b;
    }
}
