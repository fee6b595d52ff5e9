package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Trap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Draws a mock interview from the deck: two explain cards, each followed by a prediction that
 * puts the same idea to the test on a scenario (a card that shares one of the explain card's
 * traps, else one from its lesson or topic), then a write-the-policy task. The same seed gives the
 * same interview.
 */
public final class MockPlan {
    static final int EXPLAIN_QUESTIONS = 2;

    private MockPlan() {}

    public static List<MockStep> draw(Content content, long seed) {
        Random random = new Random(seed);
        List<Card> explain = shuffled(content.explainCards(), random);
        List<Card> predictions = shuffled(content.cards().stream().filter(c -> c.kind() == CardKind.PREDICT).toList(),
                random);
        List<Card> tasks = shuffled(content.cards().stream().filter(c -> c.kind() == CardKind.WRITE_POLICY
                && c.difficulty() <= 2).toList(), random);
        List<MockStep> steps = new ArrayList<>();
        List<Card> used = new ArrayList<>();
        for (Card e : explain.subList(0, Math.min(EXPLAIN_QUESTIONS, explain.size()))) {
            steps.add(new MockStep(MockStep.Kind.EXPLAIN, e, Optional.empty()));
            followUp(e, predictions, used).ifPresent(p -> {
                used.add(p);
                steps.add(new MockStep(MockStep.Kind.FOLLOW_UP, p, Optional.of("A follow-up on your last answer:")));
            });
        }
        tasks.stream().findFirst().ifPresent(t -> steps.add(new MockStep(MockStep.Kind.TASK, t, Optional.empty())));
        return List.copyOf(steps);
    }

    /** The prediction closest to what the explain card is about: a shared trap, then its lesson, then its topic. */
    static Optional<Card> followUp(Card explain, List<Card> predictions, List<Card> used) {
        Set<Trap> traps = explain.traps();
        return predictions.stream().filter(p -> !used.contains(p)).min(Comparator.comparingInt(p ->
                p.traps().stream().anyMatch(traps::contains) ? 0 : p.lesson().equals(explain.lesson()) ? 1
                        : p.topic().equals(explain.topic()) ? 2 : 3));
    }

    private static List<Card> shuffled(List<Card> cards, Random random) {
        List<Card> out = new ArrayList<>(cards);
        java.util.Collections.shuffle(out, random);
        return out;
    }
}
