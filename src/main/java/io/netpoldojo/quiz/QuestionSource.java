package io.netpoldojo.quiz;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a session's questions come from, one at a time: a fixed set (review, interview) or an
 * endless stream (practice with generated questions). {@link #next} may generate a scenario, so
 * callers run it in the background; one call at a time.
 */
public interface QuestionSource {
    /** The next question, or empty when there are no more. */
    Optional<Question> next();

    /** How many questions the session has in all, when that is known in advance. */
    OptionalInt plannedTotal();

    /** The questions not handed out yet, when they are known (a fixed set); empty for a stream. */
    List<Question> remaining();

    /** A fixed set, asked in order. */
    static QuestionSource of(List<Question> questions) {
        Deque<Question> queue = new ArrayDeque<>(questions);
        int total = questions.size();
        return new QuestionSource() {
            @Override
            public synchronized Optional<Question> next() {
                return Optional.ofNullable(queue.poll());
            }

            @Override
            public OptionalInt plannedTotal() {
                return OptionalInt.of(total);
            }

            @Override
            public synchronized List<Question> remaining() {
                return List.copyOf(queue);
            }
        };
    }
}
