package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.CardKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one answer does to the schedule, the points and the streak. */
class ProgressTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");

    private static Attempt answer(String card, boolean correct, QuizMode mode) {
        return new Attempt(card, "peers", CardKind.SINGLE, 2, correct, AT, Duration.ofSeconds(10), mode, false);
    }

    @Test
    void aNewCardRightFirstTimeIsDueTomorrow() {
        Progress p = Progress.EMPTY.record(answer("c", true, QuizMode.PRACTICE), DAY);
        assertEquals(DAY.plusDays(1), p.schedule("c").orElseThrow().due());
        assertEquals(1, p.attempts().size());
    }

    @Test
    void aWrongAnswerIsDueAgainTodayAndComesBackSoonerThanARightOne() {
        Progress right = Progress.EMPTY.record(answer("c", true, QuizMode.PRACTICE), DAY);
        Progress wrong = Progress.EMPTY.record(answer("c", false, QuizMode.PRACTICE), DAY);
        assertTrue(wrong.schedule("c").orElseThrow().isDue(DAY));
        assertFalse(right.schedule("c").orElseThrow().isDue(DAY));
    }

    @Test
    void aSlowRightAnswerLowersTheEaseSoTheCardComesBackSooner() {
        Attempt quick = answer("c", true, QuizMode.REVIEW);
        Attempt slow = new Attempt("c", "peers", CardKind.SINGLE, 2, true, AT, Duration.ofMinutes(2), QuizMode.REVIEW,
                false);
        Progress fast = Progress.EMPTY;
        Progress hesitant = Progress.EMPTY;
        LocalDate fastDay = DAY;
        LocalDate slowDay = DAY;
        for (int i = 0; i < 3; i++) {
            fast = fast.record(quick, fastDay);
            fastDay = fast.schedule("c").orElseThrow().due();
            hesitant = hesitant.record(slow, slowDay);
            slowDay = hesitant.schedule("c").orElseThrow().due();
        }
        assertTrue(slowDay.isBefore(fastDay), "slow " + slowDay + " before quick " + fastDay);
    }

    @Test
    void answeringRightBeforeTheDueDayDoesNotPushTheCardFurtherAway() {
        Progress p = Progress.EMPTY.record(answer("c", true, QuizMode.PRACTICE), DAY);
        CardSchedule before = p.schedule("c").orElseThrow();
        Progress again = p.record(answer("c", true, QuizMode.PRACTICE), DAY);
        assertEquals(before, again.schedule("c").orElseThrow());
        assertEquals(2, again.attempts().size(), "the answer still counts in the history");
    }

    @Test
    void answeringWrongBeforeTheDueDayStillSendsTheCardBack() {
        Progress p = Progress.EMPTY.record(answer("c", true, QuizMode.PRACTICE), DAY);
        Progress again = p.record(answer("c", false, QuizMode.PRACTICE), DAY);
        assertTrue(again.schedule("c").orElseThrow().isDue(DAY));
        assertEquals(0, again.schedule("c").orElseThrow().repetitions());
    }

    @Test
    void generatedCardsHaveNoSchedule() {
        Attempt generated = new Attempt("generated-1-x", PredictionGenerator.TOPIC, CardKind.PREDICT, 1, true, AT,
                Duration.ofSeconds(5), QuizMode.PRACTICE, true);
        Progress p = Progress.EMPTY.record(generated, DAY);
        assertTrue(p.schedules().isEmpty());
        assertEquals(10, p.points());
    }

    @ParameterizedTest
    @CsvSource({
            // difficulty, streak before, points for a right answer
            "1, 0, 10",
            "2, 0, 20",
            "3, 0, 30",
            "1, 1, 12",
            "2, 4, 28",
            "1, 10, 30",
            "1, 25, 30"})
    void pointsRewardDifficultyAndTheStreakUpToACap(int difficulty, int streakBefore, int points) {
        assertEquals(points, Progress.pointsFor(difficulty, streakBefore));
    }

    @Test
    void aStreakGrowsWithRightAnswersEndsWithAWrongOneAndTheBestIsKept() {
        Progress p = Progress.EMPTY;
        for (boolean correct : new boolean[] {true, true, true, false, true}) {
            p = p.record(answer("c" + p.attempts().size(), correct, QuizMode.PRACTICE), DAY);
        }
        assertEquals(1, p.streak());
        assertEquals(3, p.bestStreak());
        // 20 + 22 + 24 for the first run, 20 after the wrong answer
        assertEquals(86, p.points());
    }

    @Test
    void anInterviewMovesTheScheduleButNotPointsOrStreak() {
        Progress p = Progress.EMPTY.record(answer("a", true, QuizMode.PRACTICE), DAY);
        Progress after = p.record(answer("b", true, QuizMode.INTERVIEW), DAY)
                .record(answer("c", false, QuizMode.INTERVIEW), DAY);
        assertEquals(p.points(), after.points());
        assertEquals(1, after.streak());
        assertTrue(after.schedule("b").isPresent() && after.schedule("c").isPresent());
    }

    @Test
    void theHistoryKeepsTheLatestAnswersOnly() {
        Progress p = Progress.EMPTY;
        for (int i = 0; i < Progress.MAX_ATTEMPTS + 5; i++) {
            p = p.record(answer("c" + i, true, QuizMode.PRACTICE), DAY);
        }
        assertEquals(Progress.MAX_ATTEMPTS, p.attempts().size());
        assertEquals("c5", p.attempts().get(0).cardId());
    }
}
