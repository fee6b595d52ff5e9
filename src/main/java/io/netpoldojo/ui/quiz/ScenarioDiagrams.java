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
    private static final System.Logger LOG = System.getLogger(ScenarioDiagrams.class.getName());
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

    /** Opens a scenario's file with its endpoints laid out for a frame. */
    @FunctionalInterface
    interface Layout {
        Workspace open(Scenario scenario, DiagramLayout.Frame frame);
    }

    /** The app's: the scenario file read and laid out by {@link DiagramLayout} (a layout stored in the file wins). */
    static final Layout FILES = (scenario, frame) -> new ScenarioFiles().read(scenario.file(), scenario.yaml(), frame)
            .workspace().orElseThrow(() -> new IllegalStateException("scenario " + scenario.id() + " does not open"));

    /**
     * A card's workspace, or why its diagram could not be drawn, in words for the learner: the
     * card opens either way.
     */
    record Drawn(Optional<Workspace> workspace, String failure) {
        static Drawn failed(Throwable why) {
            // The layout's own refusals are worded for people; anything else (a bug) is named by its
            // class only, not by a JVM message such as 'Cannot invoke "..." because "<local4>" is null'.
            boolean worded = why instanceof IllegalArgumentException || why instanceof IllegalStateException;
            String detail = !worded || why.getMessage() == null || why.getMessage().isBlank()
                    ? why.getClass().getSimpleName() : why.getMessage();
            return new Drawn(Optional.empty(), "This scenario's diagram could not be drawn (" + detail
                    + "). The question can still be answered without it.");
        }
    }

    private final ManifestWriter writer = new ManifestWriter();
    /** Read from the background threads that prepare questions too; a test sets one that throws. */
    private volatile Layout layout = FILES;

    /** Lays diagrams out with {@code layout} from now on (a test's stand-in that fails). */
    void drawWith(Layout layout) {
        this.layout = layout;
    }

    /**
     * Lays out the diagram of a question's card for its pane, off the JavaFX thread, so that
     * the card finds it made ({@link DiagramLayout} keeps what it made) and opens without waiting
     * for it: up to 1.7 s of CPU for platform-traffic. This is only a head start: whatever goes
     * wrong here, an Error included, goes wrong again when the card opens, and the card says so.
     */
    void prepare(Question question) {
        Card.Body body = question.card().body();
        question.scenario().ifPresent(scenario -> {
            if (body instanceof Card.Predict predict) {
                draw(scenario, predict.after(), List.of(), PREDICT);
            } else if (body instanceof Card.PolicyTask task) {
                draw(scenario, task.after(), List.of(), POLICY);
            }
        });
    }

    /** The policies in effect in the state {@code after}, in the order they were applied. */
    static List<NetworkPolicy> policiesIn(Scenario scenario, Optional<String> after) {
        return scenario.clusterAfter(after).policies();
    }

    /**
     * As {@link #workspace}, but a layout that fails, however it fails (a bug that throws a
     * runtime exception, a StackOverflowError), gives the sentence the card shows instead of its
     * diagram; a card left on "Preparing the question..." or a stack trace is worse.
     */
    Drawn draw(Scenario scenario, Optional<String> after, List<NetworkPolicy> extra, DiagramLayout.Frame frame) {
        try {
            return new Drawn(Optional.of(workspace(scenario, after, extra, frame)), "");
        } catch (RuntimeException | Error failed) {
            // The learner reads a sentence; the log keeps the trace, so the layout's bug can be found.
            LOG.log(System.Logger.Level.WARNING, "the diagram of scenario " + scenario.id() + " could not be laid out", failed);
            return Drawn.failed(failed);
        }
    }

    /** The scenario in the state {@code after}, with {@code extra} added, laid out for {@code frame}. */
    Workspace workspace(Scenario scenario, Optional<String> after, List<NetworkPolicy> extra,
                        DiagramLayout.Frame frame) {
        // Laid out for the card's pane (a layout stored in the file wins).
        Workspace all = layout.open(scenario, frame);
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

    /**
     * The YAML of each policy in effect: as written in the scenario file when it opened, else as
     * the manifest writer writes it (a card whose diagram could not be drawn still shows them).
     */
    List<String> policyYaml(Optional<Workspace> workspace, Scenario scenario, Optional<String> after) {
        List<NetworkPolicy> inEffect = policiesIn(scenario, after);
        if (workspace.isPresent() && workspace.get().policies().size() >= inEffect.size()) {
            return workspace.get().policies().subList(0, inEffect.size()).stream().map(PolicyDraft::yaml).toList();
        }
        return inEffect.stream().map(writer::writePolicy).toList();
    }
}
