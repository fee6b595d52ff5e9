package io.netpoldojo.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the quiz remembers between runs: each content card's schedule, the answers given,
 * the interview scores, and the practice points and streak. Immutable: {@link #record} returns
 * the next state, which is what makes saving it from another thread safe.
 *
 * @param streak     correct answers in a row with feedback (practice and review)
 * @param bestStreak the longest such run so far
 */
public record Progress(Map<String, CardSchedule> schedules, List<Attempt> attempts, List<InterviewResult> interviews,
                       int points, int streak, int bestStreak) {
    /** The history keeps the latest answers only, so the file stays small after years of use. */
    public static final int MAX_ATTEMPTS = 5000;
    public static final int MAX_INTERVIEWS = 500;
    public static final Progress EMPTY = new Progress(Map.of(), List.of(), List.of(), 0, 0, 0);
    /** Streak bonus per answer already in the run, and the run length it stops growing at. */
    static final int STREAK_BONUS = 2;
    static final int STREAK_BONUS_CAP = 10;

    public Progress {
        schedules = Collections.unmodifiableMap(new LinkedHashMap<>(schedules));
        attempts = List.copyOf(attempts);
        interviews = List.copyOf(interviews);
        if (points < 0 || streak < 0 || bestStreak < streak) {
            throw new IllegalArgumentException("points and streaks are never negative, and the best is the longest");
        }
    }

    public Optional<CardSchedule> schedule(String cardId) {
        return Optional.ofNullable(schedules.get(cardId));
    }

    /**
     * Points for a right answer: 10 per difficulty level, plus {@value #STREAK_BONUS} for each right
     * answer already in the current run (up to {@value #STREAK_BONUS_CAP} of them), so a streak is
     * worth keeping but never dwarfs the questions themselves.
     */
    public static int pointsFor(int difficulty, int streakBefore) {
        return 10 * difficulty + STREAK_BONUS * Math.min(streakBefore, STREAK_BONUS_CAP);
    }

    /**
     * The state after one graded answer:
     * <ul>
     *   <li>the answer joins the history;</li>
     *   <li>a content card's schedule moves by {@link Sm2}, except that a right answer to a card that
     *   is not due yet leaves it alone (drilling a card early must not push it months away), while a
     *   wrong one always sends it back;</li>
     *   <li>with feedback (practice, review) a right answer earns {@link #pointsFor} and extends the
     *   streak, a wrong one ends it; an interview leaves points and streak alone.</li>
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
            Optional<CardSchedule> before = schedule(attempt.cardId());
            boolean early = before.isPresent() && !before.get().isDue(today);
            if (!(early && attempt.correct())) {
                int quality = Sm2.quality(attempt.correct(), attempt.time(), ExpectedTimes.of(attempt.kind()));
                nextSchedules.put(attempt.cardId(), Sm2.review(before, quality, today));
            }
        }
        int nextPoints = points;
        int nextStreak = streak;
        if (attempt.mode().immediateFeedback()) {
            if (attempt.correct()) {
                nextPoints += pointsFor(attempt.difficulty(), streak);
                nextStreak = streak + 1;
            } else {
                nextStreak = 0;
            }
        }
        return new Progress(nextSchedules, history, interviews, nextPoints, nextStreak,
                Math.max(bestStreak, nextStreak));
    }

    public Progress withInterview(InterviewResult result) {
        List<InterviewResult> list = new ArrayList<>(interviews);
        list.add(result);
        if (list.size() > MAX_INTERVIEWS) {
            list = list.subList(list.size() - MAX_INTERVIEWS, list.size());
        }
        return new Progress(schedules, attempts, list, points, streak, bestStreak);
    }
}
