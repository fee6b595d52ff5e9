package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.diagram.DiagramLayout;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.ManifestWriter;
import io.netpoldojo.quiz.Question;
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
    /**
     * The diagram's pane as it is in a 1360 x 860 window: a prediction's, beside a narrow column (390)
     * and above the policies; a policy task's, beside the editor (490), in a tab of its own with
     * the policies in the other ({@link ScenarioPanels#tabs}), about 638 x 725, so its layout is
     * made for a tall pane. Laid out for its own pane, a drawing is not shrunk to fit a shape it
     * was not made for; compact, so the cards' words stay at 11 px or more. A wider (800 x 440)
     * or roomier layout was shrunk to 7-10 px.
     */
    static final DiagramLayout.Frame PREDICT = new DiagramLayout.Frame(735, 504).compact();
    static final DiagramLayout.Frame POLICY = new DiagramLayout.Frame(635, 710).compact();

    private final ScenarioFiles files = new ScenarioFiles();
    private final ManifestWriter writer = new ManifestWriter();

    /**
     * Lays out the diagram of a question's card for its pane, off the JavaFX thread, so that
     * the card finds it made ({@link DiagramLayout} keeps what it made) and opens without waiting
     * for it: up to 1.7 s of CPU for platform-traffic. A scenario that does not open is left for
     * the card to report when it is shown, as it did before.
     */
    static void prepare(Question question) {
        Card.Body body = question.card().body();
        question.scenario().ifPresent(scenario -> {
            ScenarioDiagrams diagrams = new ScenarioDiagrams();
            try {
                if (body instanceof Card.Predict predict) {
                    diagrams.workspace(scenario, predict.after(), List.of(), PREDICT);
                } else if (body instanceof Card.PolicyTask task) {
                    diagrams.workspace(scenario, task.after(), List.of(), POLICY);
                }
            } catch (IllegalStateException | IllegalArgumentException notOpened) {
                // Reported by the card, with its words, when it opens.
            }
        });
    }

    /** The policies in effect in the state {@code after}, in the order they were applied. */
    static List<NetworkPolicy> policiesIn(Scenario scenario, Optional<String> after) {
        return scenario.clusterAfter(after).policies();
    }

    /** The scenario in the state {@code after}, with {@code extra} added, laid out for {@code frame}. */
    Workspace workspace(Scenario scenario, Optional<String> after, List<NetworkPolicy> extra,
                        DiagramLayout.Frame frame) {
        // Laid out for the card's pane (a layout stored in the file wins).
        ScenarioFiles.Opened opened = files.read(scenario.file(), scenario.yaml(), frame);
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
