package io.netpoldojo.quiz;

import io.netpoldojo.content.Trap;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.manifest.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * @param credit        0 to 1: 1 when right; for multiple choice, the share earned option by
 *                      option ({@link #creditFor}); 0 otherwise
 * @param marks         choice cards: how each option fared, in the order shown
 * @param traps         the traps a wrong answer fell into, as the card tags them
 */
public record Grade(Result result, String correctAnswer, List<String> notes, List<GoalResult> goals,
                    List<Diagnostic> problems, Optional<Verdict> verdict, double credit, List<Mark> marks,
                    Set<Trap> traps) {

    /** How one option of a choice card fared. */
    public enum Mark {
        /** Right, and picked. */
        PICKED_RIGHT,
        /** Wrong, and picked. */
        PICKED_WRONG,
        /** Right, and not picked. */
        MISSED,
        /** Wrong, and rightly not picked. */
        LEFT_OUT;

        public boolean judgedRight() {
            return this == PICKED_RIGHT || this == LEFT_OUT;
        }
    }

    public enum Result {
        CORRECT, WRONG,
        /** The YAML does not load: nothing to grade yet. Never recorded as an attempt. */
        INVALID
    }

    public Grade {
        notes = List.copyOf(notes);
        goals = List.copyOf(goals);
        problems = List.copyOf(problems);
        marks = List.copyOf(marks);
        traps = Set.copyOf(traps);
        if (!(credit >= 0 && credit <= 1)) {
            throw new IllegalArgumentException("credit is 0 to 1: " + credit);
        }
    }

    /** A grade without options or traps: full credit when right. */
    public Grade(Result result, String correctAnswer, List<String> notes, List<GoalResult> goals,
                 List<Diagnostic> problems, Optional<Verdict> verdict) {
        this(result, correctAnswer, notes, goals, problems, verdict, result == Result.CORRECT ? 1 : 0, List.of(),
                Set.of());
    }

    /**
     * Partial credit on multiple choice: the right options picked, less the wrong ones picked, out
     * of the right options, never below 0. Picking everything earns nothing; one of two right
     * options and nothing wrong earns a half.
     */
    public static double creditFor(int rightPicked, int wrongPicked, int rightOptions) {
        return Math.max(0, (rightPicked - wrongPicked) / (double) rightOptions);
    }

    /** Some credit but not all: a multiple choice partly right. */
    public boolean partlyRight() {
        return credit > 0 && credit < 1;
    }

    public Grade withTraps(Set<Trap> fell) {
        return new Grade(result, correctAnswer, notes, goals, problems, verdict, credit, marks, fell);
    }

    public boolean correct() {
        return result == Result.CORRECT;
    }

    /** The expectations still unmet (empty when correct). */
    public List<GoalResult> stillWrong() {
        return goals.stream().filter(g -> !g.met()).toList();
    }
}
