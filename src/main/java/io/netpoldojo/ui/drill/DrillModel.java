package io.netpoldojo.ui.drill;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Trap;
import io.netpoldojo.explain.ExplainGrader;
import io.netpoldojo.explain.Judgement;
import io.netpoldojo.quiz.Attempt;
import io.netpoldojo.quiz.Progress;
import io.netpoldojo.quiz.QuizMode;
import io.netpoldojo.quiz.schedule.CardSchedule;
import io.netpoldojo.quiz.schedule.Rating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The explain drill's state, without nodes: which explain card, the timer, the typed answer, the
 * grader's judgement with the learner's overrides, and the self-rating that goes to the review
 * schedule. A card is answered in three phases: the prompt waits for Start; the clock runs while
 * the learner answers (aloud first, then typed, if they chose "say it aloud"); then the feedback.
 */
public final class DrillModel {
    /** Where the drill stands with the current card. */
    public enum Phase {
        /** The prompt shows; nothing is timed yet. */
        READY,
        /** "Say it aloud": the clock runs while the learner speaks; the answer box is not shown yet. */
        SPEAKING,
        /** The learner types; the clock runs unless they already spoke. */
        TYPING,
        /** The judgement and the model answer; the learner rates how it went. */
        FEEDBACK
    }

    private final Clock clock;
    private final Supplier<Progress> progress;
    private final Consumer<Attempt> recorder;
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<Card>> card = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
    private final StringProperty answer = new SimpleStringProperty("");
    private final BooleanProperty aloud = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper microphone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overTime = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Optional<Judgement>> judgement = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Rating>> rated = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper timeTaken = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<AnswerDraft>> offered = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final BooleanBinding canCheck;
    private Runnable microphoneCheck = () -> { };
    private boolean microphoneAsked;
    private Instant started;
    private Duration used = Duration.ZERO;

    /**
     * @param progress the learner's quiz progress, for what is due
     * @param recorder keeps a rated attempt (schedule, points, history), as the Quiz keeps its own
     */
    public DrillModel(Clock clock, Supplier<Progress> progress, Consumer<Attempt> recorder) {
        this.clock = clock;
        this.progress = progress;
        this.recorder = recorder;
        canCheck = Bindings.createBooleanBinding(() -> phase.get() == Phase.TYPING && !answer.get().isBlank(),
                phase, answer);
        // The sound system is loaded only for a learner who says an answer aloud, not at every start.
        aloud.addListener((o, was, on) -> {
            if (on) {
                askMicrophone();
            }
        });
    }

    /** The explain cards in the order of the lessons that teach them (the course's order). */
    public void setContent(Content content) {
        List<String> lessons = content.lessons().stream().map(l -> l.id()).toList();
        cards.setAll(content.explainCards().stream().sorted(Comparator.comparingInt(c -> {
            int at = lessons.indexOf(c.lesson());
            return at < 0 ? Integer.MAX_VALUE : at;
        })).toList());
        if (card.get().isEmpty() || !cards.contains(card.get().get())) {
            choose(cards.isEmpty() ? null : firstToPractise());
        }
    }

    // ---- what the view binds to -----------------------------------------------------------------

    public ObservableList<Card> cards() {
        return FXCollections.unmodifiableObservableList(cards);
    }

    public ReadOnlyObjectProperty<Optional<Card>> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public StringProperty answerProperty() {
        return answer;
    }

    /**
     * How to ask whether there is a microphone ({@link Microphone#present()}, off the JavaFX thread,
     * the answer handed to {@link #setMicrophone}). It runs once, when the learner first chooses
     * "say it aloud" (at once if that is already chosen), since only then does the drill speak of it.
     */
    public void askMicrophoneWith(Runnable check) {
        microphoneCheck = check;
        if (aloud.get()) {
            askMicrophone();
        }
    }

    private void askMicrophone() {
        if (!microphoneAsked) {
            microphoneAsked = true;
            microphoneCheck.run();
        }
    }

    /** The microphone check's answer ({@link Microphone#present()}); once answered, it is not asked again. */
    public void setMicrophone(boolean present) {
        microphoneAsked = true;
        microphone.set(present
                ? "Recording your answer is not built yet: say it aloud, then type what you said, and compare it"
                        + " with the model answer."
                : "No microphone found (Java reports no audio input line on this computer), so nothing is"
                        + " recorded: say it aloud, then type what you said.");
    }

    /** What the drill says about recording aloud, once the microphone check has answered; "" before. */
    public ReadOnlyStringProperty microphoneProperty() {
        return microphone.getReadOnlyProperty();
    }

    /** "Say it aloud first": speak against the clock, then type what you said. */
    public BooleanProperty aloudProperty() {
        return aloud;
    }

    /** "0:42 left", "0:08 over", or the card's time before the start. */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overTimeProperty() {
        return overTime.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Judgement>> judgementProperty() {
        return judgement.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Rating>> ratedProperty() {
        return rated.getReadOnlyProperty();
    }

    /** "You took 1:12 of 1:00." after the answer. */
    public ReadOnlyStringProperty timeTakenProperty() {
        return timeTaken.getReadOnlyProperty();
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    /** An answer left unfinished when the app last stopped (a crash, a kill), offered back until resumed or dropped. */
    public ReadOnlyObjectProperty<Optional<AnswerDraft>> offeredDraftProperty() {
        return offered.getReadOnlyProperty();
    }

    /**
     * What the offer says: "Your unfinished answer to “…” was kept when NetPol Dojo last closed
     * (0:42 in)." For an answer said aloud the clock stopped when the speaking did, and typing what
     * was said is not timed, so it says that instead of a time "in". Empty when nothing is offered.
     */
    public String keptText() {
        return offered.get().flatMap(d -> offeredCard().map(c -> "Your unfinished answer to \u201c" + c.question()
                + "\u201d was kept when NetPol Dojo last closed " + (d.aloud() ? "(you had said it aloud in "
                + Clocks.format(d.elapsed()) + " and were typing what you said, which is not timed)."
                : "(" + Clocks.format(d.elapsed()) + " in)."))).orElse("");
    }

    /** The card an offered draft belongs to, when the content has it. */
    public Optional<Card> offeredCard() {
        return offered.get().flatMap(d -> cards.stream().filter(c -> c.id().equals(d.cardId())).findFirst());
    }

    /**
     * What should be on disk now: the answer being typed (or checked but not yet rated), else the
     * draft still on offer from the last run; empty when there is nothing to lose.
     */
    public Optional<AnswerDraft> currentDraft() {
        Optional<Card> c = card.get();
        boolean open = phase.get() == Phase.TYPING || phase.get() == Phase.FEEDBACK && rated.get().isEmpty();
        if (c.isPresent() && open && !answer.get().isBlank()) {
            Duration time = aloud.get() || phase.get() == Phase.FEEDBACK ? used : elapsed();
            return Optional.of(new AnswerDraft(c.get().id(), answer.get(), time, aloud.get(), clock.instant()));
        }
        return offered.get();
    }

    /** "new", "due today", "due in 3 days", "due 2 days ago": the card's place in the review schedule. */
    public String dueText(Card c) {
        Optional<CardSchedule> s = progress.get().schedule(c.id());
        if (s.isEmpty()) {
            return "new";
        }
        long days = ChronoUnit.DAYS.between(today(), s.get().due());
        return days == 0 ? "due today" : days < 0 ? "due " + -days + (days == -1 ? " day" : " days") + " ago"
                : "due in " + days + (days == 1 ? " day" : " days");
    }

    // ---- commands -------------------------------------------------------------------------------

    /** The last run's unfinished answer, read from disk: offered back, not yet put in place. */
    public void offerDraft(AnswerDraft draft) {
        if (!answerUnderWay()) {
            offered.set(Optional.of(draft));
        }
    }

    /**
     * Puts the offered answer back where it was: its card, the text, and the clock where it stood
     * (still stopped if it was said aloud). The learner carries on typing, then checks.
     */
    public void resumeDraft() {
        Optional<AnswerDraft> d = offered.get();
        Optional<Card> c = offeredCard();
        if (d.isEmpty() || c.isEmpty()) {
            return;
        }
        offered.set(Optional.empty());
        choose(c.get());
        aloud.set(d.get().aloud());
        used = d.get().elapsed();
        started = clock.instant().minus(d.get().elapsed());
        answer.set(d.get().answer());
        phase.set(Phase.TYPING);
        showClock(c.get(), d.get().elapsed());
        tick();
    }

    /** "Drop it": the offered answer is gone for good. */
    public void discardDraft() {
        offered.set(Optional.empty());
    }

    /** Shows a card's prompt; an answer under way is dropped (the view asks first). */
    public void choose(Card next) {
        card.set(Optional.ofNullable(next));
        phase.set(Phase.READY);
        answer.set("");
        judgement.set(Optional.empty());
        rated.set(Optional.empty());
        timeTaken.set("");
        started = null;
        used = Duration.ZERO;
        overTime.set(false);
        clockText.set(card.get().map(c -> Clocks.format(Duration.ofSeconds(seconds(c)))).orElse(""));
    }

    /** Whether leaving the current card now would throw away something typed or timed. */
    public boolean answerUnderWay() {
        return phase.get() == Phase.SPEAKING || phase.get() == Phase.TYPING && !answer.get().isBlank();
    }

    /** Starts the clock: speaking first if "say it aloud" is on, else typing. */
    public void start() {
        if (phase.get() != Phase.READY || card.get().isEmpty()) {
            return;
        }
        // A new answer takes the place of one offered from the last run (the offer says so).
        offered.set(Optional.empty());
        started = clock.instant();
        phase.set(aloud.get() ? Phase.SPEAKING : Phase.TYPING);
        tick();
    }

    /** Done speaking: the clock stops and the learner types the points they made. */
    public void doneSpeaking() {
        if (phase.get() == Phase.SPEAKING) {
            used = elapsed();
            phase.set(Phase.TYPING);
            tick();
        }
    }

    /** Grades the typed answer and shows the feedback; the time is kept. */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        if (!aloud.get()) {
            used = elapsed();
        }
        offered.set(Optional.empty());
        Card c = card.get().orElseThrow();
        timeTaken.set("You took " + Clocks.format(used) + " of " + Clocks.format(Duration.ofSeconds(seconds(c))) + ".");
        judgement.set(Optional.of(ExplainGrader.grade(body(c).rubric(), answer.get(), c.question())));
        phase.set(Phase.FEEDBACK);
    }

    /** "I did say that": a missed point counts as covered, marked as the learner's call. */
    public void creditPoint(String pointId) {
        if (rated.get().isEmpty()) {
            judgement.set(judgement.get().map(j -> j.creditedByLearner(pointId)));
        }
    }

    /** "I didn't claim that": a flagged misconception is taken back. */
    public void withdrawMyth(String mythId) {
        if (rated.get().isEmpty()) {
            judgement.set(judgement.get().map(j -> j.withdrawn(mythId)));
        }
    }

    /**
     * The learner's own rating of the attempt, which the review schedule takes as it is; points
     * follow the judgement (a share of the card's points for the share of key points covered,
     * full marks only with every point and no misconception).
     */
    public void rate(Rating rating) {
        if (phase.get() != Phase.FEEDBACK || rated.get().isPresent()) {
            return;
        }
        Card c = card.get().orElseThrow();
        Judgement j = judgement.get().orElseThrow();
        Card.Explain body = body(c);
        Set<Trap> fell = j.misconceptionIds().stream().map(body.traps()::get).filter(t -> t != null)
                .collect(Collectors.toSet());
        boolean complete = j.missed().isEmpty() && j.misconceptions().isEmpty();
        double credit = j.misconceptions().isEmpty() ? j.coverage() : 0;
        boolean correct = complete && rating.recalled();
        Attempt.Outcome outcome = new Attempt.Outcome(correct, correct ? 1 : credit, false, rating,
                fell, c.traps());
        recorder.accept(new Attempt(c.id(), c.topic(), CardKind.EXPLAIN, c.difficulty(), clock.instant(), used,
                QuizMode.PRACTICE, false, outcome));
        rated.set(Optional.of(rating));
    }

    /** The next card to practise: due ones first (oldest due first), then new ones, in content order. */
    public void next() {
        Card current = card.get().orElse(null);
        choose(cards.stream().filter(c -> c != current).min(order()).orElse(current));
    }

    /** Called by the place's ticker: the clock text follows real time while an answer runs. */
    public void tick() {
        Card c = card.get().orElse(null);
        if (c == null || started == null || phase.get() == Phase.FEEDBACK
                || phase.get() == Phase.TYPING && aloud.get()) {
            return;
        }
        showClock(c, elapsed());
    }

    private void showClock(Card c, Duration elapsed) {
        Duration left = Duration.ofSeconds(seconds(c)).minus(elapsed);
        overTime.set(left.isNegative());
        clockText.set(left.isNegative() ? Clocks.format(left.negated()) + " over" : Clocks.format(left) + " left");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Card firstToPractise() {
        return cards.stream().min(order()).orElseThrow();
    }

    /** Due (soonest first), then new, then the rest by due date; content order breaks ties. */
    private Comparator<Card> order() {
        LocalDate today = today();
        List<Card> inOrder = List.copyOf(cards);
        return Comparator.<Card>comparingInt(c -> {
            Optional<CardSchedule> s = progress.get().schedule(c.id());
            return s.isEmpty() ? 1 : s.get().isDue(today) ? 0 : 2;
        }).thenComparing(c -> progress.get().schedule(c.id()).map(CardSchedule::due).orElse(LocalDate.MIN))
                .thenComparingInt(inOrder::indexOf);
    }

    private Duration elapsed() {
        return started == null ? Duration.ZERO : Duration.between(started, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    static Card.Explain body(Card c) {
        return (Card.Explain) c.body();
    }

    static int seconds(Card c) {
        return body(c).seconds();
    }
}
