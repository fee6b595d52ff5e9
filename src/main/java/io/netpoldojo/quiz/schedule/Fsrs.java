package io.netpoldojo.quiz.schedule;

import java.util.Arrays;
import java.util.List;

/**
 * The FSRS-6 memory model (Free Spaced Repetition Scheduler, version 6, by Jarrett Ye and the
 * open-spaced-repetition project), written from its published formulas with its 21 published
 * default parameters w0 to w20. A memory has a stability S (days until recall falls to 90%) and
 * a difficulty D (1 to 10); retrievability R is the probability of recall after t days. G is the
 * rating, 1 (again) to 4 (easy).
 *
 * <p>No library is used: none for Java 17 is on Maven Central, and the model is a dozen lines.
 * {@code FsrsTest} checks it against values worked out separately from the same formulas.
 */
public final class Fsrs {
    /** FSRS-6's default parameters, w0 to w20, as published by the open-spaced-repetition project. */
    public static final List<Double> DEFAULT_PARAMETERS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
    public static final double MIN_DIFFICULTY = 1;
    public static final double MAX_DIFFICULTY = 10;
    /** The smallest stability the model keeps (a few minutes), so that no formula divides by zero. */
    public static final double MIN_STABILITY = 0.001;

    private final double[] w;
    /** DECAY = -w20, the power of the forgetting curve. */
    private final double decay;
    /** FACTOR = 0.9^(1/DECAY) - 1, chosen so that R(S, S) = 0.9: stability is the 90% point. */
    private final double factor;

    public Fsrs(List<Double> parameters) {
        if (parameters.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 parameters, got " + parameters.size());
        }
        this.w = parameters.stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public static Fsrs defaults() {
        return new Fsrs(DEFAULT_PARAMETERS);
    }

    /** Retrievability after {@code days}: R(t, S) = (1 + FACTOR * t / S)^DECAY. */
    public double retrievability(double days, double stability) {
        return Math.pow(1 + factor * Math.max(0, days) / stability, decay);
    }

    /**
     * The days until retrievability falls to {@code retention}, unrounded:
     * I(r, S) = S / FACTOR * (r^(1/DECAY) - 1), the inverse of the forgetting curve.
     */
    public double interval(double stability, double retention) {
        if (!(retention > 0 && retention < 1)) {
            throw new IllegalArgumentException("desired retention is between 0 and 1: " + retention);
        }
        return stability / factor * (Math.pow(retention, 1 / decay) - 1);
    }

    /** The first review: S0(G) = w[G-1]. */
    public double initialStability(Rating g) {
        return Math.max(MIN_STABILITY, w[g.grade() - 1]);
    }

    /** The first review: D0(G) = w4 - e^(w5 * (G - 1)) + 1, within 1 to 10. */
    public double initialDifficulty(Rating g) {
        return clampDifficulty(rawInitialDifficulty(g.grade()));
    }

    private double rawInitialDifficulty(int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
    }

    /**
     * After a review: delta = -w6 * (G - 3), damped linearly as D nears 10
     * (D' = D + delta * (10 - D) / 9), then reverted towards D0(4) by w7
     * (D'' = w7 * D0(4) + (1 - w7) * D'), within 1 to 10.
     */
    public double nextDifficulty(double difficulty, Rating g) {
        double delta = -w[6] * (g.grade() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        return clampDifficulty(w[7] * rawInitialDifficulty(4) + (1 - w[7]) * damped);
    }

    /**
     * After a recall on a later day: S' = S * (1 + e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1)
     * * w15 (if hard) * w16 (if easy)). Harder cards, more stable memories and higher
     * retrievability all grow stability less.
     */
    public double recallStability(double difficulty, double stability, double retrievability, Rating g) {
        double hardPenalty = g == Rating.HARD ? w[15] : 1;
        double easyBonus = g == Rating.EASY ? w[16] : 1;
        return Math.max(MIN_STABILITY, stability * (1 + Math.exp(w[8]) * (11 - difficulty)
                * Math.pow(stability, -w[9]) * (Math.exp(w[10] * (1 - retrievability)) - 1) * hardPenalty * easyBonus));
    }

    /**
     * After a lapse on a later day: S'f = w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R)), and
     * never more than S / e^(w17 * w18), so forgetting never leaves a memory more stable than a
     * same-day "again" would.
     */
    public double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp(w[14] * (1 - retrievability));
        double shortTerm = stability / Math.exp(w[17] * w[18]);
        return Math.max(MIN_STABILITY, Math.min(longTerm, shortTerm));
    }

    /**
     * A review on the same day as the last: S' = S * e^(w17 * (G - 3 + w18)) * S^-w19, where a
     * recall (good or easy) never lowers stability.
     */
    public double sameDayStability(double stability, Rating g) {
        double increase = Math.exp(w[17] * (g.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (g == Rating.GOOD || g == Rating.EASY) {
            increase = Math.max(increase, 1);
        }
        return Math.max(MIN_STABILITY, stability * increase);
    }

    /** w[i], for conversions that solve the model's formulas backwards. */
    double parameter(int i) {
        return w[i];
    }

    public List<Double> parameters() {
        return Arrays.stream(w).boxed().toList();
    }

    private static double clampDifficulty(double d) {
        return Math.min(MAX_DIFFICULTY, Math.max(MIN_DIFFICULTY, d));
    }
}
