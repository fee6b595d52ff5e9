package io.netpoldojo.content;

import io.netpoldojo.engine.model.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the policy part of a {@code write-policy} or {@code fix-policy} card and proves it: the
 * model answer must meet the goal (else the card could never be passed), and a fix-policy's
 * broken starter must not (else there is nothing to fix).
 */
final class PolicyCardCheck {
    private final Problems problems;
    private final ScenarioRefs refs;
    private final YamlMap card;
    private final String fileText;

    PolicyCardCheck(Problems problems, ScenarioRefs refs, YamlMap card, String fileText) {
        this.problems = problems;
        this.refs = refs;
        this.card = card;
        this.fileText = fileText;
    }

    Optional<Card.Body> read(CardKind kind, Optional<String> after, Optional<Trap> trap) {
        if (!card.has("goal")) {
            card.missing("goal");
        } else if (card.list("goal").isEmpty() && card.node("goal").get() instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            problems.error(card.file, card.node("goal").get(), card.pathOf("goal"), "needs at least one expectation");
        }
        List<Optional<Expectation>> read = new ExpectationReader(refs, problems, false).readAll(card, "goal");
        boolean goalOk = !read.isEmpty() && read.stream().allMatch(Optional::isPresent);
        List<Expectation> goal = read.stream().flatMap(Optional::stream).toList();

        boolean starterRequired = kind == CardKind.FIX_POLICY;
        if (starterRequired && !card.has("starter")) {
            card.missing("starter");
        }
        Optional<String> starter = card.has("starter") ? card.text("starter") : Optional.of("");
        Optional<List<NetworkPolicy>> starterPolicies = starter.flatMap(t -> t.isEmpty() ? Optional.of(List.of())
                : policies("starter", t));
        Optional<String> solution = card.requiredText("solution");
        Optional<List<NetworkPolicy>> solutionPolicies = solution.flatMap(t -> policies("solution", t));

        if (!goalOk || starterPolicies.isEmpty() || solutionPolicies.isEmpty()) {
            return Optional.empty();
        }
        Scenario s = refs.scenario();
        List<String> failures = ExpectationCheck.checkGoal(s, after, solutionPolicies.get(), goal);
        if (!failures.isEmpty()) {
            problems.error(card.file, card.node("solution").get(), card.pathOf("solution"),
                    "the model answer does not meet the goal: " + String.join("; ", failures));
        }
        if (kind == CardKind.FIX_POLICY && ExpectationCheck.checkGoal(s, after, starterPolicies.get(), goal).isEmpty()) {
            problems.error(card.file, card.node("starter").get(), card.pathOf("starter"),
                    "the broken starter already meets the goal; a fix-policy card needs a starter that fails it");
        }
        if (solutionPolicies.get().isEmpty()) {
            problems.error(card.file, card.node("solution").get(), card.pathOf("solution"), "holds no NetworkPolicy");
        }
        return Optional.of(new Card.PolicyTask(s.id(), after, goal, starter.get(), solution.get(),
                starterPolicies.get(), solutionPolicies.get(), trap));
    }

    private Optional<List<NetworkPolicy>> policies(String key, String text) {
        Node block = card.node(key).get();
        return Snippets.policies(card.file, fileText, block, card.pathOf(key), text, problems).map(ArrayList::new);
    }
}
