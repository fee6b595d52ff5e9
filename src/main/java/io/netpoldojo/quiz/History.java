package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the history screen draws, worked out from the {@link Progress}. */
public final class History {
    /** A card counts as known after this many right answers in a row, each on its own review day. */
    public static final int KNOWN_AFTER = 3;
    /** Generated questions have no schedule: their mastery is the share right of the latest ones. */
    public static final int GENERATED_WINDOW = 20;

    private History() {}

    /** Right answers out of all answers on one day (in the learner's time zone). */
    public record DayScore(LocalDate day, int correct, int total) {
        public double fraction() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    /** One score per day with answers, oldest first, counting every mode. */
    public static List<DayScore> daily(Progress progress, ZoneId zone) {
        Map<LocalDate, int[]> days = new TreeMap<>();
        for (Attempt a : progress.attempts()) {
            int[] counts = days.computeIfAbsent(a.at().atZone(zone).toLocalDate(), d -> new int[2]);
            counts[0] += a.correct() ? 1 : 0;
            counts[1]++;
        }
        List<DayScore> out = new ArrayList<>();
        days.forEach((day, c) -> out.add(new DayScore(day, c[0], c[1])));
        return out;
    }

    /**
     * Mastery per topic, 0 to 1, topics in alphabetical order. A content topic's mastery is the
     * average over its cards of how far each is along the way to known: right answers in a row
     * (SM-2's repetitions) out of {@value #KNOWN_AFTER}, so an unseen card or one just answered
     * wrong counts 0. Generated questions (topic {@link PredictionGenerator#TOPIC}) count the share
     * right of the last {@value #GENERATED_WINDOW}, shown only once some have been answered.
     */
    public static Map<String, Double> mastery(Content content, Progress progress) {
        Map<String, List<Card>> byTopic = new TreeMap<>();
        for (Card c : content.cards()) {
            byTopic.computeIfAbsent(c.topic(), t -> new ArrayList<>()).add(c);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        byTopic.forEach((topic, cards) -> {
            double sum = 0;
            for (Card c : cards) {
                int reps = progress.schedule(c.id()).map(CardSchedule::repetitions).orElse(0);
                sum += Math.min(reps, KNOWN_AFTER) / (double) KNOWN_AFTER;
            }
            out.put(topic, sum / cards.size());
        });
        List<Attempt> generated = progress.attempts().stream().filter(Attempt::generated).toList();
        if (!generated.isEmpty()) {
            List<Attempt> latest = generated.subList(Math.max(0, generated.size() - GENERATED_WINDOW),
                    generated.size());
            long right = latest.stream().filter(Attempt::correct).count();
            out.put(PredictionGenerator.TOPIC, right / (double) latest.size());
        }
        return out;
    }

    /** Content cards known (at least {@value #KNOWN_AFTER} right in a row). */
    public static int knownCards(Content content, Progress progress) {
        return (int) content.cards().stream()
                .filter(c -> progress.schedule(c.id()).map(s -> s.repetitions() >= KNOWN_AFTER).orElse(false))
                .count();
    }
}
