package io.netpoldojo.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A finished interview set, for the history's scores over time. */
public record InterviewResult(Instant finished, int score, int total, Duration used, Duration limit) {
    public InterviewResult {
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(limit, "limit");
        if (score < 0 || total < 0 || score > total) {
            throw new IllegalArgumentException("score " + score + " of " + total);
        }
    }

    public double fraction() {
        return total == 0 ? 0 : (double) score / total;
    }
}
