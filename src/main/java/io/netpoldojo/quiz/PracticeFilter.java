package io.netpoldojo.quiz;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the learner chose to practise.
 *
 * @param topics     content topics (lesson topic tags)
 * @param difficulty one level (1 to 3), or any
 * @param generated  add generated prediction questions, which never run out
 */
public record PracticeFilter(Set<String> topics, Optional<Integer> difficulty, boolean generated) {
    public PracticeFilter {
        topics = Collections.unmodifiableSet(new TreeSet<>(topics));
        if (difficulty.isPresent() && (difficulty.get() < 1 || difficulty.get() > 3)) {
            throw new IllegalArgumentException("difficulty is 1 to 3: " + difficulty.get());
        }
    }

    public boolean isEmpty() {
        return topics.isEmpty() && !generated;
    }
}
