package io.netpoldojo.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an answer fared against a rubric: the points it covered and the misconceptions it
 * asserted, each with the sentence that did it, and the points it missed.
 *
 * @param unread     sentences that earned nothing because they are questions or not English
 * @param truncated  the answer was longer than {@link ExplainGrader#MAX_CHARS} and only its start was read
 */
public record Judgement(List<Credit> covered, List<Point> missed, List<Credit> misconceptions,
                        List<Sentence> unread, boolean truncated) {

    public Judgement {
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
        misconceptions = List.copyOf(misconceptions);
        unread = List.copyOf(unread);
    }

    /**
     * A point found in the answer: the sentence, and the words in it that matched (offsets into
     * the whole answer, for highlighting). {@code sentence} is empty when the learner credited
     * the point themselves ("I did say that").
     */
    public record Credit(Point point, Optional<Sentence> sentence, List<Span> matched) {
        public Credit {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(sentence, "sentence");
            matched = List.copyOf(matched);
        }

        public boolean byLearner() {
            return sentence.isEmpty();
        }
    }

    /** Characters {@code start} to {@code end} (exclusive) of the answer. */
    public record Span(int start, int end) {}

    public List<String> coveredIds() {
        return covered.stream().map(c -> c.point().id()).toList();
    }

    public List<String> missedIds() {
        return missed.stream().map(Point::id).toList();
    }

    public List<String> misconceptionIds() {
        return misconceptions.stream().map(c -> c.point().id()).toList();
    }

    /** Share of the key points covered, 0 to 1 (1 for a rubric without points). */
    public double coverage() {
        int total = covered.size() + missed.size();
        return total == 0 ? 1 : (double) covered.size() / total;
    }

    /**
     * The learner says they made a missed point after all ("I did say that"): it moves to
     * covered, marked as theirs. Unknown or already covered ids change nothing.
     */
    public Judgement creditedByLearner(String pointId) {
        Optional<Point> point = missed.stream().filter(p -> p.id().equals(pointId)).findFirst();
        if (point.isEmpty()) {
            return this;
        }
        List<Credit> nowCovered = new ArrayList<>(covered);
        nowCovered.add(new Credit(point.get(), Optional.empty(), List.of()));
        List<Point> nowMissed = missed.stream().filter(p -> !p.id().equals(pointId)).toList();
        return new Judgement(nowCovered, nowMissed, misconceptions, unread, truncated);
    }

    /** The learner says they did not assert this misconception (the sentence meant otherwise). */
    public Judgement withdrawn(String misconceptionId) {
        List<Credit> kept = misconceptions.stream().filter(c -> !c.point().id().equals(misconceptionId)).toList();
        return kept.size() == misconceptions.size() ? this : new Judgement(covered, missed, kept, unread, truncated);
    }
}
