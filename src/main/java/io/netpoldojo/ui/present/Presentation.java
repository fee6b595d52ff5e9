package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * A running presentation: where the teacher is in the {@link Script}, and the canvas kept in the
 * script's state. Its position is one of a line of beats: each step is one beat, or two when it
 * asks a question (asked, then revealed). Forward and back walk that line, so going back undoes
 * exactly what going forward did: the policies, the highlights, and the answer hidden again.
 *
 * <p>The teacher may leave the script ({@link #toggleLive()}) to change the canvas by hand;
 * returning, or stepping on, puts the canvas back into the script's state. A plain class with
 * properties and commands, no nodes: the stage view binds to it.
 */
public final class Presentation {
    public static final double MIN_SCALE = 0.6;
    public static final double MAX_SCALE = 2.5;
    private static final double SCALE_STEP = 0.1;

    /** One position: a step, and whether its question's answer is shown. */
    record Beat(int step, boolean revealed) {}

    private final Script script;
    private final PlaygroundModel canvas;
    private final List<Beat> beats = new ArrayList<>();
    private int beat = -1;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed", false);
    private final ReadOnlyObjectWrapper<Optional<Verdict>> answer =
            new ReadOnlyObjectWrapper<>(this, "answer", Optional.empty());
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper(this, "change", "");
    private final ReadOnlyBooleanWrapper blanked = new ReadOnlyBooleanWrapper(this, "blanked", false);
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live", false);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward", false);
    private final BooleanProperty narrationShown = new SimpleBooleanProperty(this, "narrationShown", true);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);

    /**
     * @param canvas the model of the canvas that shows the script (a diagram's); it is put into the
     *               first step's state at once
     */
    public Presentation(Script script, PlaygroundModel canvas) {
        this.script = script;
        this.canvas = canvas;
        for (int i = 0; i < script.steps().size(); i++) {
            beats.add(new Beat(i, false));
            if (script.steps().get(i).question().isPresent()) {
                beats.add(new Beat(i, true));
            }
        }
        canvas.appliedLimitProperty().set(PlaygroundModel.ALL);
        goTo(0);
    }

    // ---- state ----------------------------------------------------------------------------------

    public Script script() {
        return script;
    }

    public PlaygroundModel canvas() {
        return canvas;
    }

    /** The step shown, from 0. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Script.Step currentStep() {
        return script.steps().get(step.get());
    }

    /** The current step's question, if it asks one. */
    public Optional<Demo.Question> question() {
        return currentStep().question();
    }

    /** True once the current step's question has been answered. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** The engine's verdict on the current question, once revealed; empty before. */
    public ReadOnlyObjectProperty<Optional<Verdict>> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /**
     * What the canvas's policies last did, as the Playground says it ("applying frontend: opened 1,
     * closed 0"); empty when the current step changed no policy.
     */
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blankedProperty() {
        return blanked.getReadOnlyProperty();
    }

    /** True while the teacher has left the script to change the canvas by hand. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Whether the teacher's narration is on screen. */
    public BooleanProperty narrationShownProperty() {
        return narrationShown;
    }

    /** How large type and canvas are, 1 being "the canvas just fits"; from {@link #MIN_SCALE} to {@link #MAX_SCALE}. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** A policy's name, as {@code namespace/name} when another policy of the script has the same name. */
    public String policyLabel(PolicyDraft d) {
        String name = canvas.policyName(d);
        long same = script.workspace().policies().stream().filter(o -> canvas.policyName(o).equals(name)).count();
        return same > 1 ? canvas.drafts().parse(d.yaml()).policy().map(NetworkPolicy::id).orElse(name) : name;
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Reveals the pending answer, else shows the next step. On a blank screen it only brings the picture back. */
    public void forward() {
        if (unblank()) {
            return;
        }
        if (beat + 1 < beats.size()) {
            goTo(beat + 1);
        } else if (live.get()) {
            goTo(beat);
        }
    }

    /** Undoes the last forward: hides a revealed answer, else shows the previous step (revealed, if it asked). */
    public void back() {
        if (unblank()) {
            return;
        }
        if (beat > 0) {
            goTo(beat - 1);
        } else if (live.get()) {
            goTo(beat);
        }
    }

    public void first() {
        if (!unblank()) {
            goTo(0);
        }
    }

    /** The last step, with its question (if any) still to answer. */
    public void last() {
        if (!unblank()) {
            goTo(beats.indexOf(new Beat(script.steps().size() - 1, false)));
        }
    }

    public void toggleBlank() {
        blanked.set(!blanked.get());
    }

    public void toggleNarration() {
        narrationShown.set(!narrationShown.get());
    }

    /** Leaves the script to edit the canvas by hand, or returns to the script's state at this step. */
    public void toggleLive() {
        if (live.get()) {
            goTo(beat);
        } else {
            live.set(true);
        }
    }

    /** While live: switches one of the canvas's policies on or off, as the Playground's list does. */
    public void setPolicyEnabled(String draftKey, boolean enabled) {
        if (!live.get()) {
            throw new IllegalStateException("policies are switched by hand only while editing live");
        }
        List<NetworkPolicy> before = canvas.evaluation().cluster().policies();
        canvas.setPolicyEnabled(draftKey, enabled);
        if (!before.equals(canvas.evaluation().cluster().policies())) {
            change.set(canvas.statusProperty().get());
        }
    }

    public void larger() {
        setScale(scale.get() + SCALE_STEP);
    }

    public void smaller() {
        setScale(scale.get() - SCALE_STEP);
    }

    public void actualSize() {
        setScale(1);
    }

    private void setScale(double value) {
        scale.set(Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.round(value * 10) / 10.0)));
    }

    // ---- moving ---------------------------------------------------------------------------------

    private boolean unblank() {
        if (blanked.get()) {
            blanked.set(false);
            return true;
        }
        return false;
    }

    private void goTo(int index) {
        boolean wasLive = live.get();
        int fromStep = beat < 0 ? -1 : beats.get(beat).step();
        Beat target = beats.get(index);
        beat = index;
        live.set(false);
        Workspace wanted = script.workspaceAt(target.step());
        if (!canvas.workspace().equals(wanted)) {
            List<NetworkPolicy> before = canvas.evaluation().cluster().policies();
            canvas.edit(describeChange(canvas.workspace(), wanted, wasLive), w -> wanted);
            boolean policiesChanged = !before.equals(canvas.evaluation().cluster().policies());
            change.set(policiesChanged ? canvas.statusProperty().get() : "");
        } else if (fromStep != target.step()) {
            change.set("");
        }
        if (fromStep != target.step() || wasLive) {
            canvas.selectedConnectionProperty().set(Optional.empty());
        }
        step.set(target.step());
        revealed.set(target.revealed());
        answer.set(target.revealed()
                ? question().map(q -> canvas.evaluation().engine().evaluate(q.ask().from(), q.ask().to(), q.ask().port()))
                : Optional.empty());
        canGoBack.set(beat > 0);
        canGoForward.set(beat + 1 < beats.size());
    }

    /** "applying frontend", "removing frontend", "back to the script: removing and-one-peer, applying or-two-peers". */
    private String describeChange(Workspace from, Workspace to, boolean wasLive) {
        Set<String> was = enabledKeys(from);
        Set<String> now = enabledKeys(to);
        String removing = names(to, d -> was.contains(d.key()) && !now.contains(d.key()));
        String applying = names(to, d -> now.contains(d.key()) && !was.contains(d.key()));
        List<String> parts = new ArrayList<>();
        if (!removing.isEmpty()) {
            parts.add("removing " + removing);
        }
        if (!applying.isEmpty()) {
            parts.add("applying " + applying);
        }
        String what = String.join(", ", parts);
        if (wasLive) {
            return what.isEmpty() ? "back to the script" : "back to the script: " + what;
        }
        return what.isEmpty() ? "step " + (step.get() + 1) : what;
    }

    private String names(Workspace ws, java.util.function.Predicate<PolicyDraft> which) {
        return ws.policies().stream().filter(which).map(this::policyLabel).collect(Collectors.joining(", "));
    }

    private static Set<String> enabledKeys(Workspace ws) {
        return ws.policies().stream().filter(PolicyDraft::enabled).map(PolicyDraft::key).collect(Collectors.toSet());
    }
}
