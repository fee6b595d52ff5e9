package io.netpoldojo.content;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * One quiz card from {@code content/quiz/<topic>.yaml}. What a learner answers, and how it is
 * judged, depends on the kind and lives in {@link #body()}.
 *
 * @param lesson   the id of the lesson that teaches it
 * @param position where the card starts, for editors and error markers
 */
public record Card(String id, CardKind kind, String topic, int difficulty, String lesson, String question,
                   String explanation, Body body, SourcePosition position) {

    /** The kind-specific part of a card. */
    public sealed interface Body permits Choice, TrueFalse, Predict, PolicyTask {}

    /** {@code single} (one index in {@code answer}) or {@code multiple} (one or more). */
    public record Choice(List<String> choices, List<Integer> answer) implements Body {
        public Choice {
            choices = List.copyOf(choices);
            answer = List.copyOf(answer);
        }
    }

    public record TrueFalse(boolean answer) implements Body {}

    /**
     * "Can A reach B?" on a scenario in the state {@code after} (see {@link Scenario#clusterAfter}).
     * The answer is the engine's, never typed: {@link Scenario#evaluate(Optional, Ask)}.
     */
    public record Predict(String scenario, Optional<String> after, Ask ask) implements Body {}

    /**
     * {@code write-policy} or {@code fix-policy}: the learner's policies, added to the scenario in
     * the state {@code after}, must meet every expectation of {@code goal}
     * ({@link ExpectationCheck#checkGoal}). The loader has checked that {@code solution} meets the
     * goal, and that a fix-policy's {@code starter} does not.
     */
    public record PolicyTask(String scenario, Optional<String> after, List<Expectation> goal, String starter,
                             String solution, List<NetworkPolicy> starterPolicies,
                             List<NetworkPolicy> solutionPolicies) implements Body {
        public PolicyTask {
            goal = List.copyOf(goal);
            starterPolicies = List.copyOf(starterPolicies);
            solutionPolicies = List.copyOf(solutionPolicies);
        }
    }
}
