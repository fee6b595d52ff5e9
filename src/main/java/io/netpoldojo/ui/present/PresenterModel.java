package io.netpoldojo.ui.present;

import io.netpoldojo.engine.Verdict;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the presenter window on the teacher's own screen shows, as text: where the presentation
 * is, the notes, the answer to the pending question before the class sees it, what comes next, and
 * how long the teacher has been talking. A view-model over the same {@link Presentation} the stage
 * shows, so both always agree; its commands are the stage's.
 */
public final class PresenterModel {
    private final Presentation presentation;
    private final LongSupplier nanoTime;
    private long startedAt;
    private long stepStartedAt;

    private final ReadOnlyStringWrapper demoTitle = new ReadOnlyStringWrapper(this, "demoTitle", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper stepTitle = new ReadOnlyStringWrapper(this, "stepTitle", "");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper(this, "change", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking", false);
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyStringWrapper questionState = new ReadOnlyStringWrapper(this, "questionState", "");
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper(this, "answer", "");
    private final ReadOnlyBooleanWrapper answerYes = new ReadOnlyBooleanWrapper(this, "answerYes", false);
    private final ReadOnlyStringWrapper because = new ReadOnlyStringWrapper(this, "because", "");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper(this, "next", "");
    private final ReadOnlyStringWrapper nextAsks = new ReadOnlyStringWrapper(this, "nextAsks", "");
    private final ReadOnlyStringWrapper forwardText = new ReadOnlyStringWrapper(this, "forwardText", "");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "0:00");
    private final ReadOnlyStringWrapper stepClock = new ReadOnlyStringWrapper(this, "stepClock", "0:00");

    /** @param nanoTime the clock the timer reads ({@code System::nanoTime}; tests pass their own) */
    public PresenterModel(Presentation presentation, LongSupplier nanoTime) {
        this.presentation = presentation;
        this.nanoTime = nanoTime;
        startedAt = nanoTime.getAsLong();
        stepStartedAt = startedAt;
        InvalidationListener refresh = o -> refresh();
        presentation.stepProperty().addListener(o -> {
            stepStartedAt = nanoTime.getAsLong();
            tick();
        });
        presentation.stepProperty().addListener(refresh);
        presentation.revealedProperty().addListener(refresh);
        presentation.expectedAnswerProperty().addListener(refresh);
        presentation.changeProperty().addListener(refresh);
        presentation.liveProperty().addListener(refresh);
        presentation.canGoForwardProperty().addListener(refresh);
        refresh();
    }

    public Presentation presentation() {
        return presentation;
    }

    private void refresh() {
        Script script = presentation.script();
        int i = presentation.stepProperty().get();
        Script.Step step = presentation.currentStep();
        demoTitle.set(script.title());
        position.set("Step " + (i + 1) + " of " + script.steps().size()
                + (presentation.liveProperty().get() ? " \u00b7 editing live" : ""));
        stepTitle.set(step.title());
        change.set(presentation.changeProperty().get());
        notes.set(step.narration());
        boolean revealed = presentation.revealedProperty().get();
        asking.set(step.question().isPresent());
        question.set(step.question().map(q -> q.text()).orElse(""));
        questionState.set(step.question().isEmpty() ? ""
                : revealed ? "REVEALED ON THE STAGE" : "THE CLASS IS PREDICTING \u00b7 not revealed yet");
        Optional<Verdict> v = presentation.expectedAnswerProperty().get();
        answer.set(v.map(PresenterModel::verdictText).orElse(""));
        answerYes.set(v.map(Verdict::allowed).orElse(false));
        // The teacher's screen says first which tier decided, as the stage will once revealed.
        because.set(v.map(x -> DecidedBy.line(x).map(l -> l + " ").orElse("") + String.join(" ", x.sentences())).orElse(""));
        Optional<Script.Step> after = presentation.nextStep();
        next.set(after.map(Script.Step::title).orElse("The end of the demo"));
        nextAsks.set(after.flatMap(Script.Step::question).map(q -> "Asks: " + q.text()).orElse(""));
        boolean pending = step.question().isPresent() && !revealed;
        forwardText.set(pending ? "Reveal the answer \u25b6" : after.isPresent() ? "Next step \u25b6" : "The end");
    }

    /** "✕ No: denied", as the stage will say it. */
    static String verdictText(Verdict v) {
        return v.allowed() ? "\u2713 Yes: allowed" : "\u2715 No: denied";
    }

    // ---- the timer ------------------------------------------------------------------------------

    /** Reads the clock: the window calls this once a second while it is open. */
    public void tick() {
        long now = nanoTime.getAsLong();
        clock.set(minutes(now - startedAt));
        stepClock.set(minutes(now - stepStartedAt));
    }

    /** Starts the timer from zero (the class came in late). */
    public void restartClock() {
        startedAt = nanoTime.getAsLong();
        stepStartedAt = startedAt;
        tick();
    }

    private static String minutes(long nanos) {
        long seconds = Math.max(0, nanos / 1_000_000_000L);
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    // ---- commands: the stage's ------------------------------------------------------------------

    public void forward() {
        presentation.forward();
    }

    public void back() {
        presentation.back();
    }

    public void toggleBlank() {
        presentation.toggleBlank();
    }

    /** Whether the notes are on the projected stage too (the presenter window always shows them). */
    public BooleanProperty notesOnStageProperty() {
        return presentation.narrationShownProperty();
    }

    public ReadOnlyBooleanProperty blankedProperty() {
        return presentation.blankedProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return presentation.canGoBackProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return presentation.canGoForwardProperty();
    }

    // ---- what the window shows ------------------------------------------------------------------

    public ReadOnlyStringProperty demoTitleProperty() {
        return demoTitle.getReadOnlyProperty();
    }

    /** "Step 3 of 8". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTitleProperty() {
        return stepTitle.getReadOnlyProperty();
    }

    /** What the step did to the policies, as the stage says it. */
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** The step's narration, for the teacher. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Whether the current step asks the class something. */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** Whether the class has seen the answer yet. */
    public ReadOnlyStringProperty questionStateProperty() {
        return questionState.getReadOnlyProperty();
    }

    /** The engine's answer, before the class sees it. */
    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** Whether that answer is yes (drawn in the allowed colour) or no. */
    public ReadOnlyBooleanProperty answerYesProperty() {
        return answerYes.getReadOnlyProperty();
    }

    /** The engine's why, in one paragraph. */
    public ReadOnlyStringProperty becauseProperty() {
        return because.getReadOnlyProperty();
    }

    /** The next step's title, or that this is the end. */
    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** "Asks: ..." when the next step asks the class something. */
    public ReadOnlyStringProperty nextAsksProperty() {
        return nextAsks.getReadOnlyProperty();
    }

    /** What the next key does: reveal, or move on. */
    public ReadOnlyStringProperty forwardTextProperty() {
        return forwardText.getReadOnlyProperty();
    }

    /** Time since the presentation started, "12:05". */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** Time on the current step. */
    public ReadOnlyStringProperty stepClockProperty() {
        return stepClock.getReadOnlyProperty();
    }
}
