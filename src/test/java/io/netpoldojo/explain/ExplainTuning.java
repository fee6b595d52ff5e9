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
 * Run with the test classpath: {@code java -cp ... io.netpoldojo.explain.ExplainTuning [holdout|points HALF]};
 * {@code points fresh} prints, per key point and misconception, agreement, precision and recall on
 * one half as a Markdown table (for the README).
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
        if (args.length > 1 && args[0].equals("points")) {
            points(content, results, LabelledAnswers.Half.valueOf(args[1].toUpperCase(java.util.Locale.ROOT)));
            return;
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

    /**
     * Per point over the answers of its card in {@code half}: agreement counts every answer (the
     * grader and the label agree that the point is, or is not, there); precision and recall only
     * the answers that state it or were credited with it ("-" when there were none).
     */
    private static void points(Content content, List<LabelledAnswers.Result> results, LabelledAnswers.Half half) {
        System.out.println("| card | point | answers | agreement | precision | recall |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (var card : content.explainCards()) {
            var rubric = ((io.netpoldojo.content.Card.Explain) card.body()).rubric();
            List<LabelledAnswers.Result> mine = results.stream()
                    .filter(r -> r.answer().half() == half && r.answer().card().equals(card.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<Point> all = new java.util.ArrayList<>(rubric.points());
            all.addAll(rubric.misconceptions());
            for (Point p : all) {
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (LabelledAnswers.Result r : mine) {
                    boolean said = r.answer().expected().contains(p.id());
                    boolean found = r.found().contains(p.id());
                    tp += said && found ? 1 : 0;
                    fp += !said && found ? 1 : 0;
                    fn += said && !found ? 1 : 0;
                }
                System.out.printf("| %s | %s | %d | %d/%d | %s | %s |%n", card.id(), p.id(), mine.size(),
                        mine.size() - fp - fn, mine.size(), ratio(tp, tp + fp), ratio(tp, tp + fn));
            }
        }
    }

    private static String ratio(int num, int den) {
        return den == 0 ? "-" : String.format("%d/%d", num, den);
    }
}
