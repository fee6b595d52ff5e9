package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.ManifestWriter;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Canvas workspaces for a question's scenario: the scenario in the card's state, optionally with
 * the learner's policies added the way the grader adds them (a policy of the same namespace and
 * name replaces the scenario's), so the diagram shows exactly what was graded.
 */
final class ScenarioDiagrams {
    private final ScenarioFiles files = new ScenarioFiles();
    private final ManifestWriter writer = new ManifestWriter();

    /** The policies in effect in the state {@code after}, in the order they were applied. */
    static List<NetworkPolicy> policiesIn(Scenario scenario, Optional<String> after) {
        return scenario.clusterAfter(after).policies();
    }

    Workspace workspace(Scenario scenario, Optional<String> after, List<NetworkPolicy> extra) {
        // Laid out for the card's pane (a layout stored in the file wins).
        ScenarioFiles.Opened opened = files.read(scenario.file(), scenario.yaml(), AutoLayout.QUIZ);
        Workspace all = opened.workspace().orElseThrow(
                () -> new IllegalStateException("scenario " + scenario.id() + " does not open"));
        // The workspace lists the scenario's policies in file order, as Scenario#policiesInOrder does.
        int applied = scenario.appliedCount(after).orElse(scenario.policiesInOrder().size());
        Set<String> replaced = extra.stream().map(NetworkPolicy::id).collect(Collectors.toSet());
        List<PolicyDraft> drafts = new ArrayList<>();
        for (int i = 0; i < applied && i < all.policies().size(); i++) {
            if (!replaced.contains(scenario.policiesInOrder().get(i).id())) {
                drafts.add(all.policies().get(i));
            }
        }
        for (NetworkPolicy p : extra) {
            drafts.add(new PolicyDraft("answer-" + drafts.size(), writer.writePolicy(p), true));
        }
        return all.withPolicies(drafts);
    }
}
