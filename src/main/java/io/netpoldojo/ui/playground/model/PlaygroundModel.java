package io.netpoldojo.ui.playground.model;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.Preset;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Playground's state and commands, with no nodes: the current {@link Workspace} with
 * undo/redo, what is selected, the port filter and view toggles, the step position, and the
 * {@link Evaluation} of it all, recomputed on every change. Views bind to its state (declared in
 * {@link PlaygroundState}) and call the commands here, each one undoable step.
 */
public final class PlaygroundModel extends PlaygroundState {
    private final DraftPolicies policies;
    private final IntentDrawing intent = new IntentDrawing(this);
    private Runnable onChanged = () -> { };

    public PlaygroundModel(PolicyDrafts drafts, Workspace initial) {
        super(drafts);
        this.policies = new DraftPolicies(drafts);
        this.workspace.set(initial);
        portFilter.addListener((o, a, b) -> reevaluate("showing " + b));
        appliedLimit.addListener((o, a, b) -> reevaluate(stepDescription()));
        reevaluate("");
    }

    /** "Draw the intent": which arrows must be allowed, and the policies for it. */
    public IntentDrawing intent() {
        return intent;
    }

    /** Called after every change of the workspace (the place autosaves from here). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    // ---- undo / redo ---------------------------------------------------------------------------

    /** Applies an edit as one undoable step. */
    public void edit(String description, UnaryOperator<Workspace> change) {
        edit(description, "", change);
    }

    /**
     * Applies an edit; consecutive edits with the same non-empty {@code coalesceKey} (typing in one
     * policy) undo as one step.
     */
    public void edit(String description, String coalesceKey, UnaryOperator<Workspace> change) {
        Workspace before = workspace.get();
        Workspace after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        history.record(description, coalesceKey, before);
        setWorkspace(after, description);
    }

    public void undo() {
        history.undo(workspace.get()).ifPresent(e -> setWorkspace(e.before(), "undo " + e.description()));
    }

    public void redo() {
        history.redo(workspace.get()).ifPresent(e -> setWorkspace(e.before(), "redo " + e.description()));
    }

    private void setWorkspace(Workspace next, String description) {
        workspace.set(next);
        history.refresh();
        dropStaleSelection();
        reevaluate(description);
        onChanged.run();
    }

    private void dropStaleSelection() {
        Workspace ws = workspace.get();
        if (!selectedEndpoint.get().isEmpty() && ws.endpoint(selectedEndpoint.get()).isEmpty()) {
            selectedEndpoint.set("");
        }
        if (!focusedEndpoint.get().isEmpty() && ws.endpoint(focusedEndpoint.get()).isEmpty()) {
            focusedEndpoint.set("");
        }
        if (!selectedPolicy.get().isEmpty() && ws.policy(selectedPolicy.get()).isEmpty()) {
            selectedPolicy.set(ws.policies().isEmpty() ? "" : ws.policies().get(0).key());
        }
    }

    // ---- evaluation ---------------------------------------------------------------------------

    private void reevaluate(String description) {
        Evaluation previous = evaluation.get();
        Evaluation next = Evaluation.compute(workspace.get(), policies, appliedLimit.get(), portFilter.get());
        evaluation.set(next);
        refreshSelectedConnection();
        ConnectionMap connections = next.connections();
        boolean policiesChanged = previous != null && (!previous.cluster().policies().equals(next.cluster().policies())
                || !previous.cluster().clusterPolicies().equals(next.cluster().clusterPolicies()));
        if (policiesChanged) {
            ConnectionMap.Change change = connections.changeFrom(previous.connections());
            lastChange.set(change);
            status.set(change.summary(description.isEmpty() ? "policies changed" : description));
        } else if (previous == null || !previous.connections().all().equals(connections.all())) {
            lastChange.set(ConnectionMap.Change.NONE);
            status.set(counts(connections));
        }
    }

    private static String counts(ConnectionMap connections) {
        return connections.count(Connection.State.ALLOWED) + " allowed, "
                + connections.count(Connection.State.PARTLY_ALLOWED) + " partly allowed, "
                + connections.count(Connection.State.DENIED) + " denied";
    }

    private void refreshSelectedConnection() {
        selectedConnection.get().ifPresent(c -> selectedConnection.set(
                evaluation.get().connections().get(c.fromId(), c.toId())));
    }

    /** The engine's verdicts for a connection, one per port the arrow is about. */
    public List<Verdict> explain(Connection c) {
        Engine engine = evaluation.get().engine();
        List<Verdict> out = new ArrayList<>();
        List<Port> ports = new ArrayList<>(c.allowedPorts());
        ports.addAll(c.deniedPorts());
        ports.sort(null);
        for (Port p : ports) {
            out.add(engine.evaluate(c.fromId(), c.toId(), p));
        }
        return out;
    }

    /** Whether the draft is applied now (enabled, valid, and within the step limit). */
    public boolean isApplied(String draftKey) {
        return evaluation.get().applied().stream().anyMatch(d -> d.key().equals(draftKey));
    }

    public PolicyDrafts.Parsed parsed(PolicyDraft draft) {
        return drafts().parse(draft.yaml());
    }

    public String policyName(PolicyDraft draft) {
        return drafts().displayName(draft);
    }

    // ---- endpoint commands --------------------------------------------------------------------

    public Point snap(Point p) {
        return snapToGrid.get() ? p.snapped(AutoLayout.GRID) : p;
    }

    /** Adds what a palette entry describes at a canvas point; returns the new endpoint's id or zone name. */
    public String addPreset(Preset preset, Point at) {
        Workspace ws = workspace.get();
        Point p = snap(at);
        if (preset == Preset.NAMESPACE) {
            String name = freshNamespaceName(ws, preset.baseName());
            edit("add namespace " + name, w -> w.withZone(new NamespaceZone(Namespace.named(name),
                    new Rect(p.x(), p.y(), 320, 260))));
            return name;
        }
        Endpoint e;
        if (preset.isExternal()) {
            e = preset.create("", ws.freshExternalName(preset.baseName()), null);
        } else {
            // Outside every zone it joins the nearest one, drawn inside it (or gets a zone of its own).
            ZoneLanding.Landing landing = ZoneLanding.forNewPod(ws, p);
            String ns = landing.namespace();
            e = preset.create(ns, ws.freshPodName(ns, preset.baseName()), ws.freshPodIp());
            Point inZone = landing.at();
            edit("add " + e.name() + " to namespace " + ns,
                    w -> landing.withZone(w).withEndpoint(new PlacedEndpoint(e, inZone)));
            selectedEndpoint.set(e.id());
            return e.id();
        }
        edit("add " + e.name(), w -> w.withEndpoint(new PlacedEndpoint(e, p)));
        selectedEndpoint.set(e.id());
        return e.id();
    }

    private static String freshNamespaceName(Workspace ws, String base) {
        String name = base;
        for (int n = 2; ws.zone(name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** Moves an endpoint; dropping a pod into another zone moves it to that namespace. */
    public String moveEndpoint(String id, Point to) {
        Point snapped = snap(to);
        // A pod let go outside every zone goes back inside its namespace's zone, visibly.
        Optional<ZoneLanding.Landing> landing = workspace.get().endpoint(id)
                .filter(e -> e.endpoint() instanceof Pod)
                .map(e -> ZoneLanding.forMovedPod(workspace.get(), id, ((Pod) e.endpoint()).namespace(), snapped));
        Workspace zoned = landing.map(l -> l.withZone(workspace.get())).orElse(workspace.get());
        Point p = landing.map(ZoneLanding.Landing::at).orElse(snapped);
        String newId = zoned.idAfterMove(id, p);
        String what = newId.equals(id) ? "move " + nameOf(id) : "move " + nameOf(id) + " to namespace "
                + newId.substring(0, newId.indexOf('/'));
        edit(what, w -> landing.map(l -> l.withZone(w)).orElse(w).moveEndpoint(id, p));
        if (selectedEndpoint.get().equals(id)) {
            selectedEndpoint.set(newId);
        }
        return newId;
    }

    public void renameEndpoint(String id, String newName) {
        PlacedEndpoint e = workspace.get().endpoint(id).orElseThrow();
        Endpoint renamed = e.endpoint() instanceof Pod pod
                ? new Pod(pod.namespace(), newName, pod.labels(), pod.ip(), pod.ports(), pod.kind())
                : new External(newName, e.endpoint().ip());
        edit("rename " + e.endpoint().name() + " to " + newName, w -> w.replaceEndpoint(id, p -> p.with(renamed)));
        if (selectedEndpoint.get().equals(id)) {
            selectedEndpoint.set(renamed.id());
        }
    }

    public void setLabels(String podId, Labels labels) {
        edit("relabel " + nameOf(podId), w -> w.replaceEndpoint(podId, p -> p.with(((Pod) p.endpoint()).withLabels(labels))));
    }

    public void setPorts(String podId, List<ContainerPort> ports) {
        edit("change ports of " + nameOf(podId), w -> w.replaceEndpoint(podId, p -> {
            Pod pod = (Pod) p.endpoint();
            return p.with(new Pod(pod.namespace(), pod.name(), pod.labels(), pod.ip(), ports, pod.kind()));
        }));
    }

    public void setExternalAddress(String id, IpAddress ip) {
        edit("change the address of " + id, w -> w.replaceEndpoint(id, p -> p.with(new External(id, ip))));
    }

    public void deleteEndpoint(String id) {
        edit("delete " + nameOf(id), w -> w.withoutEndpoint(id));
    }

    private String nameOf(String id) {
        return workspace.get().endpoint(id).map(e -> e.endpoint().name()).orElse(id);
    }

    // ---- namespace commands -------------------------------------------------------------------

    public void moveZone(String name, double dx, double dy) {
        edit("move namespace " + name, w -> w.moveZone(name, dx, dy));
    }

    public void resizeZone(String name, double width, double height) {
        edit("resize namespace " + name, w -> w.withZone(new NamespaceZone(w.zone(name).orElseThrow().namespace(),
                w.zone(name).orElseThrow().rect().resized(Math.max(160, width), Math.max(120, height)))));
    }

    public void setNamespaceLabels(String name, Labels labels) {
        edit("relabel namespace " + name, w -> w.withZone(new NamespaceZone(new Namespace(name,
                labels.without(Namespace.NAME_LABEL)), w.zone(name).orElseThrow().rect())));
    }

    public void deleteZone(String name) {
        edit("delete namespace " + name, w -> w.withoutZone(name));
    }

    public void autoLayout() {
        edit("auto-layout", AutoLayout::arrange);
    }

    // ---- policy commands ----------------------------------------------------------------------

    /** Adds policies (e.g. a recipe, possibly several documents); selects the first. */
    public void addPolicies(String description, List<String> yamlDocuments) {
        List<String> keys = new ArrayList<>();
        edit(description, w -> {
            Workspace out = w;
            for (String yaml : yamlDocuments) {
                String key = out.freshPolicyKey();
                keys.add(key);
                out = out.addPolicy(new PolicyDraft(key, yaml, true));
            }
            return out;
        });
        if (!keys.isEmpty()) {
            selectedPolicy.set(keys.get(0));
        }
    }

    public void setPolicyText(String key, String yaml) {
        PolicyDraft d = workspace.get().policy(key).orElse(null);
        if (d == null || d.yaml().equals(yaml)) {
            return;
        }
        edit("edit " + policyName(d), "text:" + key, w -> w.replacePolicy(key, p -> p.withYaml(yaml)));
    }

    public void setPolicyEnabled(String key, boolean enabled) {
        PolicyDraft d = workspace.get().policy(key).orElseThrow();
        edit((enabled ? "applying " : "switching off ") + policyName(d),
                w -> w.replacePolicy(key, p -> p.withEnabled(enabled)));
    }

    public void duplicatePolicy(String key) {
        PolicyDraft d = workspace.get().policy(key).orElseThrow();
        String name = policyName(d);
        String copyName = name + "-copy";
        String yaml = d.yaml().replaceFirst("(?m)^(\\s+name:\\s*)" + java.util.regex.Pattern.quote(name) + "\\s*$",
                "$1" + copyName);
        addPolicies("duplicate " + name, List.of(yaml));
    }

    public void deletePolicy(String key) {
        PolicyDraft d = workspace.get().policy(key).orElseThrow();
        policies.forget(key);
        edit("delete " + policyName(d), w -> w.removePolicy(key));
    }

    public void movePolicy(String key, int delta) {
        PolicyDraft d = workspace.get().policy(key).orElseThrow();
        edit("move " + policyName(d) + (delta < 0 ? " up" : " down"), w -> w.movePolicy(key, delta));
    }

    // ---- stepping -----------------------------------------------------------------------------

    /** How many policies stepping can apply: the enabled ones that parse. */
    public int steppablePolicies() {
        return policies.steppable(workspace.get()).size();
    }

    public void stepForward() {
        int total = steppablePolicies();
        int now = appliedLimit.get() == ALL ? total : appliedLimit.get();
        if (now < total) {
            appliedLimit.set(now + 1 == total ? ALL : now + 1);
        }
    }

    public void stepBack() {
        int total = steppablePolicies();
        int now = appliedLimit.get() == ALL ? total : appliedLimit.get();
        if (now > 0) {
            appliedLimit.set(now - 1);
        }
    }

    public void stepToStart() {
        appliedLimit.set(0);
    }

    public void applyAll() {
        appliedLimit.set(ALL);
    }

    private String stepDescription() {
        int limit = appliedLimit.get();
        Evaluation ev = evaluation.get();
        if (ev == null) {
            return "";
        }
        if (limit == 0) {
            return "no policies applied";
        }
        List<PolicyDraft> enabled = policies.steppable(workspace.get());
        int shown = limit == ALL ? enabled.size() : limit;
        return shown == 0 ? "no policies" : "step " + shown + " of " + enabled.size() + ": applying "
                + policyName(enabled.get(shown - 1));
    }

    // ---- whole-workspace commands -------------------------------------------------------------

    /** Replaces the whole canvas (New, Open); undoable like any edit, so nothing is lost. */
    public void replaceWorkspace(String description, Workspace next) {
        policies.clear();
        appliedLimit.set(ALL);
        edit(description, w -> next);
        selectedPolicy.set(next.policies().isEmpty() ? "" : next.policies().get(0).key());
        selectedConnection.set(Optional.empty());
    }

    /** Restores a saved state without making it an undoable step (start-up, autosave recovery). */
    public void restore(Workspace saved) {
        history.clear();
        policies.clear();
        setWorkspace(saved, "");
        selectedPolicy.set(saved.policies().isEmpty() ? "" : saved.policies().get(0).key());
    }
}
