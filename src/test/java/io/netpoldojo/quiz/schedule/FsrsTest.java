package io.netpoldojo.quiz.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FSRS-6 with its default parameters against reference values. The values were worked out
 * separately from the published formulas (a short Python transcription, kept out of the build),
 * not by running this code: a mistake in one would show as a mismatch here.
 */
class FsrsTest {
    private static final double EPS = 1e-9;
    private final Fsrs fsrs = Fsrs.defaults();

    @ParameterizedTest(name = "R({0} days, S = {1}) = {2}")
    @CsvSource({
            "0, 10, 1.0",
            "1, 10, 0.9856824087775146",
            "5, 10, 0.9403442888929227",
            "10, 10, 0.9",
            "30, 10, 0.8093881035731708",
            "100, 10, 0.6928266345726217"})
    void theForgettingCurveIsAPowerLawThroughNinetyPercentAtTheStability(double days, double stability, double r) {
        assertEquals(r, fsrs.retrievability(days, stability), EPS);
    }

    @ParameterizedTest(name = "I(r = {0}, S = {1}) = {2}")
    @CsvSource({
            "0.80, 10, 33.159597862309816",
            "0.85, 10, 19.064261330529586",
            "0.90, 10, 10.0",
            "0.95, 10, 4.02558691989992"})
    void theIntervalIsWhereRecallFallsToTheDesiredRetention(double retention, double stability, double days) {
        assertEquals(days, fsrs.interval(stability, retention), 1e-6);
    }

    @ParameterizedTest(name = "first review {0}: S0 = {1}, D0 = {2}")
    @CsvSource({
            "AGAIN, 0.212, 6.4133",
            "HARD, 1.2931, 5.112170705601055",
            "GOOD, 2.3065, 2.118103970459015",
            "EASY, 8.2956, 1.0"})
    void theFirstReviewSetsStabilityAndDifficultyFromTheRating(Rating g, double stability, double difficulty) {
        assertEquals(stability, fsrs.initialStability(g), EPS);
        assertEquals(difficulty, fsrs.initialDifficulty(g), EPS, "D0(easy) = 0.21... is clamped to 1");
    }

    /** One review of a sequence: days since the previous one, the rating, then the expected state. */
    record Step(int days, Rating rating, double stability, double difficulty, int interval) {}

    private void replay(List<Step> steps, double retention) {
        Scheduler scheduler = new Scheduler(fsrs, retention);
        LocalDate day = LocalDate.of(2025, 1, 6);
        Optional<CardSchedule> s = Optional.empty();
        for (Step step : steps) {
            day = day.plusDays(step.days());
            s = Optional.of(scheduler.review(s, step.rating(), day));
            String at = "after " + step;
            assertEquals(step.stability(), s.get().stability(), 1e-9, at);
            assertEquals(step.difficulty(), s.get().difficulty(), 1e-9, at);
            assertEquals(day.plusDays(step.interval()), s.get().due(), at);
        }
    }

    @Test
    void fourGoodReviewsEachOnItsDueDay() {
        replay(List.of(new Step(0, Rating.GOOD, 2.3065, 2.118103970459015, 2),
                new Step(2, Rating.GOOD, 10.964332335820703, 2.1112142357853942, 11),
                new Step(11, Rating.GOOD, 46.28021728755687, 2.1043313908464474, 46),
                new Step(40, Rating.GOOD, 151.59634873136582, 2.0974554287524394, 152)), 0.9);
    }

    @Test
    void againThenGoodTheSameDayUsesTheSameDayFormulaThenGoodTheNextDay() {
        replay(List.of(new Step(0, Rating.AGAIN, 0.212, 6.4133, 0),
                new Step(0, Rating.GOOD, 0.24668918777567272, 6.402115069296838, 1),
                new Step(1, Rating.GOOD, 2.0214772516381925, 6.3909413235243795, 2)), 0.9);
    }

    @Test
    void aLapseAMonthLaterThenARelearnTheSameDay() {
        replay(List.of(new Step(0, Rating.GOOD, 2.3065, 2.118103970459015, 2),
                new Step(30, Rating.AGAIN, 0.9053468286574414, 7.394502741279718, 0),
                new Step(0, Rating.GOOD, 0.9575108689050376, 7.382336607835277, 1)), 0.9);
    }

    @Test
    void easyThenHardThenGood() {
        replay(List.of(new Step(0, Rating.EASY, 8.2956, 1.0, 8),
                new Step(8, Rating.HARD, 26.704183359371367, 4.010608969296839, 27),
                new Step(5, Rating.GOOD, 41.18879381994005, 4.00182672962438, 41)), 0.9);
    }

    @Test
    void aLowerDesiredRetentionSpacesTheSameMemoriesFurther() {
        replay(List.of(new Step(0, Rating.GOOD, 2.3065, 2.118103970459015, 8),
                new Step(2, Rating.GOOD, 10.964332335820703, 2.1112142357853942, 36)), 0.8);
    }

    @Test
    void lapsesCountWrongAnswersAfterTheFirstReview() {
        Scheduler scheduler = Scheduler.defaults();
        LocalDate day = LocalDate.of(2025, 1, 6);
        CardSchedule s = scheduler.review(Optional.empty(), Rating.AGAIN, day);
        assertEquals(0, s.lapses());
        s = scheduler.review(Optional.of(s), Rating.GOOD, day);
        s = scheduler.review(Optional.of(s), Rating.AGAIN, day.plusDays(1));
        assertEquals(1, s.lapses());
        assertEquals(3, s.reviews());
        assertTrue(s.isDue(day.plusDays(1)));
    }

    @Test
    void theParametersAreFsrsSixsAndTheRetentionStaysInItsRange() {
        assertEquals(21, Fsrs.DEFAULT_PARAMETERS.size());
        assertEquals(0.1542, Fsrs.DEFAULT_PARAMETERS.get(20), 0.0, "w20, the decay FSRS-6 added");
        assertThrows(IllegalArgumentException.class, () -> new Scheduler(fsrs, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Scheduler(fsrs, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new Fsrs(Fsrs.DEFAULT_PARAMETERS.subList(0, 19)));
    }
}
