package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Trap;
import io.netpoldojo.quiz.schedule.CardSchedule;
import io.netpoldojo.quiz.schedule.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
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

    private static Attempt outcome(String card, Attempt.Outcome outcome) {
        return new Attempt(card, "peers", CardKind.MULTIPLE, 2, AT, Duration.ofSeconds(50), QuizMode.PRACTICE, false,
                outcome);
    }

    @Test
    void aNewCardRightFirstTimeIsDueWhenFsrsExpectsRecallToFallToNinetyPercent() {
        Progress p = Progress.EMPTY.record(answer("c", true, QuizMode.PRACTICE), DAY);
        // FSRS-6's first "good": stability w2 = 2.3065 days, so at 90% retention the interval rounds to 2.
        assertEquals(DAY.plusDays(2), p.schedule("c").orElseThrow().due());
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
    void aSlowRightAnswerIsRatedHardSoTheCardComesBackSooner() {
        Attempt quick = answer("c", true, QuizMode.REVIEW);
        Attempt slow = new Attempt("c", "peers", CardKind.SINGLE, 2, true, AT, Duration.ofMinutes(2), QuizMode.REVIEW,
                false);
        assertEquals(Rating.GOOD, quick.rating());
        assertEquals(Rating.HARD, slow.rating());
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
    void answeringRightAgainTheSameDayDoesNotPushTheCardFurtherAway() {
        Progress p = Progress.EMPTY.record(answer("c", true, QuizMode.PRACTICE), DAY);
        CardSchedule before = p.schedule("c").orElseThrow();
        Progress again = p.record(answer("c", true, QuizMode.PRACTICE), DAY);
        assertEquals(before.due(), again.schedule("c").orElseThrow().due());
        assertEquals(2, again.attempts().size(), "the answer still counts in the history");
    }

    @Test
    void answeringWrongBeforeTheDueDayStillSendsTheCardBack() {
        Progress p = Progress.EMPTY.record(answer("c", true, QuizMode.PRACTICE), DAY);
        Progress again = p.record(answer("c", false, QuizMode.PRACTICE), DAY.plusDays(1));
        CardSchedule s = again.schedule("c").orElseThrow();
        assertTrue(s.isDue(DAY.plusDays(1)));
        assertEquals(1, s.lapses());
        assertTrue(s.stability() < p.schedule("c").orElseThrow().stability());
    }

    @Test
    void generatedCardsHaveNoSchedule() {
        Attempt generated = new Attempt("generated-1-x", PredictionGenerator.TOPIC, CardKind.PREDICT, 1, true, AT,
                Duration.ofSeconds(5), QuizMode.PRACTICE, true);
        Progress p = Progress.EMPTY.record(generated, DAY);
        assertTrue(p.schedules().isEmpty());
        assertEquals(10 + Points.SPEED_BONUS, p.points());
    }

    @ParameterizedTest
    @CsvSource({
            // difficulty, seconds taken (single choice: 20 s expected), streak before, credit, base, speed, streak
            "1, 10, 0, 1, 10, 5, 0",
            "2, 10, 0, 1, 20, 5, 0",
            "3, 25, 0, 1, 30, 0, 0",
            "1, 10, 1, 1, 10, 5, 2",
            "2, 60, 4, 1, 20, 0, 8",
            "1, 10, 10, 1, 10, 5, 20",
            "1, 10, 25, 1, 10, 5, 20",
            "2, 10, 3, 0.5, 10, 0, 0",
            "2, 10, 3, 0, 0, 0, 0"})
    void pointsAreABaseForTheLevelASpeedBonusAndAStreakBonus(int difficulty, int seconds, int streakBefore,
                                                           double credit, int base, int speed, int streak) {
        boolean right = credit == 1;
        Attempt a = new Attempt("c", "peers", CardKind.SINGLE, difficulty, AT, Duration.ofSeconds(seconds),
                QuizMode.PRACTICE, false, new Attempt.Outcome(right, credit, false, right ? Rating.GOOD : Rating.AGAIN,
                Set.of(), Set.of()));
        assertEquals(new Points(base, speed, streak), Points.of(a, streakBefore));
    }

    @Test
    void aStreakGrowsWithRightAnswersEndsWithAWrongOneAndTheBestIsKept() {
        Progress p = Progress.EMPTY;
        for (boolean correct : new boolean[] {true, true, true, false, true}) {
            p = p.record(answer("c" + p.attempts().size(), correct, QuizMode.PRACTICE), DAY);
        }
        assertEquals(1, p.streak());
        assertEquals(3, p.bestStreak());
        // 25, 27, 29 for the first run (20 base, 5 speed, 2 per answer in the streak), 25 after the wrong answer
        assertEquals(106, p.points());
    }

    @Test
    void iDontKnowIsWrongForTheScheduleButKeepsTheStreak() {
        Progress p = Progress.EMPTY.record(answer("a", true, QuizMode.PRACTICE), DAY);
        Attempt.Outcome dontKnow = new Attempt.Outcome(false, 0, true, Rating.AGAIN, Set.of(), Set.of(Trap.STATEFUL));
        Progress after = p.record(outcome("b", dontKnow), DAY);
        assertEquals(1, after.streak(), "no penalty beyond the schedule");
        assertEquals(p.points(), after.points());
        assertTrue(after.schedule("b").orElseThrow().isDue(DAY), "it comes back today");
    }

    @Test
    void aMultipleChoicePartlyRightEarnsItsShareOfTheBaseAndEndsTheStreak() {
        Progress p = Progress.EMPTY.record(answer("a", true, QuizMode.PRACTICE), DAY);
        Attempt.Outcome half = new Attempt.Outcome(false, 0.5, false, Rating.AGAIN, Set.of(Trap.AND_VS_OR),
                Set.of(Trap.AND_VS_OR));
        Progress after = p.record(outcome("b", half), DAY);
        assertEquals(p.points() + 10, after.points());
        assertEquals(0, after.streak());
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
    void aHigherDesiredRetentionBringsReviewedCardsCloserAndKeepsTheirMemory() {
        Progress p = Progress.EMPTY.record(answer("c", true, QuizMode.PRACTICE), DAY);
        LocalDate d = DAY.plusDays(2);
        for (int i = 0; i < 3; i++) {
            p = p.record(answer("c", true, QuizMode.PRACTICE), d);
            d = p.schedule("c").orElseThrow().due();
        }
        CardSchedule at90 = p.schedule("c").orElseThrow();
        Progress stricter = p.withSettings(p.settings().withDesiredRetention(0.95));
        CardSchedule at95 = stricter.schedule("c").orElseThrow();
        assertTrue(at95.due().isBefore(at90.due()), at95.due() + " before " + at90.due());
        assertEquals(at90.stability(), at95.stability());
        assertEquals(0.95, stricter.scheduler().retention());
        Progress wrong = Progress.EMPTY.record(answer("w", false, QuizMode.PRACTICE), DAY);
        assertEquals(DAY, wrong.withSettings(QuizSettings.DEFAULTS.withDesiredRetention(0.8)).schedule("w")
                .orElseThrow().due(), "a card answered wrong stays due");
        assertEquals(Optional.of(DAY), p.withSettings(p.settings().withInterviewDate(Optional.of(DAY))).settings()
                .interviewDate());
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
