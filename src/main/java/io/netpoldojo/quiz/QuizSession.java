package io.netpoldojo.quiz;

import io.netpoldojo.quiz.schedule.Rating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * One sitting: the question on screen, the answers so far and the clock. Questions arrive from
 * outside ({@link #show}) because fetching one may take a moment; the session times each from
 * the moment it shows.
 *
 * <p>Only the first gradable answer to a question counts: a policy answer whose YAML does not
 * load is reported back but not recorded, and re-checking a policy after feedback (practice lets
 * the learner keep fixing it) is graded but not recorded again.
 */
public final class QuizSession {
    private final QuizMode mode;
    private final Clock clock;
    private final Grader grader;
    private final Optional<Duration> limit;
    private final OptionalInt plannedTotal;
    private final Instant started;
    private final Random optionOrder;
    private final List<SessionReport.Entry> entries = new ArrayList<>();
    private Optional<Question> current = Optional.empty();
    private Instant shownAt;
    private boolean currentRecorded;
    private Optional<SessionReport> report = Optional.empty();

    /** What an answer came to, and the entry it made when it was the one that counts. */
    public record Submission(Grade grade, Optional<SessionReport.Entry> recorded) {}

    /**
     * @param seed where the options' order comes from: each question shown gets a fresh order,
     *             and the same seed with the same questions gives the same orders, so a session
     *             can be replayed
     */
    public QuizSession(QuizMode mode, Clock clock, Grader grader, Optional<Duration> limit, OptionalInt plannedTotal,
                       long seed) {
        this.mode = Objects.requireNonNull(mode);
        this.clock = Objects.requireNonNull(clock);
        this.grader = Objects.requireNonNull(grader);
        this.limit = Objects.requireNonNull(limit);
        this.plannedTotal = Objects.requireNonNull(plannedTotal);
        this.started = clock.instant();
        this.optionOrder = new Random(seed);
        this.shownAt = started;
    }

    public QuizMode mode() {
        return mode;
    }

    public Optional<Question> current() {
        return current;
    }

    /**
     * Puts a question on screen, its options in a fresh order ({@link Question#shuffled}), and
     * starts its clock. {@link #current()} is the question as shown, order included.
     */
    public Question show(Question question) {
        checkOpen();
        Question shown = question.shuffled(optionOrder);
        current = Optional.of(shown);
        shownAt = clock.instant();
        currentRecorded = false;
        return shown;
    }

    /** Whether the question on screen has its answer recorded. */
    public boolean currentAnswered() {
        return currentRecorded;
    }

    /** Grades an answer to the question on screen; records it if it is the first that counts. */
    public Submission submit(Answer answer) {
        checkOpen();
        Question q = current.orElseThrow(() -> new IllegalStateException("no question on screen"));
        Grade grade = grader.grade(q, answer);
        if (currentRecorded || grade.result() == Grade.Result.INVALID) {
            return new Submission(grade, Optional.empty());
        }
        SessionReport.Entry entry = new SessionReport.Entry(q, answer, grade, sinceShown());
        entries.add(entry);
        currentRecorded = true;
        return new Submission(grade, Optional.of(entry));
    }

    /** Moves on without an answer: recorded as not answered. */
    public Submission skip() {
        return submit(new Answer.Skipped());
    }

    /** "I don't know": recorded as wrong, with the answer shown when there is feedback. */
    public Submission dontKnow() {
        return submit(new Answer.DontKnow());
    }

    /** Answers recorded so far, in order. */
    public List<SessionReport.Entry> entries() {
        return List.copyOf(entries);
    }

    /** 1 for the first question; counts the one on screen. */
    public int number() {
        return entries.size() + (current.isPresent() && !currentRecorded ? 1 : 0);
    }

    public OptionalInt plannedTotal() {
        return plannedTotal;
    }

    public Duration elapsed() {
        return Duration.between(started, clock.instant());
    }

    /** Time left in a timed session, never negative. */
    public Optional<Duration> timeLeft() {
        return limit.map(l -> {
            Duration left = l.minus(elapsed());
            return left.isNegative() ? Duration.ZERO : left;
        });
    }

    public boolean timeUp() {
        return timeLeft().map(Duration::isZero).orElse(false);
    }

    public boolean finished() {
        return report.isPresent();
    }

    /**
     * Ends the session. The question on screen, if unanswered, and {@code unasked} (the rest of a
     * fixed set) are recorded as not answered: in an interview they count against the score.
     */
    public SessionReport finish(List<Question> unasked) {
        if (report.isPresent()) {
            return report.get();
        }
        boolean timedOut = timeUp();
        if (current.isPresent() && !currentRecorded && mode == QuizMode.INTERVIEW) {
            skip();
        }
        for (Question q : unasked) {
            entries.add(new SessionReport.Entry(q, new Answer.Skipped(), grader.grade(q, new Answer.Skipped()),
                    Duration.ZERO));
        }
        Duration used = limit.map(l -> elapsed().compareTo(l) > 0 ? l : elapsed()).orElse(elapsed());
        report = Optional.of(new SessionReport(mode, entries, used, limit, timedOut));
        return report.get();
    }

    public Optional<SessionReport> report() {
        return report;
    }

    /** The answer as the history keeps it. */
    public Attempt attemptOf(SessionReport.Entry entry) {
        Question q = entry.question();
        Grade g = entry.grade();
        boolean dontKnow = entry.answer() instanceof Answer.DontKnow;
        Rating rating = Rating.of(entry.correct(), entry.time(), ExpectedTimes.of(q.card().kind()));
        Attempt.Outcome outcome = new Attempt.Outcome(entry.correct(), g.credit(), dontKnow, rating, g.traps(),
                q.card().traps());
        return new Attempt(q.id(), q.topic(), q.card().kind(), q.card().difficulty(), clock.instant(), entry.time(),
                mode, q.generated(), outcome);
    }

    private Duration sinceShown() {
        Duration d = Duration.between(shownAt, clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }

    private void checkOpen() {
        if (report.isPresent()) {
            throw new IllegalStateException("the session has finished");
        }
    }
}
