package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * A running presentation: where the teacher is in the {@link Script}, and the canvas kept in the
 * script's state. Its position is one of a line of beats: each step is one beat, or two when it
 * asks a question (asked, then revealed). Forward and back walk that line, so going back undoes
 * exactly what going forward did: the policies, the highlights, and the answer hidden again.
 *
 * <p>Until a question is answered, the stage keeps to itself what would give the answer away
 * ({@link #hiddenArrowsProperty()}, chosen by {@link Spoilers}); the presenter window, on the
 * teacher's own screen, sees the answer before it is revealed ({@link #expectedAnswerProperty()}).
 *
 * <p>The teacher may leave the script ({@link #toggleLive()}) to change the canvas by hand;
 * returning, or stepping on, puts the canvas back into the script's state. A plain class with
 * properties and commands, no nodes: the stage and the presenter window bind to it.
 */
public final class Presentation {
    /** The stage's type never goes under 16 px whatever this says (see StageView). */
    public static final double MIN_SCALE = 0.8;
    /** Half as large again: 36 px type on a 1080-line projector, and the drawing fitted into what is left. */
    public static final double MAX_SCALE = 1.5;
    /** The code beside the canvas, relative to the stage's type (its own control: the YAML is what the back row squints at). */
    public static final double MIN_CODE_SCALE = 0.8;
    public static final double MAX_CODE_SCALE = 2.0;

    /** One position: a step, and whether its question's answer is shown. */
    record Beat(int step, boolean revealed) {}

    /**
     * The question put to the class at the current position, as every view of it shows it: the
     * stage, the presenter window, a class vote. Safe to show the room: it holds the answer only
     * once it is revealed.
     *
     * @param step     the step that asks, from 0
     * @param choices  what the class chooses from, in order ({@link #YES}, {@link #NO})
     * @param revealed whether the engine's answer is shown
     * @param answer   the index of the right choice once revealed; empty before
     */
    public record AskState(int step, String question, List<String> choices, boolean revealed, Optional<Integer> answer) {
        public static final int YES = 0;
        public static final int NO = 1;
        public static final List<String> YES_NO = List.of("Yes, allowed", "No, denied");

        public AskState {
            choices = List.copyOf(choices);
        }
    }

    private Script script;
    private final PlaygroundModel canvas;
    private final Spoilers spoilers;
    private final List<Beat> beats = new ArrayList<>();
    private int beat = -1;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed", false);
    private final ReadOnlyObjectWrapper<Optional<Verdict>> answer =
            new ReadOnlyObjectWrapper<>(this, "answer", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Verdict>> expectedAnswer =
            new ReadOnlyObjectWrapper<>(this, "expectedAnswer", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<AskState>> ask = new ReadOnlyObjectWrapper<>(this, "ask", Optional.empty());
    private final ReadOnlyObjectWrapper<Set<String>> hiddenArrows = new ReadOnlyObjectWrapper<>(this, "hiddenArrows", Set.of());
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper(this, "change", "");
    private final ReadOnlyIntegerWrapper reveals = new ReadOnlyIntegerWrapper(this, "reveals", 0);
    /** What the last move did to the policies ("applying frontend"), and the same with its counts. */
    private String changeWhat = "";
    private String changeCounted = "";
    private final ReadOnlyBooleanWrapper blanked = new ReadOnlyBooleanWrapper(this, "blanked", false);
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live", false);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward", false);
    private final BooleanProperty narrationShown = new SimpleBooleanProperty(this, "narrationShown", false);
    private final StageScale sizes = new StageScale();
    private final ChangeWords words;

    /**
     * @param canvas the model of the canvas that shows the script (a diagram's); it is put into the
     *               first step's state at once
     */
    public Presentation(Script script, PlaygroundModel canvas) {
        this.script = script;
        this.canvas = canvas;
        this.spoilers = new Spoilers(script, canvas.drafts(), canvas.portFilterProperty().get());
        this.words = new ChangeWords(() -> this.script, canvas);
        // A click on a hidden arrow would open its explanation, verdict and all.
        canvas.selectedConnectionProperty().addListener((o, was, now) -> {
            if (now.isPresent() && hiddenArrows.get().contains(now.get().key())) {
                canvas.selectedConnectionProperty().set(Optional.empty());
            }
        });
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
     * The engine's verdict on the current question, revealed or not: for the presenter window on
     * the teacher's screen, never for the stage. Empty on a step that asks nothing.
     */
    public ReadOnlyObjectProperty<Optional<Verdict>> expectedAnswerProperty() {
        return expectedAnswer.getReadOnlyProperty();
    }

    /** The question put to the class now, if the current step asks one and the teacher is on the script. */
    public ReadOnlyObjectProperty<Optional<AskState>> askProperty() {
        return ask.getReadOnlyProperty();
    }

    /**
     * Keys ({@code from->to}) of the arrows whose outcome the stage hides now, because they would
     * give the pending answer away; empty once it is revealed and on steps that ask nothing.
     */
    public ReadOnlyObjectProperty<Set<String>> hiddenArrowsProperty() {
        return hiddenArrows.getReadOnlyProperty();
    }

    /** What the current step opened and closed, arrow by arrow, against the step before it: what a reveal shows. */
    public ConnectionMap.Change stepChange() {
        return spoilers.changeAt(step.get());
    }

    /**
     * Counts the answers revealed by going forward (not those shown again by going back): views
     * listen to it to play the reveal, once the rest of the state is up to date.
     */
    public ReadOnlyIntegerProperty revealsProperty() {
        return reveals.getReadOnlyProperty();
    }

    /** The step after the current one, if any: the presenter window shows its title. */
    public Optional<Script.Step> nextStep() {
        int next = step.get() + 1;
        return next < script.steps().size() ? Optional.of(script.steps().get(next)) : Optional.empty();
    }

    /**
     * What the canvas's policies last did, as the Playground says it ("applying frontend: opened 1,
     * closed 0"); empty when the current step changed no policy. While a question waits, only the
     * policies are named: how many arrows opened or closed is part of the answer.
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
        return sizes.scale();
    }

    /**
     * How large the policy's code is against the stage's type, 1 being its usual size; from
     * {@link #MIN_CODE_SCALE} to {@link #MAX_CODE_SCALE}. The stage never draws code under its
     * floor (16 px), whatever this says.
     */
    public DoubleProperty codeScaleProperty() {
        return sizes.codeScale();
    }

    /** A policy's name, as {@code namespace/name} when another policy of the script has the same name. */
    public String policyLabel(PolicyDraft d) {
        return words.label(d);
    }

    /** "Admin tier, priority 20" for a ClusterNetworkPolicy; empty for a NetworkPolicy or a draft that does not parse. */
    public Optional<String> tierOf(PolicyDraft d) {
        return words.tier(d);
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
            // Off the script the canvas is the teacher's: nothing is asked, nothing is hidden.
            ask.set(Optional.empty());
            hiddenArrows.set(Set.of());
            live.set(true);
        }
    }

    /** While live: switches one of the canvas's policies on or off, as the Playground's list does. */
    public void setPolicyEnabled(String draftKey, boolean enabled) {
        if (!live.get()) {
            throw new IllegalStateException("policies are switched by hand only while editing live");
        }
        List<Object> before = inForce();
        canvas.setPolicyEnabled(draftKey, enabled);
        if (!before.equals(inForce())) {
            changeWhat = "";
            changeCounted = canvas.statusProperty().get();
            change.set(changeCounted);
        }
    }

    /**
     * Lays the canvas out again for the shape the stage gives it (width over height), when its
     * layout is the app's own: a layout made for a wide canvas is drawn small on the squarer one
     * of a 1024×768 projector. Only the places of the cards and zones change; while the teacher
     * edits live the canvas is theirs and keeps its places.
     */
    public void arrangeFor(double aspect) {
        if (live.get()) {
            return;
        }
        Script next = script.arrangedFor(aspect);
        if (next.workspace().equals(script.workspace())) {
            return;
        }
        script = next;
        // Not an edit: nothing to undo, and the step's policies and marks stay as they are.
        canvas.restore(script.workspaceAt(step.get()));
    }

    public void larger() {
        sizes.larger();
    }

    public void smaller() {
        sizes.smaller();
    }

    public void actualSize() {
        sizes.actualSize();
    }

    public void codeLarger() {
        sizes.codeLarger();
    }

    public void codeSmaller() {
        sizes.codeSmaller();
    }

    // ---- moving ---------------------------------------------------------------------------------

    /** The policies of both kinds the canvas applies now: a step changed something when this changed. */
    private List<Object> inForce() {
        List<Object> all = new ArrayList<>(canvas.evaluation().cluster().policies());
        all.addAll(canvas.evaluation().cluster().clusterPolicies());
        return all;
    }

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
        boolean wasRevealed = beat >= 0 && beats.get(beat).revealed();
        Beat target = beats.get(index);
        beat = index;
        live.set(false);
        Workspace wanted = script.workspaceAt(target.step());
        if (!canvas.workspace().equals(wanted)) {
            List<Object> before = inForce();
            String what = words.describeChange(canvas.workspace(), wanted, wasLive, step.get());
            canvas.edit(what, w -> wanted);
            boolean policiesChanged = !before.equals(inForce());
            changeWhat = policiesChanged ? what : "";
            changeCounted = policiesChanged ? canvas.statusProperty().get() : "";
        } else if (fromStep != target.step()) {
            changeWhat = "";
            changeCounted = "";
        }
        if (fromStep != target.step() || wasLive) {
            canvas.selectedConnectionProperty().set(Optional.empty());
        }
        step.set(target.step());
        Optional<Demo.Question> q = question();
        Optional<Verdict> verdict = q.map(x -> canvas.evaluation().engine().evaluate(x.ask().from(), x.ask().to(), x.ask().port()));
        boolean keepSecret = q.isPresent() && !target.revealed();
        hiddenArrows.set(keepSecret ? spoilers.hiddenAt(target.step()) : Set.of());
        canvas.selectedConnectionProperty().get().filter(c -> hiddenArrows.get().contains(c.key()))
                .ifPresent(c -> canvas.selectedConnectionProperty().set(Optional.empty()));
        change.set(keepSecret ? changeWhat : changeCounted);
        expectedAnswer.set(verdict);
        revealed.set(target.revealed());
        answer.set(target.revealed() ? verdict : Optional.empty());
        ask.set(q.map(x -> new AskState(target.step(), x.text(), AskState.YES_NO, target.revealed(),
                target.revealed() ? verdict.map(v -> v.allowed() ? AskState.YES : AskState.NO) : Optional.empty())));
        canGoBack.set(beat > 0);
        canGoForward.set(beat + 1 < beats.size());
        if (target.revealed() && !wasRevealed && fromStep == target.step() && !wasLive) {
            reveals.set(reveals.get() + 1);
        }
    }
}
