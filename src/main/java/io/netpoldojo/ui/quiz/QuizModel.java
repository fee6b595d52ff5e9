package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.Trap;
import io.netpoldojo.quiz.Attempt;
import io.netpoldojo.quiz.Decks;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.Grader;
import io.netpoldojo.quiz.InterviewResult;
import io.netpoldojo.quiz.Points;
import io.netpoldojo.quiz.PracticeFilter;
import io.netpoldojo.quiz.PredictionGenerator;
import io.netpoldojo.quiz.Progress;
import io.netpoldojo.quiz.ProgressStore;
import io.netpoldojo.quiz.Question;
import io.netpoldojo.quiz.QuestionSource;
import io.netpoldojo.quiz.QuizMode;
import io.netpoldojo.quiz.QuizSession;
import io.netpoldojo.quiz.SessionReport;
import io.netpoldojo.quiz.TrapStats;
import io.netpoldojo.ui.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Quiz place's state and commands, with no nodes: which screen shows, the learner's progress
 * (loaded and saved in the background), the practice choices, and the session in progress with
 * the answer being given. Views bind to it; keys and buttons call its methods.
 */
public final class QuizModel {
    public enum Screen { LOADING, HOME, QUESTION, REPORT, HISTORY }

    static final String LOADING = "Loading the cards\u2026";

    /** Where the question screen is: waiting for the next question, answering it, or looking at feedback. */
    public enum Phase { FETCHING, ANSWERING, FEEDBACK }

    private final Clock clock;
    private final TaskRunner tasks;
    private final LongSupplier seeds;
    private final Grader grader = new Grader();
    private final PredictionGenerator generator = new PredictionGenerator();

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.LOADING);
    private final ReadOnlyObjectWrapper<Optional<Content>> content = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loadingText = new ReadOnlyStringWrapper(LOADING);
    private final ProgressKeeper progress;
    private final HomeFigures figures = new HomeFigures();

    private final PracticeChoices practice = new PracticeChoices();
    private final QuizExports exports;

    private QuizSession session;
    /** Counts session starts and returns home, so work for a start the learner has left is dropped. */
    private int starts;
    private long lastInterviewSeed;
    private QuestionSource source;
    private final ReadOnlyObjectWrapper<QuizMode> mode = new ReadOnlyObjectWrapper<>(QuizMode.PRACTICE);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.FETCHING);
    private final ReadOnlyObjectWrapper<Optional<AnswerModel>> answer = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper lastMinute = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper pointsEarned = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Points> lastPoints = new ReadOnlyObjectWrapper<>(Points.NONE);
    private final ReadOnlyObjectWrapper<Optional<SessionReport>> report = new ReadOnlyObjectWrapper<>(Optional.empty());
    private Consumer<Question> preparation = q -> { };

    /**
     * @param seeds where practice orders and generated questions get their seeds (random in the
     *              app, fixed in tests)
     */
    public QuizModel(Clock clock, TaskRunner tasks, ProgressStore store, LongSupplier seeds) {
        this.clock = clock;
        this.tasks = tasks;
        this.seeds = seeds;
        this.progress = new ProgressKeeper(tasks, store, notice::set);
        this.exports = new QuizExports(clock, tasks, content::get, progress::get);
        progress.load(this::ready);
    }

    /** Saving the report and the history to files. */
    QuizExports exports() {
        return exports;
    }

    // ---- loading --------------------------------------------------------------------------------

    /** The app could not load its content: the quiz says so instead of waiting for ever. */
    public void contentFailed(String message) {
        if (content.get().isEmpty()) {
            notice.set(message);
            loadingText.set("The quiz cannot start without its cards.");
        }
    }

    /** What the loading screen says. */
    public ReadOnlyStringProperty loadingTextProperty() {
        return loadingText.getReadOnlyProperty();
    }

    /** The lessons and cards, once the app has loaded them. */
    public void setContent(Content loaded) {
        content.set(Optional.of(loaded));
        practice.offer(loaded);
        ready();
    }

    private void ready() {
        if (progress.isLoaded() && content.get().isPresent() && screen.get() == Screen.LOADING) {
            refreshHome();
            screen.set(Screen.HOME);
        }
    }

    /** Counts what is due again (the day may have changed since they were counted). */
    public void refreshHome() {
        figures.count(content.get(), progress.get(), today());
    }

    /** The learner's today, by the model's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- observable state -----------------------------------------------------------------------

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Content>> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.progressProperty();
    }

    /** A sentence for the learner when progress could not be loaded or saved; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows a sentence in the notice bar (the explain drill's trouble with its own file goes here too). */
    public void showNotice(String message) {
        // Added to what shows, not over it: two damaged files at one start are both named.
        notice.set(notice.get().isEmpty() ? message : notice.get() + "\n" + message);
    }

    public void dismissNotice() {
        notice.set("");
    }

    public ReadOnlyIntegerProperty dueTodayProperty() {
        return figures.dueToday();
    }

    /** Explain cards due today: answered in the explain drill, so not part of {@link #dueTodayProperty()}. */
    public ReadOnlyIntegerProperty explainDueProperty() {
        return figures.explainDue();
    }

    public ReadOnlyIntegerProperty newCardsProperty() {
        return figures.newCards();
    }

    /** The cards "Start review" brings today: due ones, weak ones before an interview, new ones. */
    public ReadOnlyIntegerProperty reviewSizeProperty() {
        return figures.reviewSize();
    }

    /** The way to the interview date, when one is set and has not passed. */
    public ReadOnlyObjectProperty<Optional<Decks.InterviewPlan>> interviewPlanProperty() {
        return figures.interviewPlan();
    }

    /** The learner's weakest traps lately, weakest first (at most {@value HomeFigures#WEAKEST_TRAPS}). */
    public ReadOnlyObjectProperty<List<TrapStats.Score>> weakestTrapsProperty() {
        return figures.weakestTraps();
    }

    /** The interview date setting; the review plans towards it. */
    public void setInterviewDate(Optional<LocalDate> date) {
        if (!date.equals(progress.get().settings().interviewDate())) {
            progress.change(p -> p.withSettings(p.settings().withInterviewDate(date)));
            refreshHome();
        }
    }

    /** The home screen's choices for practice. */
    public PracticeChoices practice() {
        return practice;
    }

    public ReadOnlyObjectProperty<QuizMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The answer to the question on screen, a fresh one per question. */
    public ReadOnlyObjectProperty<Optional<AnswerModel>> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** "Question 3 of 10", or "Question 3" when practice has no end. */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** "12:31" left in an interview; empty in untimed sessions. */
    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    /** True in an interview's last minute, so the countdown can say so. */
    public ReadOnlyBooleanProperty lastMinuteProperty() {
        return lastMinute.getReadOnlyProperty();
    }

    /** Points the last answer earned (0 when it was wrong). */
    public ReadOnlyIntegerProperty pointsEarnedProperty() {
        return pointsEarned.getReadOnlyProperty();
    }

    /** How the last answer's points add up: base, speed bonus, streak bonus. */
    public ReadOnlyObjectProperty<Points> lastPointsProperty() {
        return lastPoints.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<SessionReport>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    // ---- starting a session ---------------------------------------------------------------------

    public void startPractice() {
        PracticeFilter filter = practice.filter();
        if (filter.isEmpty() || content.get().isEmpty()) {
            return;
        }
        QuestionSource questions = Decks.practice(content.get().get(), progress.get(), filter, today(),
                seeds.getAsLong(), generator);
        begin(QuizMode.PRACTICE, questions, Optional.empty());
    }

    /** Today's due cards, then some new ones; nothing happens when there are none. */
    public void startReview() {
        List<Question> review = content.get().map(c -> Decks.review(c, progress.get(), today())).orElse(List.of());
        if (!review.isEmpty()) {
            begin(QuizMode.REVIEW, QuestionSource.of(review), Optional.empty());
        }
    }

    /** A new interview set. */
    public void startInterview() {
        startInterview(seeds.getAsLong());
    }

    /** The interview set of {@code seed}: the same seed gives the same questions, so a set can be retaken. */
    public void startInterview(long seed) {
        if (content.get().isEmpty()) {
            return;
        }
        Content c = content.get().get();
        lastInterviewSeed = seed;
        enterQuestionScreen(QuizMode.INTERVIEW);
        int start = starts;
        // Picking the set may generate scenarios; the clock starts when the first question shows.
        tasks.submit(() -> Decks.interview(c, seed, generator), set -> {
            if (start == starts) {
                begin(QuizMode.INTERVIEW, QuestionSource.of(set), Optional.of(Decks.INTERVIEW_TIME));
            }
        }, e -> {
            if (start == starts) {
                failed(e);
            }
        });
    }

    /** The seed of the last interview set, to retake it. */
    public long lastInterviewSeed() {
        return lastInterviewSeed;
    }

    /**
     * "Practise my traps": cards tagged with the weakest traps and predictions generated to test
     * them (see {@link Decks#trapPractice}); nothing happens before a trap has been fallen into.
     */
    public void practiseTraps() {
        List<Trap> traps = figures.weakestTraps().get().stream().map(TrapStats.Score::trap).toList();
        if (traps.isEmpty() || content.get().isEmpty()) {
            return;
        }
        QuestionSource questions = Decks.trapPractice(content.get().get(), progress.get(), traps, today(),
                seeds.getAsLong(), generator);
        begin(QuizMode.PRACTICE, questions, Optional.empty());
    }

    /** Practice with exactly these questions (the mistakes of a report, say), with feedback. */
    public void practise(List<Question> questions) {
        if (!questions.isEmpty()) {
            begin(QuizMode.PRACTICE, QuestionSource.of(questions), Optional.empty());
        }
    }

    private void enterQuestionScreen(QuizMode m) {
        starts++;
        mode.set(m);
        report.set(Optional.empty());
        answer.set(Optional.empty());
        phase.set(Phase.FETCHING);
        counter.set("");
        timeLeft.set("");
        lastMinute.set(false);
        screen.set(Screen.QUESTION);
    }

    private void begin(QuizMode m, QuestionSource questions, Optional<Duration> limit) {
        if (session != null && !session.finished()) {
            session.finish(List.of());
        }
        enterQuestionScreen(m);
        source = questions;
        session = new QuizSession(m, clock, grader, limit, questions.plannedTotal(), seeds.getAsLong());
        tick();
        fetchNext();
    }

    /**
     * What is done for a question before it is shown, in the background: its diagram laid out
     * ({@link ScenarioDiagrams#prepare}), which takes up to a second or two for the busiest
     * scenario and would otherwise stall the JavaFX thread as the card opens. Nothing by default.
     */
    void setPreparation(Consumer<Question> preparation) {
        this.preparation = preparation;
    }

    private void fetchNext() {
        QuizSession current = session;
        QuestionSource from = source;
        phase.set(Phase.FETCHING);
        tasks.submit(() -> {
            Optional<Question> q = from.next();
            q.ifPresent(preparation);
            return q;
        }, next -> {
            if (current != session || current.finished()) {
                return; // the session ended (time ran out, or the learner left) while this was coming
            }
            if (next.isEmpty()) {
                finish();
                return;
            }
            Question shown = current.show(next.get());
            answer.set(Optional.of(new AnswerModel(shown, grader)));
            pointsEarned.set(0);
            lastPoints.set(Points.NONE);
            int total = current.plannedTotal().orElse(0);
            counter.set("Question " + current.number() + (total > 0 ? " of " + total : ""));
            phase.set(Phase.ANSWERING);
            prepareAhead(from);
        }, e -> {
            if (current == session && !current.finished()) {
                failed(e);
            }
        });
    }

    /** While the learner answers, the question after this one is prepared (when it is known). */
    private void prepareAhead(QuestionSource from) {
        from.remaining().stream().findFirst().ifPresent(q -> tasks.submit(() -> {
            preparation.accept(q);
            return q;
        }, done -> { }, e -> { }));
    }

    private void failed(Exception e) {
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        notice.set("The next question could not be prepared: " + why);
        if (session != null && !session.finished() && !session.entries().isEmpty()) {
            finish();
        } else {
            home();
        }
    }

    // ---- answering ------------------------------------------------------------------------------

    /** A number key or a click on option {@code index} (0-based). */
    public void choose(int index) {
        if (at(Phase.ANSWERING)) {
            answer.get().ifPresent(a -> a.choose(index));
        }
    }

    /** Space: toggles the highlighted option in multiple choice. */
    public void toggleHighlighted() {
        if (at(Phase.ANSWERING)) {
            answer.get().ifPresent(AnswerModel::toggleCursor);
        }
    }

    /**
     * Checks the answer. With feedback (practice, review) the grade shows; in an interview the
     * next question comes at once. A policy whose YAML does not load is not taken: the marked
     * lines say why. After feedback on a policy, checking again grades the edited policy without
     * changing what was recorded.
     */
    public void submit() {
        Optional<AnswerModel> current = answer.get();
        boolean recheck = at(Phase.FEEDBACK) && current.map(AnswerModel::isPolicyTask).orElse(false);
        if (current.isEmpty() || !(at(Phase.ANSWERING) || recheck)
                || !current.get().canSubmitProperty().get()) {
            return;
        }
        AnswerModel a = current.get();
        QuizSession.Submission s = session.submit(a.answer());
        if (s.grade().result() == Grade.Result.INVALID) {
            a.setHint("The YAML does not load yet: fix the marked lines first.");
            return;
        }
        s.recorded().ifPresent(this::record);
        if (mode.get().immediateFeedback()) {
            a.showGrade(s.grade());
            phase.set(Phase.FEEDBACK);
        } else {
            a.lock();
            fetchNext();
        }
    }

    /**
     * No answer: in an interview the question counts as wrong and the next one comes; in practice
     * and review it counts as wrong and the answer shows ("I don't know").
     */
    public void skip() {
        if (!at(Phase.ANSWERING) || answer.get().isEmpty()) {
            return;
        }
        QuizSession.Submission s = session.skip();
        s.recorded().ifPresent(this::record);
        if (mode.get().immediateFeedback()) {
            answer.get().get().showGrade(s.grade());
            phase.set(Phase.FEEDBACK);
        } else {
            fetchNext();
        }
    }

    /**
     * "I don't know" (the 0 key, or the row under the options): the card counts as wrong for the
     * schedule and nothing else; with feedback the answer and its explanation show, in an
     * interview the next question comes.
     */
    public void dontKnow() {
        if (!at(Phase.ANSWERING) || answer.get().isEmpty()) {
            return;
        }
        QuizSession.Submission s = session.dontKnow();
        s.recorded().ifPresent(this::record);
        if (mode.get().immediateFeedback()) {
            answer.get().get().showGrade(s.grade());
            phase.set(Phase.FEEDBACK);
        } else {
            answer.get().get().lock();
            fetchNext();
        }
    }

    /** On to the next question after feedback. */
    public void next() {
        if (at(Phase.FEEDBACK)) {
            fetchNext();
        }
    }

    /** Enter: submit while answering, go on after feedback. */
    public void enter() {
        if (at(Phase.ANSWERING)) {
            submit();
        } else if (at(Phase.FEEDBACK)) {
            next();
        }
    }

    /** True while a session's question screen shows in this phase; keys do nothing elsewhere. */
    private boolean at(Phase p) {
        return screen.get() == Screen.QUESTION && session != null && !session.finished() && phase.get() == p;
    }

    private void record(SessionReport.Entry entry) {
        Attempt attempt = session.attemptOf(entry);
        int before = progress.get().points();
        lastPoints.set(Points.of(attempt, progress.get().streak()));
        progress.change(p -> p.record(attempt, today()));
        pointsEarned.set(progress.get().points() - before);
        refreshHome();
    }

    /**
     * Keeps an answer given outside a session (the explain drill's self-rated attempts): the
     * schedule, points, streak and history take it as they take a practice answer.
     */
    public void recordOutsideSession(Attempt attempt) {
        progress.change(p -> p.record(attempt, today()));
        refreshHome();
    }

    /** The desired retention setting: due dates move to match it (see {@link Progress#withSettings}). */
    public void setDesiredRetention(double retention) {
        if (retention != progress.get().settings().desiredRetention()) {
            progress.change(p -> p.withSettings(p.settings().withDesiredRetention(retention)));
            refreshHome();
        }
    }

    /** Saves now, on this thread: for the app closing, when a background save may not finish. */
    public void flush() {
        progress.flush();
    }

    // ---- ending ---------------------------------------------------------------------------------

    /** Called every second or so while the place shows: counts an interview down and ends it at zero. */
    public void tick() {
        if (session == null || session.finished() || screen.get() != Screen.QUESTION) {
            return;
        }
        session.timeLeft().ifPresent(left -> {
            timeLeft.set(QuizText.clock(left));
            lastMinute.set(left.compareTo(Duration.ofMinutes(1)) < 0);
        });
        if (session.timeUp()) {
            finish();
        }
    }

    /** Ends the session: an interview is scored and saved; practice and review show their summary. */
    public void endSession() {
        if (session == null || session.finished()) {
            home();
            return;
        }
        if (mode.get() != QuizMode.INTERVIEW && session.entries().isEmpty()) {
            session.finish(List.of());
            home();
            return;
        }
        finish();
    }

    private void finish() {
        SessionReport r = session.finish(source.remaining());
        if (r.mode() == QuizMode.INTERVIEW) {
            progress.change(p -> p.withInterview(new InterviewResult(clock.instant(), r.score(), r.total(),
                    r.used(), r.limit().orElse(Decks.INTERVIEW_TIME))));
        }
        answer.set(Optional.empty());
        report.set(Optional.of(r));
        screen.set(Screen.REPORT);
    }

    public void home() {
        starts++;
        if (session != null && !session.finished()) {
            session.finish(List.of());
        }
        refreshHome();
        screen.set(content.get().isPresent() && progress.isLoaded() ? Screen.HOME : Screen.LOADING);
    }

    public void showHistory() {
        screen.set(Screen.HISTORY);
    }
}
