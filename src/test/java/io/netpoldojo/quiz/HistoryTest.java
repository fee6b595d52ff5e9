package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void masteryIsHowFarEachCardOfATopicIsTowardsKnown() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        // A topic's mastery is the mean over its cards, so one card's share is 1 / (cards on the topic).
        double cniCards = content.cardsOnTopic("cni").size();
        Progress p = Progress.EMPTY.record(at("2025-03-01T09:00:00Z", "cni-silently-ignored", true), day);
        assertEquals(1 / 3.0 / cniCards, History.mastery(content, p).get("cni"), 1e-9, "one step of three towards known");
        LocalDate due = p.schedule("cni-silently-ignored").orElseThrow().due();
        p = p.record(at("2025-03-02T09:00:00Z", "cni-silently-ignored", true), due);
        due = p.schedule("cni-silently-ignored").orElseThrow().due();
        p = p.record(at("2025-03-08T09:00:00Z", "cni-silently-ignored", true), due);
        due = p.schedule("cni-silently-ignored").orElseThrow().due();
        p = p.record(at("2025-03-25T09:00:00Z", "cni-silently-ignored", true), due);
        assertEquals(1.0 / cniCards, History.mastery(content, p).get("cni"), 1e-9, "capped at known");
        assertEquals(1, History.knownCards(content, p));
        long basics = content.cardsOnTopic("basics").size();
        assertEquals(0.0, History.mastery(content, p).get("basics"), 1e-9, basics + " unseen basics cards");
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
        assertEquals(1.0, History.mastery(content, p).get(PredictionGenerator.TOPIC), 1e-9);
        assertEquals(null, History.mastery(content, Progress.EMPTY).get(PredictionGenerator.TOPIC));
    }
}
