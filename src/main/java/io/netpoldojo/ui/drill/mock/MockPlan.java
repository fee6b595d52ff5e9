package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Trap;
import io.netpoldojo.ui.drill.whatif.WhatIfs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Draws a mock interview from the deck: two explain cards, each followed by a prediction that
 * puts the same idea to the test on a scenario (a card that shares one of the explain card's
 * traps, else one from its lesson or topic), then a write-the-policy task. The first prediction
 * that can be varied, and the task, are each followed by a "what if ...?" generated from their
 * scenario ({@link WhatIfs}). The same seed gives the same interview.
 */
public final class MockPlan {
    static final int EXPLAIN_QUESTIONS = 2;
    static final String WHAT_IF_PREDICTION = "What if ...? The interviewer changes the last question's scenario:";
    static final String WHAT_IF_TASK = "What if ...? The interviewer takes a policy that meets the last task's goal"
            + " and changes it:";

    private MockPlan() {}

    public static List<MockStep> draw(Content content, long seed) {
        return draw(content, seed, variedPredictions(content));
    }

    /** The prediction cards whose scenario a "what if" can vary: worked out once per content. */
    static Set<Card> variedPredictions(Content content) {
        Set<Card> varied = new java.util.HashSet<>();
        content.cards().stream().filter(c -> c.kind() == CardKind.PREDICT && canVary(c, content)).forEach(varied::add);
        return Set.copyOf(varied);
    }

    static List<MockStep> draw(Content content, long seed, Set<Card> varied) {
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
            followUp(e, predictions, used, varied::contains).ifPresent(p -> {
                used.add(p);
                steps.add(new MockStep(MockStep.Kind.FOLLOW_UP, p, Optional.of("A follow-up on your last answer:")));
                if (steps.stream().noneMatch(s -> s.kind() == MockStep.Kind.WHAT_IF)) {
                    WhatIfs.pick(p, content, random).ifPresent(w -> steps.add(MockStep.whatIf(p, w, WHAT_IF_PREDICTION)));
                }
            });
        }
        // A task whose model solution a "what if" can vary comes first, when the deck has one.
        tasks.stream().filter(t -> canVary(t, content)).findFirst().or(() -> tasks.stream().findFirst()).ifPresent(t -> {
            steps.add(new MockStep(MockStep.Kind.TASK, t, Optional.empty()));
            WhatIfs.pick(t, content, random).ifPresent(w -> steps.add(MockStep.whatIf(t, w, WHAT_IF_TASK)));
        });
        return List.copyOf(steps);
    }

    /**
     * The prediction closest to what the explain card is about: a shared trap, then its lesson, then
     * its topic; among equals, one whose scenario a "what if" can vary.
     */
    static Optional<Card> followUp(Card explain, List<Card> predictions, List<Card> used, Predicate<Card> canVary) {
        Set<Trap> traps = explain.traps();
        return predictions.stream().filter(p -> !used.contains(p)).min(Comparator.<Card>comparingInt(p ->
                p.traps().stream().anyMatch(traps::contains) ? 0 : p.lesson().equals(explain.lesson()) ? 1
                        : p.topic().equals(explain.topic()) ? 2 : 3).thenComparingInt(p -> canVary.test(p) ? 0 : 1));
    }

    private static boolean canVary(Card card, Content content) {
        return WhatIfs.subject(card, content).filter(s -> !WhatIfs.generate(s.cluster(), s.ask()).isEmpty()).isPresent();
    }

    private static List<Card> shuffled(List<Card> cards, Random random) {
        List<Card> out = new ArrayList<>(cards);
        java.util.Collections.shuffle(out, random);
        return out;
    }
}
