package io.netpoldojo.quiz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A finished session: every answer with its grade and time, the score, the breakdown per topic
 * and the mistakes to go over.
 *
 * @param used     from the first question to the end (for an interview, at most its limit)
 * @param timedOut an interview that ended because its time ran out
 */
public record SessionReport(QuizMode mode, List<Entry> entries, Duration used, Optional<Duration> limit,
                            boolean timedOut) {

    public SessionReport {
        entries = List.copyOf(entries);
    }

    /** One question as it was answered. {@code time} is from the question showing to the answer. */
    public record Entry(Question question, Answer answer, Grade grade, Duration time) {
        public boolean correct() {
            return grade.correct();
        }

        public boolean answered() {
            return !(answer instanceof Answer.Skipped);
        }
    }

    /** Right answers out of questions asked, for one topic. */
    public record TopicScore(int correct, int total) {
        public double fraction() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    public int score() {
        return (int) entries.stream().filter(Entry::correct).count();
    }

    public int total() {
        return entries.size();
    }

    /** Per topic, in alphabetical order. */
    public Map<String, TopicScore> byTopic() {
        Map<String, TopicScore> out = new TreeMap<>();
        for (Entry e : entries) {
            TopicScore s = out.getOrDefault(e.question().topic(), new TopicScore(0, 0));
            out.put(e.question().topic(), new TopicScore(s.correct() + (e.correct() ? 1 : 0), s.total() + 1));
        }
        return out;
    }

    public List<Entry> mistakes() {
        return entries.stream().filter(e -> !e.correct()).toList();
    }
}
