package io.netpoldojo.quiz;

import io.netpoldojo.content.Expectation;
import io.netpoldojo.engine.model.Port;
import java.util.List;
import java.util.Optional;

/**
 * One expectation of a policy card's goal, judged on the scenario plus the learner's policies.
 *
 * @param failure    the engine's account of what is still wrong; empty when the expectation is met
 * @param mismatches the connections that make it unmet, so a view can point at them
 */
public record GoalResult(Expectation expectation, Optional<String> failure, List<Mismatch> mismatches) {
    public GoalResult {
        mismatches = List.copyOf(mismatches);
    }

    /**
     * A connection the goal wants one way and the engine says is the other.
     *
     * @param allowed what the engine says now (the goal wants the opposite)
     */
    public record Mismatch(String from, String to, Port port, boolean allowed) {}

    public boolean met() {
        return failure.isEmpty();
    }
}
