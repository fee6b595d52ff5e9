package io.netpoldojo.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts an answer into sentences: at a full stop, question or exclamation mark followed by a space,
 * at a blank line, and at the line breaks of a list (one point a line); a line break inside a
 * paragraph is a space. "e.g.", "i.e.", "etc." and
 * "vs." do not end a sentence, nor does a dot inside a word ("kubernetes.io/metadata.name",
 * "10.0.0.0/8").
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "vs", "cf", "approx", "incl",
            "esp");

    private Sentences() {}

    static List<Sentence> of(String answer) {
        List<Sentence> out = new ArrayList<>();
        boolean otherLanguage = Language.otherLanguage(answer);
        int start = 0;
        int n = answer.length();
        for (int i = 0; i < n; i++) {
            char c = answer.charAt(i);
            boolean lineBreak = (c == '\n' || c == '\r') && endsLine(answer, start, i);
            boolean stop = (c == '.' || c == '?' || c == '!' || c == '\u3002' || c == '\uff1f' || c == '\uff01')
                    && (i + 1 == n || Character.isWhitespace(answer.charAt(i + 1)) || closesQuote(answer, i + 1))
                    && !(c == '.' && abbreviation(answer, start, i));
            if (lineBreak || stop) {
                int end = lineBreak ? i : i + 1;
                if (stop) {
                    while (end < n && closesQuote(answer, end)) {
                        end++;
                    }
                    i = end - 1;
                }
                add(out, answer, start, end, otherLanguage);
                start = end;
            }
        }
        add(out, answer, start, n, otherLanguage);
        return out;
    }

    /**
     * Whether the line break at {@code i} ends a sentence: before a blank line or a list item
     * ("- ", "* ", "1. ", "2) "), yes; inside a paragraph that was wrapped by hand, no.
     */
    private static boolean endsLine(String s, int sentenceStart, int i) {
        int next = i + 1;
        while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '\t' || s.charAt(next) == '\r')) {
            next++;
        }
        if (next >= s.length() || s.charAt(next) == '\n') {
            return true;
        }
        char c = s.charAt(next);
        if ((c == '-' || c == '*' || c == '\u2022') && next + 1 < s.length() && s.charAt(next + 1) == ' ') {
            return true;
        }
        int k = next;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        if (k > next && k < s.length() && (s.charAt(k) == '.' || s.charAt(k) == ')')) {
            return true;
        }
        // A line that is itself a list item ends at its break even when the next one is not marked.
        String line = s.substring(sentenceStart, i).strip();
        return line.startsWith("- ") || line.startsWith("* ") || line.startsWith("\u2022 ");
    }

    private static boolean closesQuote(String s, int i) {
        return i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == ')' || s.charAt(i) == '\u201d'
                || s.charAt(i) == '\'');
    }

    private static boolean abbreviation(String s, int sentenceStart, int dot) {
        int k = dot;
        while (k > sentenceStart && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
            k--;
        }
        String word = s.substring(k, dot).toLowerCase(Locale.ROOT);
        if (word.equals("etc")) {
            // "... headers etc. They ..." ends a sentence; "etc. and" does not.
            int next = dot + 1;
            while (next < s.length() && s.charAt(next) == ' ') {
                next++;
            }
            return next < s.length() && !Character.isUpperCase(s.charAt(next));
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<Sentence> out, String answer, int start, int end, boolean otherLanguage) {
        while (start < end && Character.isWhitespace(answer.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(answer.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        String text = answer.substring(start, end);
        if (Words.of(text).isEmpty()) {
            return; // a lone "-" or "1." of a list
        }
        Sentence.Kind kind = text.endsWith("?") || text.endsWith("\uff1f") ? Sentence.Kind.QUESTION
                : Language.isEnglish(text) && !(otherLanguage && !Language.hasEnglishGrammar(text))
                ? Sentence.Kind.STATEMENT : Sentence.Kind.NOT_ENGLISH;
        out.add(new Sentence(out.size(), text, start, end, kind));
    }
}
