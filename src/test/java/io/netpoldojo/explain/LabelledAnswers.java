package io.netpoldojo.explain;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The labelled answers under {@code src/test/resources/explain/answers/}: answers written by hand
 * before the patterns, each labelled with the key points it states and the misconceptions it
 * asserts, and split into a dev half (looked at while writing patterns) and a holdout half (not).
 * Grading them all gives the grader's precision and recall per card.
 */
final class LabelledAnswers {
    static final Path DIR = Path.of("src/test/resources/explain/answers");

    /**
     * DEV answers were looked at while writing patterns; HOLDOUT ones were not, until their one
     * measurement; FRESH ones were written after the last change the others informed.
     */
    enum Half { DEV, HOLDOUT, FRESH }

    record Answer(String card, String id, String style, Half half, Set<String> covered, Set<String> myths,
                  String text) {
        Set<String> expected() {
            Set<String> all = new LinkedHashSet<>(covered);
            all.addAll(myths);
            return all;
        }
    }

    /** Counts over (answer, point) pairs, points and misconceptions together. */
    record Score(int truePositives, int falsePositives, int falseNegatives) {
        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }

        /** 1 when nothing was credited (no false credit is possible). */
        double precision() {
            int credited = truePositives + falsePositives;
            return credited == 0 ? 1 : (double) truePositives / credited;
        }

        /** 1 when nothing was to be found. */
        double recall() {
            int due = truePositives + falseNegatives;
            return due == 0 ? 1 : (double) truePositives / due;
        }
    }

    /** One answer graded: what the grader found against the labels. */
    record Result(Answer answer, Set<String> found) {
        Score score() {
            Set<String> expected = answer.expected();
            int tp = (int) found.stream().filter(expected::contains).count();
            return new Score(tp, found.size() - tp, expected.size() - tp);
        }

        List<String> falseCredits() {
            return found.stream().filter(f -> !answer.expected().contains(f)).toList();
        }

        List<String> misses() {
            return answer.expected().stream().filter(e -> !found.contains(e)).toList();
        }
    }

    private LabelledAnswers() {}

    static List<Answer> load() throws IOException {
        List<Answer> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Path f : files) {
            Map<?, ?> root = yaml.load(Files.readString(f));
            for (Object o : (List<?>) root.get("answers")) {
                Map<?, ?> a = (Map<?, ?>) o;
                String card = (String) (a.containsKey("card") ? a.get("card") : root.get("card"));
                String half = (String) (a.containsKey("half") ? a.get("half") : root.get("half"));
                out.add(new Answer(card, (String) a.get("id"), (String) a.get("style"),
                        Half.valueOf(half.toUpperCase(java.util.Locale.ROOT)),
                        strings(a.get("covered")), strings(a.get("myths")), (String) a.get("text")));
            }
        }
        return out;
    }

    private static Set<String> strings(Object list) {
        Set<String> out = new LinkedHashSet<>();
        for (Object o : (List<?>) list) {
            out.add((String) o);
        }
        return out;
    }

    static Result grade(Content content, Answer a) {
        Card card = content.explainCard(a.card()).orElseThrow(() -> new IllegalArgumentException(
                "labelled answers for an unknown card: " + a.card()));
        Judgement j = ExplainGrader.grade(((Card.Explain) card.body()).rubric(), a.text());
        Set<String> found = new LinkedHashSet<>(j.coveredIds());
        found.addAll(j.misconceptionIds());
        return new Result(a, found);
    }

    /** The score per card, in card order, for the answers of {@code half} (both when null). */
    static Map<String, Score> scores(List<Result> results, Half half) {
        Map<String, Score> out = new LinkedHashMap<>();
        for (Result r : results) {
            if (half == null || r.answer().half() == half) {
                out.merge(r.answer().card(), r.score(), Score::plus);
            }
        }
        return out;
    }
}
