package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The SM-2 rule, table-driven: each row reviews a new card on the day it is due, with these qualities. */
class Sm2Test {
    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    static Stream<Arguments> runs() {
        return Stream.of(
                // qualities, repetitions, interval, ease, days from start to due
                Arguments.of(new int[] {5}, 1, 1, 2.6, 1),
                Arguments.of(new int[] {4}, 1, 1, 2.5, 1),
                Arguments.of(new int[] {3}, 1, 1, 2.36, 1),
                Arguments.of(new int[] {5, 5}, 2, 6, 2.7, 7),
                // third interval: 6 days times the ease before the review (2.7), rounded up
                Arguments.of(new int[] {5, 5, 5}, 3, 17, 2.8, 24),
                // slow all the way: the ease falls, so the third interval is shorter than the quick run's
                Arguments.of(new int[] {3, 3, 3}, 3, 14, 2.08, 21),
                // wrong: back to the start, due again the same day, ease down by 0.54
                Arguments.of(new int[] {1}, 0, 0, 1.96, 0),
                Arguments.of(new int[] {5, 5, 1}, 0, 0, 2.16, 7),
                // after a lapse the run restarts at 1 day, then 6
                Arguments.of(new int[] {5, 5, 1, 5}, 1, 1, 2.26, 8),
                Arguments.of(new int[] {5, 5, 1, 5, 5}, 2, 6, 2.36, 14),
                // the ease never goes below 1.3
                Arguments.of(new int[] {1, 1, 1, 1}, 0, 0, 1.3, 0),
                Arguments.of(new int[] {0}, 0, 0, 1.7, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void reviewsOnTheDueDay(int[] qualities, int repetitions, int interval, double ease, int dueInDays) {
        Optional<CardSchedule> s = Optional.empty();
        LocalDate day = START;
        for (int q : qualities) {
            s = Optional.of(Sm2.review(s, q, day));
            day = s.get().due();
        }
        CardSchedule last = s.orElseThrow();
        String run = Arrays.toString(qualities);
        assertEquals(repetitions, last.repetitions(), run + " repetitions");
        assertEquals(interval, last.intervalDays(), run + " interval");
        assertEquals(ease, last.ease(), 1e-9, run + " ease");
        assertEquals(START.plusDays(dueInDays), last.due(), run + " due");
    }

    @ParameterizedTest
    @CsvSource({
            // correct, seconds taken, seconds expected, quality
            "true, 10, 20, 5",
            "true, 20, 20, 5",
            "true, 21, 20, 4",
            "true, 40, 20, 4",
            "true, 41, 20, 3",
            "true, 600, 20, 3",
            "false, 5, 20, 1",
            "false, 600, 20, 1"})
    void qualityComesFromRightnessAndTime(boolean correct, long taken, long expected, int quality) {
        assertEquals(quality, Sm2.quality(correct, Duration.ofSeconds(taken), Duration.ofSeconds(expected)));
    }

    @ParameterizedTest
    @CsvSource({"-1", "6"})
    void qualityOutsideZeroToFiveIsRejected(int quality) {
        assertThrows(IllegalArgumentException.class, () -> Sm2.review(Optional.empty(), quality, START));
    }

    @ParameterizedTest
    @CsvSource({"5, 1", "1, 0"})
    void lapsesCountOnlyCardsThatWereLearnt(int firstQuality, int lapsesAfterAWrongAnswer) {
        CardSchedule first = Sm2.review(Optional.empty(), firstQuality, START);
        CardSchedule wrong = Sm2.review(Optional.of(first), 1, first.due());
        assertEquals(lapsesAfterAWrongAnswer, wrong.lapses());
    }
}
