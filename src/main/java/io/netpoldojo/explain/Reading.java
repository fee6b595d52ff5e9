package io.netpoldojo.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence read for grading: its words, the parts they fall into, and which words each
 * negation denies (see {@link Rule} for the rules in plain words).
 */
final class Reading {
    /** A negation in the sentence: words {@code from} to {@code to} (exclusive) and what they deny. */
    record Cue(int from, int to, boolean[] denies) {}

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nothing", "nobody", "neither",
            "nor", "without", "nowhere");
    /** Phrases that contain a negation word and deny nothing. */
    private static final List<List<String>> NOT_NEGATIONS = List.of(List.of("not", "only"), List.of("not", "just"),
            List.of("no", "matter"));
    /** Deny what follows them, to the end of the part. */
    private static final List<List<String>> CONTRASTS = phrases("rather than", "instead of", "as opposed to", "unlike");
    /** Frame a claim as someone else's, or as wrong: deny their part and what follows, up to "but". */
    private static final List<List<String>> DISCLAIMERS = phrases("myth", "misconception", "misunderstanding",
            "fallacy", "trap", "pitfall", "people think", "people believe", "people assume", "people say",
            "people expect", "some think", "many think", "often think", "commonly believed", "common belief",
            "a mistake", "mistakenly", "wrongly", "incorrectly", "falsely", "is wrong", "are wrong", "is false",
            "are false", "not true", "not the case", "contrary to", "to think", "thinking that", "assume", "assuming");
    /** Words that start a new part of a sentence. */
    private static final Set<String> PART_WORDS = Set.of("but", "however", "although", "though", "whereas", "while",
            "because", "since", "so", "unless", "until", "which", "that", "if", "when", "once", "where", "instead",
            "actually", "yet", "otherwise");
    /** Words after which a framed claim ends: "a myth is that ..., but in fact ...". */
    private static final Set<String> TURN_WORDS = Set.of("but", "however", "whereas", "instead", "actually", "although",
            "though", "yet");
    private static final Set<String> SUBJECTS = Set.of("they", "it", "you", "we", "i", "he", "she", "this", "there",
            "these", "those", "then", "that");

    final List<String> words;
    final List<Words.Word> located;
    /** The part each word is in, numbered from 0. */
    final int[] part;
    final List<Cue> cues = new ArrayList<>();
    private final boolean[] turn;

    Reading(String sentence) {
        located = Words.of(sentence);
        words = located.stream().map(Words.Word::text).toList();
        int n = words.size();
        part = new int[n];
        turn = new boolean[n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            Words.Boundary before = located.get(i).before();
            boolean newPart = i > 0 && (before != Words.Boundary.NONE || PART_WORDS.contains(w)
                    || (w.equals("and") || w.equals("or")) && i + 1 < n && SUBJECTS.contains(words.get(i + 1)));
            if (newPart) {
                p++;
            }
            part[i] = p;
            turn[i] = before == Words.Boundary.STRONG || TURN_WORDS.contains(w)
                    || w.equals("in") && i + 1 < n && words.get(i + 1).equals("fact");
        }
        findCues();
    }

    private void findCues() {
        int n = words.size();
        for (int i = 0; i < n; i++) {
            int disclaimer = startsWithAny(i, DISCLAIMERS);
            if (disclaimer > 0) {
                boolean[] d = partOf(i);
                for (int k = i + disclaimer; k < n && !turn[k]; k++) {
                    d[k] = true;
                }
                cues.add(new Cue(i, i + disclaimer, d));
                i += disclaimer - 1;
                continue;
            }
            int contrast = startsWithAny(i, CONTRASTS);
            if (contrast > 0) {
                boolean[] d = new boolean[n];
                for (int k = i + contrast; k < n && part[k] == part[i]; k++) {
                    d[k] = true;
                }
                cues.add(new Cue(i, i + contrast, d));
                i += contrast - 1;
                continue;
            }
            if (NEGATIONS.contains(words.get(i)) && startsWithAny(i, NOT_NEGATIONS) == 0) {
                cues.add(new Cue(i, i + 1, partOf(i)));
            }
        }
    }

    private boolean[] partOf(int i) {
        boolean[] d = new boolean[words.size()];
        for (int k = 0; k < words.size(); k++) {
            d[k] = part[k] == part[i];
        }
        return d;
    }

    /** The length of the first phrase of {@code list} that starts at word i, or 0. */
    private int startsWithAny(int i, List<List<String>> list) {
        for (List<String> phrase : list) {
            if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    /**
     * Whether any word of [from, to) is denied by a negation that does not lie inside one of
     * {@code own}: the matched phrases of the rule being tried, whose negation words are its
     * own wording.
     */
    boolean denied(int from, int to, List<int[]> own) {
        for (Cue c : cues) {
            if (inside(c, own)) {
                continue;
            }
            for (int k = from; k < to; k++) {
                if (c.denies()[k]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(Cue c, List<int[]> spans) {
        for (int[] s : spans) {
            if (s[0] <= c.from() && c.to() <= s[1]) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> phrases(String... texts) {
        List<List<String>> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Words.texts(t));
        }
        return out;
    }
}
