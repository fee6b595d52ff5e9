package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.schedule.Scheduler;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the home and history screens show about the learner, worked out from the {@link Progress}. */
public final class History {
    /** Generated questions have no schedule: their mastery is the share right of the latest ones. */
    public static final int GENERATED_WINDOW = 20;
    /** What "known" means, in the words the screens use wherever they show it. */
    public static final String KNOWN_MEANING = "Known: a card you would still answer right three weeks from now"
            + " (FSRS expects 90% recall after " + Scheduler.KNOWN_STABILITY_DAYS + " days). That takes several right"
            + " answers on different days, never one sitting.";
    /** What a topic's mastery means, in the words the screens use wherever they show it. */
    public static final String MASTERY_MEANING = "Mastery: each card of the topic counts by how long you would"
            + " remember it, up to three weeks (a card you would keep for a week counts a third), times your chance"
            + " of recalling it today; cards you have not answered count 0. Generated questions: the share right of"
            + " your last " + GENERATED_WINDOW + ".";

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
     * Mastery per topic on {@code today}, 0 to 1, topics in alphabetical order: see
     * {@link #MASTERY_MEANING} and {@link Scheduler#mastery}. Generated questions (topic
     * {@link PredictionGenerator#TOPIC}) count the share right of the last {@value #GENERATED_WINDOW},
     * shown only once some have been answered.
     */
    public static Map<String, Double> mastery(Content content, Progress progress, LocalDate today) {
        Scheduler scheduler = progress.scheduler();
        Map<String, List<Card>> byTopic = new TreeMap<>();
        for (Card c : content.cards()) {
            byTopic.computeIfAbsent(c.topic(), t -> new ArrayList<>()).add(c);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        byTopic.forEach((topic, cards) -> {
            double sum = 0;
            for (Card c : cards) {
                sum += progress.schedule(c.id()).map(s -> scheduler.mastery(s, today)).orElse(0.0);
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

    /** Content cards known: see {@link #KNOWN_MEANING}. */
    public static int knownCards(Content content, Progress progress) {
        Scheduler scheduler = progress.scheduler();
        return (int) content.cards().stream()
                .filter(c -> progress.schedule(c.id()).map(scheduler::isKnown).orElse(false))
                .count();
    }
}
