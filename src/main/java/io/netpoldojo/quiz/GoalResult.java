package io.netpoldojo.quiz;

import io.netpoldojo.content.Expectation;
import java.util.Optional;

/**
 * One expectation of a policy card's goal, judged on the scenario plus the learner's policies.
 *
 * @param failure the engine's account of what is still wrong; empty when the expectation is met
 */
public record GoalResult(Expectation expectation, Optional<String> failure) {
    public boolean met() {
        return failure.isEmpty();
    }
}
