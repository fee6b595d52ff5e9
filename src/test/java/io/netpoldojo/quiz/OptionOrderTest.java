package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.CardKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Options come in a fresh order every time a card shows, replayable from the session's seed. */
class OptionOrderTest {
    private static final Question CARD = TestCards.single("order", "*Right", "Wrong one", "Wrong two", "Wrong three");
    private static final Question SCALE = TestCards.choice(CardKind.SINGLE, "scale", true, "Never", "*Sometimes",
            "Often", "Always");
    private final ManualClock clock = ManualClock.morning();

    private QuizSession session(long seed) {
        return new QuizSession(QuizMode.PRACTICE, clock, new Grader(), Optional.empty(), OptionalInt.empty(), seed);
    }

    private List<List<Integer>> orders(long seed, Question q, int times) {
        QuizSession s = session(seed);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add(s.show(q).order());
            s.skip();
        }
        return out;
    }

    @Test
    void theSameSeedReplaysTheSameOrdersAndAnotherSeedGivesOthers() {
        assertEquals(orders(42, CARD, 10), orders(42, CARD, 10));
        assertNotEquals(orders(42, CARD, 10), orders(43, CARD, 10));
    }

    @Test
    void everyOptionTurnsUpEverywhereAboutEquallyOften() {
        int[] rightAt = new int[4];
        for (List<Integer> order : orders(7, CARD, 4000)) {
            rightAt[order.indexOf(0)]++;
        }
        for (int place = 0; place < 4; place++) {
            assertTrue(rightAt[place] > 900 && rightAt[place] < 1100, "place " + (place + 1) + ": " + rightAt[place]);
        }
    }

    @Test
    void aCardThatKeepsItsOrderIsShownAsWritten() {
        assertEquals(List.of(List.of(0, 1, 2, 3)), orders(5, SCALE, 50).stream().distinct().toList());
    }

    @Test
    void theReportKeepsTheOrderTheLearnerSaw() {
        QuizSession s = session(9);
        Question shown = s.show(CARD);
        clock.advance(Duration.ofSeconds(3));
        SessionReport.Entry entry = s.submit(TestCards.right(CARD)).recorded().orElseThrow();
        assertEquals(shown.order(), entry.question().order());
        assertEquals(shown.order(), s.finish(List.of()).entries().get(0).question().order());
        assertTrue(entry.correct(), "graded by the written index, whatever the order");
    }
}
