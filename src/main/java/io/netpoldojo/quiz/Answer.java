package io.netpoldojo.quiz;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** What a learner gave for a question. Which kind fits which card is {@link Grader}'s business. */
public sealed interface Answer permits Answer.Choices, Answer.YesNo, Answer.PolicyYaml, Answer.DontKnow,
        Answer.Skipped {

    /** Single or multiple choice: the chosen indexes, 0 for the first choice. */
    record Choices(SortedSet<Integer> chosen) implements Answer {
        public Choices {
            chosen = Collections.unmodifiableSortedSet(new TreeSet<>(chosen));
        }

        public static Choices of(Integer... indexes) {
            return new Choices(new TreeSet<>(Arrays.asList(indexes)));
        }
    }

    /** True/false cards (yes = true) and prediction cards (yes = the connection is allowed). */
    record YesNo(boolean yes) implements Answer {}

    /** Write-the-policy and fix-it cards: the learner's YAML, one or more NetworkPolicies. */
    record PolicyYaml(String text) implements Answer {
        public PolicyYaml {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * "I don't know": wrong for the schedule (the card comes back soon), with no penalty beyond
     * that; the answer and its explanation show.
     */
    record DontKnow() implements Answer {}

    /** No answer: skipped, or the interview's time ran out first. Always wrong. */
    record Skipped() implements Answer {}
}
