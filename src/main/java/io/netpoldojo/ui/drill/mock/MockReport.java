package io.netpoldojo.ui.drill.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finished mock interview, as it is shown and saved: per question what was asked, the answer,
 * the time, and the judgement (key points covered and missed and myths for an explanation, the
 * engine's verdict for a prediction or a policy). Plain text throughout, so a saved report still
 * opens after the content has changed.
 */
public record MockReport(Instant at, List<Item> items) {
    /**
     * @param kind     "explain", "follow-up" or "policy"
     * @param verdict  the engine's answer and why, for a prediction or a policy; empty for an explanation
     * @param practise what a wrong answer says to practise next (the traps it fell into)
     */
    public record Item(String kind, String cardId, String question, Duration time, Duration given, String answer,
                       boolean right, List<String> covered, List<String> missed, List<String> myths, String verdict,
                       List<String> practise) {
        public Item {
            Objects.requireNonNull(kind);
            covered = List.copyOf(covered);
            missed = List.copyOf(missed);
            myths = List.copyOf(myths);
            practise = List.copyOf(practise);
        }
    }

    public MockReport {
        items = List.copyOf(items);
    }

    public long rightCount() {
        return items.stream().filter(Item::right).count();
    }

    public Duration totalTime() {
        return items.stream().map(Item::time).reduce(Duration.ZERO, Duration::plus);
    }

    public Duration totalGiven() {
        return items.stream().map(Item::given).reduce(Duration.ZERO, Duration::plus);
    }

    /** "3 of 5 answers right; 7 of 13 key points; 1 myth." */
    public String summary() {
        int covered = items.stream().mapToInt(i -> i.covered().size()).sum();
        int points = covered + items.stream().mapToInt(i -> i.missed().size()).sum();
        int myths = items.stream().mapToInt(i -> i.myths().size()).sum();
        return rightCount() + " of " + items.size() + " answers right; " + covered + " of " + points
                + " key points in your explanations; " + (myths == 0 ? "no myths." : myths == 1 ? "1 myth." : myths + " myths.");
    }

    /** What to practise next, each once, in the order the interview met them. */
    public List<String> practiseNext() {
        return items.stream().flatMap(i -> i.practise().stream()).distinct().toList();
    }
}
