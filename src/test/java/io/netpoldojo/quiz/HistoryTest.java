package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The history screen's numbers. */
class HistoryTest {
    private static Content content;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    private static Attempt at(String instant, String card, boolean correct) {
        Card c = content.card(card).orElseThrow();
        return new Attempt(card, c.topic(), c.kind(), c.difficulty(), correct, Instant.parse(instant),
                Duration.ofSeconds(3), QuizMode.PRACTICE, false);
    }

    @Test
    void scoresAreGroupedByDayInTheLearnersTimeZone() {
        Progress p = Progress.EMPTY
                .record(at("2025-03-01T09:00:00Z", "basics-additive", true), LocalDate.of(2025, 3, 1))
                .record(at("2025-03-01T23:30:00Z", "basics-flat-default", false), LocalDate.of(2025, 3, 1))
                .record(at("2025-03-02T10:00:00Z", "cni-silently-ignored", true), LocalDate.of(2025, 3, 2));
        assertEquals(List.of(new History.DayScore(LocalDate.of(2025, 3, 1), 1, 2),
                new History.DayScore(LocalDate.of(2025, 3, 2), 1, 1)), History.daily(p, ZoneOffset.UTC));
        // In Berlin, half past eleven UTC is already the next day.
        assertEquals(List.of(new History.DayScore(LocalDate.of(2025, 3, 1), 1, 1),
                new History.DayScore(LocalDate.of(2025, 3, 2), 1, 2)), History.daily(p, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void masteryCountsHowLongEachCardWouldBeRememberedSoTwoAnswersInOneSittingAreFarFromAll() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        double cniCards = content.cardsOnTopic("cni").size();
        String card = "cni-silently-ignored";
        Progress p = Progress.EMPTY.record(at("2025-03-01T09:00:00Z", card, true), day)
                .record(at("2025-03-01T09:05:00Z", card, true), day);
        double one = History.mastery(content, p, day).get("cni") * cniCards;
        // Stability 2.3065 days of the 21 that make a card known; recall today is certain.
        assertEquals(2.3065 / 21, one, 1e-3, "two right answers in one sitting: about a tenth of the way");
        assertEquals(0, History.knownCards(content, p));
        // Right on each due day until known: then the card counts fully, and known says so.
        LocalDate d = p.schedule(card).orElseThrow().due();
        int reviews = 0;
        while (History.knownCards(content, p) == 0) {
            p = p.record(at(d + "T09:00:00Z", card, true), d);
            d = p.schedule(card).orElseThrow().due();
            reviews++;
        }
        assertTrue(reviews >= 2, "known takes reviews on several days: " + reviews);
        LocalDate last = p.schedule(card).orElseThrow().lastReview();
        assertEquals(1.0 / cniCards, History.mastery(content, p, last).get("cni"), 1e-9, "capped at known");
        assertTrue(History.mastery(content, p, last.plusDays(200)).get("cni") < 1.0 / cniCards,
                "and it fades when the card is left alone");
        assertEquals(0.0, History.mastery(content, p, last).get("basics"), 1e-9, "unseen cards count 0");
    }

    @Test
    void generatedMasteryIsTheShareRightOfTheLatestOnes() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        Progress p = Progress.EMPTY;
        for (int i = 0; i < History.GENERATED_WINDOW + 10; i++) {
            // the first ten wrong, then all right: the window only sees the right ones
            p = p.record(new Attempt("generated-1-" + i, PredictionGenerator.TOPIC, CardKind.PREDICT, 1, i >= 10,
                    Instant.parse("2025-03-01T09:00:00Z"), Duration.ofSeconds(9), QuizMode.PRACTICE, true), day);
        }
        assertEquals(1.0, History.mastery(content, p, day).get(PredictionGenerator.TOPIC), 1e-9);
        assertEquals(null, History.mastery(content, Progress.EMPTY, day).get(PredictionGenerator.TOPIC));
    }
}
