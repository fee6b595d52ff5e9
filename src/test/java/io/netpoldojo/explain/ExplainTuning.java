package io.netpoldojo.explain;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * For whoever writes patterns: grades the labelled answers and prints, per card, precision and
 * recall, and for the dev half every false credit and miss with the answer's id. The holdout
 * half shows only its figures, never its answers, so it stays a fair test of the patterns.
 * Run with the test classpath: {@code java -cp ... io.netpoldojo.explain.ExplainTuning [holdout]}.
 */
public final class ExplainTuning {
    private ExplainTuning() {}

    public static void main(String[] args) throws Exception {
        Content content = new ContentLoader().load(Path.of("content"));
        content.errors().forEach(System.out::println);
        List<LabelledAnswers.Result> results = LabelledAnswers.load().stream()
                .filter(a -> content.explainCard(a.card()).isPresent())
                .map(a -> LabelledAnswers.grade(content, a)).toList();
        for (LabelledAnswers.Result r : results) {
            if (r.answer().half() == LabelledAnswers.Half.DEV && !(r.falseCredits().isEmpty() && r.misses().isEmpty())) {
                System.out.printf("%-28s %-20s false credit %s, missed %s%n", r.answer().card(), r.answer().id(),
                        r.falseCredits(), r.misses());
            }
        }
        boolean holdout = args.length > 0 && args[0].equals("holdout");
        print("dev", LabelledAnswers.scores(results, LabelledAnswers.Half.DEV));
        if (holdout) {
            print("holdout", LabelledAnswers.scores(results, LabelledAnswers.Half.HOLDOUT));
            print("fresh", LabelledAnswers.scores(results, LabelledAnswers.Half.FRESH));
            print("all", LabelledAnswers.scores(results, null));
        }
    }

    private static void print(String title, Map<String, LabelledAnswers.Score> scores) {
        System.out.println("== " + title);
        scores.forEach((card, s) -> System.out.printf("%-28s precision %.2f recall %.2f (tp %d, fp %d, fn %d)%n", card,
                s.precision(), s.recall(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }
}
