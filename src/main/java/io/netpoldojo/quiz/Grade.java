package io.netpoldojo.quiz;

import io.netpoldojo.engine.Verdict;
import io.netpoldojo.manifest.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * How an answer fared, with everything the feedback and the report show about it.
 *
 * @param result        correct, wrong, or not gradable because the YAML does not load
 * @param correctAnswer the right answer in words ("No, it is blocked", "2. Both ..."), or the
 *                      model answer's YAML for a policy card
 * @param notes         short sentences about this answer: choices missed or wrongly picked
 * @param goals         policy cards: every expectation of the goal, met or not, in goal order
 * @param problems      policy cards: what the loader found in the learner's YAML (errors and
 *                      warnings, each at its line)
 * @param verdict       prediction cards: the engine's verdict, the reason behind the answer
 */
public record Grade(Result result, String correctAnswer, List<String> notes, List<GoalResult> goals,
                    List<Diagnostic> problems, Optional<Verdict> verdict) {

    public enum Result {
        CORRECT, WRONG,
        /** The YAML does not load: nothing to grade yet. Never recorded as an attempt. */
        INVALID
    }

    public Grade {
        notes = List.copyOf(notes);
        goals = List.copyOf(goals);
        problems = List.copyOf(problems);
    }

    public boolean correct() {
        return result == Result.CORRECT;
    }

    /** The expectations still unmet (empty when correct). */
    public List<GoalResult> stillWrong() {
        return goals.stream().filter(g -> !g.met()).toList();
    }
}
