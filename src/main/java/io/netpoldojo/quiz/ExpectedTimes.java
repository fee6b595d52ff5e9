package io.netpoldojo.quiz;

import io.netpoldojo.content.CardKind;
import java.time.Duration;

/**
 * How long a confident learner takes per kind of card: reading a one-line question is quick,
 * reading a scenario takes longer, writing a policy longer still. Beyond this an answer counts
 * as hesitant for the schedule ({@link io.netpoldojo.quiz.schedule.Rating#of}: hard rather than good).
 */
public final class ExpectedTimes {
    private ExpectedTimes() {}

    public static Duration of(CardKind kind) {
        switch (kind) {
            case TRUEFALSE:
                return Duration.ofSeconds(15);
            case SINGLE:
                return Duration.ofSeconds(20);
            case MULTIPLE:
                return Duration.ofSeconds(30);
            case PREDICT:
                return Duration.ofSeconds(45);
            case FIX_POLICY:
                return Duration.ofMinutes(3);
            case WRITE_POLICY:
                return Duration.ofMinutes(4);
            case EXPLAIN:
                return Duration.ofSeconds(90);
            default:
                throw new IllegalArgumentException("no expected time for " + kind);
        }
    }
}
