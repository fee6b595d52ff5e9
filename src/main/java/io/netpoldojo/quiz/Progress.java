package io.netpoldojo.quiz;

import io.netpoldojo.quiz.schedule.CardSchedule;
import io.netpoldojo.quiz.schedule.Fsrs;
import io.netpoldojo.quiz.schedule.Scheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the quiz remembers between runs: each content card's schedule, the answers given,
 * the interview scores, the practice points and streak, and the learner's quiz settings.
 * Immutable: {@link #record} returns the next state, which is what makes saving it from another
 * thread safe.
 *
 * @param streak     right answers in a row with feedback (practice and review)
 * @param bestStreak the longest such run so far
 */
public record Progress(Map<String, CardSchedule> schedules, List<Attempt> attempts, List<InterviewResult> interviews,
                       int points, int streak, int bestStreak, QuizSettings settings) {
    /** The history keeps the latest answers only, so the file stays small after years of use. */
    public static final int MAX_ATTEMPTS = 5000;
    public static final int MAX_INTERVIEWS = 500;
    public static final Progress EMPTY = new Progress(Map.of(), List.of(), List.of(), 0, 0, 0, QuizSettings.DEFAULTS);

    public Progress {
        schedules = Collections.unmodifiableMap(new LinkedHashMap<>(schedules));
        attempts = List.copyOf(attempts);
        interviews = List.copyOf(interviews);
        Objects.requireNonNull(settings, "settings");
        if (points < 0 || streak < 0 || bestStreak < streak) {
            throw new IllegalArgumentException("points and streaks are never negative, and the best is the longest");
        }
    }

    public Optional<CardSchedule> schedule(String cardId) {
        return Optional.ofNullable(schedules.get(cardId));
    }

    /** FSRS-6 at the learner's desired retention. */
    public Scheduler scheduler() {
        return new Scheduler(Fsrs.defaults(), settings.desiredRetention());
    }

    /**
     * The state after one graded answer:
     * <ul>
     *   <li>the answer joins the history;</li>
     *   <li>a content card's schedule moves by FSRS with the answer's rating (a review ahead of
     *   time is FSRS's business: it grows stability less when recall was still likely);</li>
     *   <li>with feedback (practice, review) the answer earns {@link Points}; a right one extends
     *   the streak, a wrong one ends it, and "I don't know" leaves it be; an interview leaves
     *   points and streak alone.</li>
     * </ul>
     */
    public Progress record(Attempt attempt, LocalDate today) {
        List<Attempt> history = new ArrayList<>(attempts);
        history.add(attempt);
        if (history.size() > MAX_ATTEMPTS) {
            history = history.subList(history.size() - MAX_ATTEMPTS, history.size());
        }
        Map<String, CardSchedule> nextSchedules = new LinkedHashMap<>(schedules);
        if (!attempt.generated()) {
            nextSchedules.put(attempt.cardId(), scheduler().review(schedule(attempt.cardId()), attempt.rating(), today));
        }
        int nextPoints = points;
        int nextStreak = streak;
        if (attempt.mode().immediateFeedback()) {
            nextPoints += Points.of(attempt, streak).total();
            nextStreak = attempt.correct() ? streak + 1 : attempt.outcome().dontKnow() ? streak : 0;
        }
        return new Progress(nextSchedules, history, interviews, nextPoints, nextStreak,
                Math.max(bestStreak, nextStreak), settings);
    }

    public Progress withInterview(InterviewResult result) {
        List<InterviewResult> list = new ArrayList<>(interviews);
        list.add(result);
        if (list.size() > MAX_INTERVIEWS) {
            list = list.subList(list.size() - MAX_INTERVIEWS, list.size());
        }
        return new Progress(schedules, attempts, list, points, streak, bestStreak, settings);
    }

    /**
     * New settings. A new desired retention moves every reviewed card's due date to where that
     * retention puts it; the memory states themselves do not change.
     */
    public Progress withSettings(QuizSettings next) {
        Map<String, CardSchedule> nextSchedules = new LinkedHashMap<>(schedules);
        if (next.desiredRetention() != settings.desiredRetention()) {
            Scheduler scheduler = new Scheduler(Fsrs.defaults(), next.desiredRetention());
            nextSchedules.replaceAll((id, s) -> scheduler.rescheduled(s));
        }
        return new Progress(nextSchedules, attempts, interviews, points, streak, bestStreak, next);
    }
}
