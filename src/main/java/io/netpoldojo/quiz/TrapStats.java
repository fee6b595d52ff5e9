package io.netpoldojo.quiz;

import io.netpoldojo.content.Trap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The learner's traps: for each, how often the latest answers that could reveal it did. Only the
 * latest {@value #WINDOW} such answers count, so a trap stops being weak once it has been beaten
 * a few times.
 */
public final class TrapStats {
    public static final int WINDOW = 10;

    private TrapStats() {}

    /** One trap's count: of the latest {@code risked} answers that could reveal it, {@code fell} did. */
    public record Score(Trap trap, int risked, int fell) {
        public double rate() {
            return risked == 0 ? 0 : (double) fell / risked;
        }
    }

    /** Every trap the learner has met, in the order of {@link Trap}. */
    public static List<Score> scores(Progress progress) {
        Map<Trap, int[]> counts = new EnumMap<>(Trap.class);
        List<Attempt> attempts = progress.attempts();
        for (int i = attempts.size() - 1; i >= 0; i--) {
            Attempt a = attempts.get(i);
            for (Trap t : a.outcome().risked()) {
                int[] c = counts.computeIfAbsent(t, k -> new int[2]);
                if (c[0] < WINDOW) {
                    c[0]++;
                    c[1] += a.outcome().fell().contains(t) ? 1 : 0;
                }
            }
        }
        List<Score> out = new ArrayList<>();
        counts.forEach((t, c) -> out.add(new Score(t, c[0], c[1])));
        return out;
    }

    /**
     * The traps fallen into at least once lately, weakest first: the highest share of falls, then
     * the most falls.
     */
    public static List<Score> weakest(Progress progress, int n) {
        return scores(progress).stream().filter(s -> s.fell() > 0)
                .sorted(Comparator.comparingDouble(Score::rate).reversed()
                        .thenComparing(Comparator.comparingInt(Score::fell).reversed()))
                .limit(n).toList();
    }
}
