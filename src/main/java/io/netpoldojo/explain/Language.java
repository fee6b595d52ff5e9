package io.netpoldojo.explain;

import java.util.List;
import java.util.Set;

/**
 * Whether a sentence is English, so that the grader never credits a point from the technical words
 * a sentence in another language happens to share with the patterns ("Ohne Policy kann jeder Pod
 * jeden Pod erreichen" has "policy" and "pod" in it, and says something the grader cannot read).
 *
 * <p>Two signals, both explainable: a sentence written mostly in another script (Cyrillic, Han,
 * Arabic, ...) is not English; nor is one whose small grammar words (articles, prepositions,
 * conjunctions) are mostly those of German, French, Spanish, Portuguese, Italian or Dutch. A
 * terse English list ("CNI enforces, stateful, L3/L4") has few grammar words of any language and
 * stays English. Words that are also English ("a", "in", "die", "no", "os") are not counted.
 */
final class Language {
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "is", "are", "was", "were", "be", "been",
            "it", "its", "they", "them", "their", "this", "that", "these", "those", "to", "of", "and", "or", "in", "on",
            "at", "by", "for", "with", "from", "as", "not", "no", "can", "will", "do", "does", "only", "if", "then",
            "but", "so", "you", "we", "i", "your", "our", "all", "every", "any", "each", "which", "who", "what", "when",
            "how", "there", "has", "have", "should", "must", "other", "also", "than", "into", "out", "one", "same",
            "would", "could", "just", "because", "after", "before", "first", "both", "between", "without");
    private static final Set<String> OTHER = Set.of(
            // German
            "der", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "einer", "mit", "von", "zu", "auf",
            "f\u00fcr", "sind", "werden", "wird", "kann", "k\u00f6nnen", "jeder", "jede", "jeden", "ohne", "auch", "sich",
            "den", "dem", "des", "nur", "wenn", "aber", "oder", "wie", "dass", "zum", "zur", "alle", "keine", "kein",
            "nach", "bei", "\u00fcber", "durch", "haben", "sie", "wir", "ich", "es", "man",
            // French
            "le", "la", "les", "un", "une", "et", "est", "pas", "ne", "avec", "pour", "sur", "sont", "dans", "qui",
            "que", "peut", "peuvent", "tous", "toutes", "sans", "du", "au", "aux", "ce", "cette", "ces", "il", "ils",
            "elle", "nous", "vous", "ou", "mais", "leur", "leurs", "\u00eatre",
            // Spanish
            "el", "los", "las", "y", "con", "para", "por", "una", "se", "del", "sin", "todos", "todas", "puede",
            "pueden", "est\u00e1", "est\u00e1n", "son", "lo", "pero", "como", "cuando", "m\u00e1s", "este", "esta",
            "estos", "sus",
            // Portuguese
            "n\u00e3o", "sem", "s\u00e3o", "pode", "podem", "\u00e9", "em", "mas", "uma",
            // Italian
            "gli", "\u00e8", "senza", "sono", "pu\u00f2", "tutti", "della", "che", "di", "da",
            // Dutch
            "het", "een", "en", "niet", "zijn", "kan", "kunnen", "zonder", "maar", "ook", "op", "dat", "voor", "de");

    private Language() {}

    /**
     * Whether the answer as a whole is written in another language: then even its short sentences
     * ("NetworkPolicies sind namespaced Objekte.") are not read unless they have English grammar
     * words of their own.
     */
    static boolean otherLanguage(String answer) {
        if (mostlyOtherScript(answer)) {
            return true;
        }
        List<String> words = Words.texts(answer);
        long english = words.stream().filter(ENGLISH::contains).count();
        long other = words.stream().filter(OTHER::contains).count();
        return other >= 3 && other > english;
    }

    /** Whether the sentence has at least one English grammar word ("are", "the", "by", ...). */
    static boolean hasEnglishGrammar(String sentence) {
        return Words.texts(sentence).stream().anyMatch(ENGLISH::contains);
    }

    static boolean isEnglish(String sentence) {
        if (mostlyOtherScript(sentence)) {
            return false;
        }
        List<String> words = Words.texts(sentence);
        long english = words.stream().filter(ENGLISH::contains).count();
        long other = words.stream().filter(OTHER::contains).count();
        // "Das CNI-Plugin setzt sie durch" has two; "NetworkPolicies sind namespaced Objekte" one and no English.
        return !(other >= 2 && other > english || other >= 1 && english == 0 && words.size() >= 3);
    }

    private static boolean mostlyOtherScript(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters > 0 && latin * 10 < letters * 7;
    }
}
