package io.netpoldojo.quiz.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** SM-2 schedules become FSRS memories: replayed from the history when it has them, converted when not. */
class Sm2MigrationTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private final Scheduler scheduler = Scheduler.defaults();

    private static Sm2Migration.Sm2State sm2(int repetitions, double ease, int interval, int lapses) {
        return new Sm2Migration.Sm2State(repetitions, ease, interval, DAY.plusDays(interval), DAY, lapses);
    }

    @Test
    void aCardWithItsAnswersInTheHistoryIsReplayedAsIfFsrsHadScheduledItFromTheStart() {
        List<Sm2Migration.Review> history = List.of(new Sm2Migration.Review(DAY.minusDays(1), Rating.GOOD),
                new Sm2Migration.Review(DAY.minusDays(7), Rating.AGAIN), new Sm2Migration.Review(DAY, Rating.GOOD));
        CardSchedule migrated = Sm2Migration.migrate(sm2(2, 2.36, 6, 0), history, scheduler);
        Optional<CardSchedule> expected = Optional.empty();
        for (Sm2Migration.Review r : List.of(history.get(1), history.get(0), history.get(2))) {
            expected = Optional.of(scheduler.review(expected, r.rating(), r.day()));
        }
        assertEquals(expected.orElseThrow(), migrated, "in the order they were given");
        assertEquals(3, migrated.reviews());
    }

    @Test
    void aHistoryThatStopsBeforeTheLastSm2ReviewIsNotTrustedForThatCard() {
        List<Sm2Migration.Review> partial = List.of(new Sm2Migration.Review(DAY.minusDays(20), Rating.GOOD));
        CardSchedule migrated = Sm2Migration.migrate(sm2(3, 2.5, 16, 0), partial, scheduler);
        assertEquals(16.0, migrated.stability(), 1e-9);
        assertEquals(DAY.plusDays(16), migrated.due(), "SM-2's due date stays");
    }

    @ParameterizedTest(name = "ease {0}, interval {1}: difficulty {2}")
    @CsvSource({
            // ease, interval (days), difficulty worked out from 1 + e^w8 (11 - D) S^-w9 (e^(w10 * 0.1) - 1) = ease
            "2.5, 6, 7.247398138657193",
            "1.5, 6, 9.74913271288573",
            "3.0, 20, 4.885191998210701",
            "2.5, 60, 5.49277919076913",
            "1.3, 6, 10.0"}) // beyond the scale: clamped
    void withoutHistoryStabilityIsTheIntervalAndDifficultyMatchesTheEase(double ease, int interval, double d) {
        CardSchedule c = Sm2Migration.migrate(sm2(3, ease, interval, 1), List.of(), scheduler);
        assertEquals(interval, c.stability(), 1e-9);
        assertEquals(d, c.difficulty(), 1e-6);
        assertEquals(1, c.lapses());
        assertTrue(c.reviews() >= 4);
    }

    @Test
    void aCardLastAnsweredWrongStartsAgainFromFsrsFirstAgain() {
        CardSchedule c = Sm2Migration.migrate(new Sm2Migration.Sm2State(0, 1.96, 0, DAY, DAY, 2), List.of(), scheduler);
        assertEquals(0.212, c.stability(), 1e-9);
        assertTrue(c.isDue(DAY));
    }
}
