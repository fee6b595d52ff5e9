package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.NetworkPolicyRules;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a presentation steps through: one canvas and, for each step, which of its policies are
 * applied, what to point at and what to ask. Made from a demo (its scenario drawn as a canvas)
 * or from a Playground canvas (its enabled policies, one per step). The state of step {@code i}
 * is a pure function of the script, so stepping back, jumping and returning from live editing
 * all restore it exactly.
 *
 * @param id        the demo's id ({@link StageChoices#PLAYGROUND} for the Playground's canvas): what the
 *                  teacher's choices for it are kept under
 * @param workspace the canvas with every policy as a draft, in the scenario's order
 * @param steps     at least one
 * @param arrangeable whether the canvas's layout is the app's own (a scenario without a saved
 *                  layout), which the stage may lay out again for its real shape ({@link #arrangedFor})
 */
public record Script(String id, String title, String description, Workspace workspace, List<Step> steps,
                     boolean arrangeable) {
    /**
     * The usual shape of the stage's canvas, width over height: the screen less the title above
     * and the column beside it (1.25 on a 16:10 screen, 1.45 on 16:9).
     */
    static final double STAGE_ASPECT = 1.35;

    /**
     * One step.
     *
     * @param applied         keys of the drafts applied once this step has run
     * @param highlight       endpoint ids to point at
     * @param highlightArrows connections to point at
     * @param question        predict, then reveal
     */
    public record Step(String title, String narration, Set<String> applied, List<String> highlight,
                       List<Demo.Arrow> highlightArrows, Optional<Demo.Question> question) {
        public Step {
            applied = Set.copyOf(applied);
            highlight = List.copyOf(highlight);
            highlightArrows = List.copyOf(highlightArrows);
        }
    }

    public Script {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a script needs at least one step");
        }
    }

    /** A script over a canvas whose layout is someone's own (a saved layout, the Playground's): kept as it is. */
    public Script(String id, String title, String description, Workspace workspace, List<Step> steps) {
        this(id, title, description, workspace, steps, false);
    }

    /**
     * The same script with its canvas laid out for a canvas of this shape (width over height),
     * when the layout is the app's own; else this script. The stage asks for its real shape, as
     * a layout made for a wide canvas is shown small on a square one (1024×768).
     */
    public Script arrangedFor(double aspect) {
        if (!arrangeable) {
            return this;
        }
        return new Script(id, title, description, StageLayout.arrange(workspace, aspect), steps, true);
    }

    /** The canvas as it stands once step {@code i} has run: exactly that step's policies enabled. */
    public Workspace workspaceAt(int i) {
        Set<String> on = steps.get(i).applied();
        return workspace.withPolicies(workspace.policies().stream().map(d -> d.withEnabled(on.contains(d.key()))).toList());
    }

    /** Drafts applied by step {@code i} that were not applied before it, in the canvas's order. */
    public List<PolicyDraft> appliedBy(int i) {
        Set<String> before = i == 0 ? Set.of() : steps.get(i - 1).applied();
        return workspace.policies().stream()
                .filter(d -> steps.get(i).applied().contains(d.key()) && !before.contains(d.key())).toList();
    }

    /** Drafts removed by step {@code i}, in the canvas's order. */
    public List<PolicyDraft> removedBy(int i) {
        Set<String> before = i == 0 ? Set.of() : steps.get(i - 1).applied();
        return workspace.policies().stream()
                .filter(d -> before.contains(d.key()) && !steps.get(i).applied().contains(d.key())).toList();
    }

    /** Drafts applied while step {@code i} shows, in the canvas's order. */
    public List<PolicyDraft> inForceAt(int i) {
        return workspace.policies().stream().filter(d -> steps.get(i).applied().contains(d.key())).toList();
    }

    /**
     * The engine over the canvas as it stands once step {@code i} has run; at {@code -1}, before
     * the first step, with no policy. Drafts that do not parse stay out, as on the canvas.
     */
    public Engine engineAt(int i, PolicyDrafts drafts) {
        Workspace ws = i < 0 ? workspace.withPolicies(workspace.policies().stream().map(d -> d.withEnabled(false)).toList())
                : workspaceAt(i);
        List<PolicyDrafts.Parsed> on = ws.policies().stream().filter(PolicyDraft::enabled)
                .map(d -> drafts.parse(d.yaml())).toList();
        return new Engine(new Cluster(ws.namespaces().stream().map(NamespaceZone::namespace).toList(),
                ws.endpoints().stream().map(PlacedEndpoint::endpoint).toList(),
                on.stream().flatMap(p -> p.policy().stream()).toList(),
                on.stream().flatMap(p -> p.clusterPolicy().stream()).toList()));
    }

    /** The number of steps that ask the class something. */
    public long questionCount() {
        return steps.stream().filter(s -> s.question().isPresent()).count();
    }

    // ---- from a demo ----------------------------------------------------------------------------

    /**
     * A demo over its scenario. The scenario's file is read as the Playground reads a file, so the
     * canvas and its policies are the app's usual ones; a scenario without a saved layout is laid
     * out for the stage ({@link StageLayout}).
     *
     * @throws IllegalArgumentException when the scenario does not read as a canvas (content that
     *                                  loaded cleanly always does)
     */
    public static Script ofDemo(Demo demo, Scenario scenario, PolicyDrafts drafts) {
        ScenarioFiles.Opened opened = new ScenarioFiles().read(scenario.id() + ".yaml", scenario.yaml());
        Workspace read = opened.workspace()
                .orElseThrow(() -> new IllegalArgumentException("scenario " + scenario.id() + " does not open as a canvas"));
        // A layout saved in the scenario file is the author's; otherwise one made for a projector.
        Workspace ws = opened.laidOut() ? StageLayout.arrange(read, STAGE_ASPECT) : read;
        // A step names a NetworkPolicy as namespace/name and a ClusterNetworkPolicy by its name (see Demo).
        Map<String, String> draftByRef = new HashMap<>();
        for (PolicyDraft d : ws.policies()) {
            PolicyDrafts.Parsed parsed = drafts.parse(d.yaml());
            parsed.policy().ifPresent(p -> draftByRef.put(p.id(), d.key()));
            parsed.clusterPolicy().ifPresent(p -> draftByRef.put(p.name(), d.key()));
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < demo.steps().size(); i++) {
            Demo.DemoStep s = demo.steps().get(i);
            Set<String> applied = new LinkedHashSet<>();
            for (String ref : demo.appliedAfterStep(i)) {
                String id = scenario.policy(ref).map(NetworkPolicy::id).orElse(ref);
                String key = draftByRef.get(id);
                if (key == null) {
                    throw new IllegalArgumentException("policy " + ref + " of scenario " + scenario.id()
                            + " is not on its canvas");
                }
                applied.add(key);
            }
            steps.add(new Step(s.title(), s.narration(), applied, s.highlight(), s.highlightArrows(), s.question()));
        }
        return new Script(demo.id(), demo.title(), demo.description(), ws, steps, opened.laidOut());
    }

    // ---- from a Playground canvas ---------------------------------------------------------------

    /**
     * A canvas as it is: first no policy, then its enabled policies one at a time, in the order of
     * its policy list. Switched-off policies and ones that do not parse stay off throughout.
     */
    public static Script ofCanvas(String title, Workspace ws, PolicyDrafts drafts) {
        List<PolicyDraft> steppable = new ArrayList<>();
        List<PolicyDrafts.Parsed> parsed = new ArrayList<>();
        for (PolicyDraft d : ws.policies()) {
            PolicyDrafts.Parsed p = drafts.parse(d.yaml());
            if (d.enabled() && p.valid()) {
                steppable.add(d);
                parsed.add(p);
            }
        }
        int left = ws.policies().size() - steppable.size();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("Before any policy", "Every connection is open: no policy selects any pod yet. Each step"
                + " applies the next policy of the Playground's list; ask the class what will open or close first."
                + (left == 0 ? "" : " " + left + (left == 1 ? " policy is" : " policies are")
                + " switched off or unfinished and stay out."),
                Set.of(), List.of(), List.of(), Optional.empty()));
        Engine engine = new Engine(new Cluster(ws.namespaces().stream().map(NamespaceZone::namespace).toList(),
                ws.endpoints().stream().map(PlacedEndpoint::endpoint).toList(),
                parsed.stream().flatMap(p -> p.policy().stream()).toList(),
                parsed.stream().flatMap(p -> p.clusterPolicy().stream()).toList()));
        Set<String> applied = new LinkedHashSet<>();
        for (int i = 0; i < steppable.size(); i++) {
            PolicyDrafts.Parsed p = parsed.get(i);
            applied.add(steppable.get(i).key());
            List<String> selected = (p.policy().isPresent() ? engine.selectedBy(p.policy().get())
                    : engine.selectedBy(p.clusterPolicy().orElseThrow())).stream().map(Endpoint::id).toList();
            String narration = p.policy().isPresent() ? describe(p.policy().get(), selected, i + 1, steppable.size())
                    : describe(p.clusterPolicy().get(), selected, i + 1, steppable.size());
            steps.add(new Step(p.name().orElseThrow(), narration, applied, selected, List.of(), Optional.empty()));
        }
        return new Script(StageChoices.PLAYGROUND, title, "Your Playground canvas, one policy at a time.", ws, steps);
    }

    /**
     * "Policy 2 of 5: ClusterNetworkPolicy in the Admin tier, priority 10, checked before every
     * NetworkPolicy. Its subject here: prod/db."
     */
    private static String describe(ClusterNetworkPolicy p, List<String> subject, int n, int total) {
        String when = p.tier() == Tier.ADMIN ? "checked before every NetworkPolicy, which cannot override it"
                : "checked only where no NetworkPolicy isolates the pod, so a NetworkPolicy overrides it";
        return "Policy " + n + " of " + total + ": a ClusterNetworkPolicy in the " + p.tier().apiName()
                + " tier, priority " + p.priority() + ", " + when + ". "
                + (subject.isEmpty() ? "Its subject selects no pod on this canvas, so it changes nothing."
                : "Its subject here: " + String.join(", ", subject) + ".");
    }

    /** "Policy 2 of 5, in namespace default. It selects default/frontend and isolates it for ingress and egress." */
    private static String describe(NetworkPolicy p, List<String> selected, int n, int total) {
        String types = NetworkPolicyRules.effectivePolicyTypes(p).stream()
                .sorted().map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" and "));
        String what = selected.isEmpty()
                ? "It selects no pod on this canvas, so it changes nothing."
                : "It selects " + String.join(", ", selected) + " and isolates "
                + (selected.size() == 1 ? "it" : "them") + " for " + types + ".";
        return "Policy " + n + " of " + total + ", in namespace " + p.namespace() + ". " + what;
    }
}
