package io.netpoldojo.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Grades an explanation against a {@link Rubric}, sentence by sentence. Precision comes first: a
 * point is credited only when one English statement of the answer matches one of its rules
 * (questions, and sentences in other languages, are not read), and each credit keeps the sentence
 * that earned it. The first sentence that makes a point is the one shown.
 */
public final class ExplainGrader {
    /** Answers are spoken for a minute or two; beyond this many characters only the start is read. */
    public static final int MAX_CHARS = 20_000;

    private ExplainGrader() {}

    public static Judgement grade(Rubric rubric, String answer) {
        return grade(rubric, answer, "");
    }

    /**
     * As {@link #grade(Rubric, String)}, with the question asked: a sentence that only repeats the
     * question's words (three words or more, in the question's order) is not read, so pasting the
     * prompt back earns nothing even where the prompt states a fact.
     */
    public static Judgement grade(Rubric rubric, String answer, String question) {
        boolean truncated = answer.length() > MAX_CHARS;
        String text = truncated ? answer.substring(0, MAX_CHARS) : answer;
        String asked = " " + String.join(" ", Words.texts(question)) + " ";
        List<Sentence> sentences = Sentences.of(text).stream().map(s -> {
            List<String> words = Words.texts(s.text());
            boolean echo = s.read() && words.size() >= 3 && asked.contains(" " + String.join(" ", words) + " ");
            return echo ? new Sentence(s.index(), s.text(), s.start(), s.end(), Sentence.Kind.ECHO) : s;
        }).toList();
        List<Sentence> read = sentences.stream().filter(Sentence::read).toList();
        List<Reading> readings = read.stream().map(s -> new Reading(s.text())).toList();

        List<Judgement.Credit> covered = new ArrayList<>();
        List<Point> missed = new ArrayList<>();
        for (Point p : rubric.points()) {
            first(p, read, readings).ifPresentOrElse(covered::add, () -> missed.add(p));
        }
        List<Judgement.Credit> myths = new ArrayList<>();
        for (Point m : rubric.misconceptions()) {
            first(m, read, readings).ifPresent(myths::add);
        }
        List<Sentence> unread = sentences.stream().filter(s -> !s.read()).toList();
        return new Judgement(covered, missed, myths, unread, truncated);
    }

    private static Optional<Judgement.Credit> first(Point point, List<Sentence> sentences, List<Reading> readings) {
        for (int i = 0; i < sentences.size(); i++) {
            for (Rule rule : point.rules()) {
                Optional<List<int[]>> words = match(rule, readings.get(i));
                if (words.isPresent()) {
                    return Optional.of(new Judgement.Credit(point, Optional.of(sentences.get(i)),
                            spans(sentences.get(i), readings.get(i), words.get())));
                }
            }
        }
        return Optional.empty();
    }

    /** The matched word ranges, one per group, when the rule matches the sentence. */
    static Optional<List<int[]>> match(Rule rule, Reading r) {
        for (Phrase u : rule.unless()) {
            for (int[] place : u.find(r.words)) {
                // "People think it blocks both directions, but it isolates ...": a denied "both" rules nothing out.
                if (!r.denied(place[0], place[1], List.of(place))) {
                    return Optional.empty();
                }
            }
        }
        List<List<int[]>> found = new ArrayList<>();
        List<int[]> all = new ArrayList<>();
        for (List<Phrase> group : rule.groups()) {
            List<int[]> places = new ArrayList<>();
            for (Phrase p : group) {
                places.addAll(p.find(r.words));
            }
            if (places.isEmpty()) {
                return Optional.empty();
            }
            places.sort(Comparator.comparingInt(s -> s[0]));
            found.add(places);
            all.addAll(places);
        }
        for (int[] anchor : found.get(0)) {
            if (r.denied(anchor[0], anchor[1], all) != rule.negated()) {
                continue;
            }
            List<int[]> chosen = new ArrayList<>();
            chosen.add(anchor);
            boolean ok = true;
            for (int g = 1; g < found.size() && ok; g++) {
                int[] best = null;
                for (int[] s : found.get(g)) {
                    if (!rule.negated() && r.denied(s[0], s[1], all) || overlaps(s, chosen)) {
                        continue;
                    }
                    if (best == null || distance(anchor, s) < distance(anchor, best)) {
                        best = s;
                    }
                }
                ok = best != null;
                if (ok) {
                    chosen.add(best);
                }
            }
            if (ok && spread(chosen) <= rule.within()) {
                return Optional.of(chosen);
            }
        }
        return Optional.empty();
    }

    /** Two groups never share words: "every pod" cannot be both the subject and the object. */
    private static boolean overlaps(int[] s, List<int[]> chosen) {
        for (int[] c : chosen) {
            if (s[0] < c[1] && c[0] < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static int distance(int[] a, int[] b) {
        return Math.max(0, Math.max(a[0] - b[1], b[0] - a[1]));
    }

    private static int spread(List<int[]> spans) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int[] s : spans) {
            min = Math.min(min, s[0]);
            max = Math.max(max, s[1]);
        }
        return max - min;
    }

    private static List<Judgement.Span> spans(Sentence s, Reading r, List<int[]> words) {
        List<Judgement.Span> out = new ArrayList<>();
        for (int[] w : words) {
            int start = s.start() + r.located.get(w[0]).start();
            int end = s.start() + r.located.get(w[1] - 1).end();
            out.add(new Judgement.Span(start, end));
        }
        out.sort(Comparator.comparingInt(Judgement.Span::start));
        return out;
    }
}
