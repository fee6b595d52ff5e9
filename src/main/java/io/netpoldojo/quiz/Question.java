package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A card ready to ask: the card and, for prediction and policy cards, the scenario it is asked
 * on, and for a choice card the order its options are shown in. Content cards name their
 * scenario by id; a generated card carries a scenario that exists nowhere else, which is why the
 * two travel together.
 *
 * <p>Answers always name options by their index as written ({@link Answer.Choices}), so grading
 * never depends on the order; only what the learner sees (and the numbers they press) does.
 *
 * @param generated true for a card made by {@link PredictionGenerator}: it has no schedule and
 *                  is never asked twice
 * @param order     for a choice card, the written index of the option shown at each place (a
 *                  permutation of its options); empty for other kinds
 */
public record Question(Card card, Optional<Scenario> scenario, boolean generated, List<Integer> order) {

    public Question {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(scenario, "scenario");
        order = List.copyOf(order);
        if (needsScenario(card) && scenario.isEmpty()) {
            throw new IllegalArgumentException("card " + card.id() + " needs its scenario");
        }
        List<Integer> sorted = order.stream().sorted().toList();
        if (!sorted.equals(asWritten(card))) {
            throw new IllegalArgumentException("card " + card.id() + ": " + order + " is not an order of its options");
        }
    }

    /** The options in the order they are written. */
    public Question(Card card, Optional<Scenario> scenario, boolean generated) {
        this(card, scenario, generated, asWritten(card));
    }

    /**
     * The content card with its scenario looked up in {@code content}.
     *
     * @throws IllegalArgumentException when the scenario is missing (content that loaded without
     *                                  errors never has such a card)
     */
    public static Question of(Card card, Content content) {
        Optional<String> scenarioId = scenarioId(card);
        Optional<Scenario> scenario = scenarioId.flatMap(content::scenario);
        if (scenarioId.isPresent() && scenario.isEmpty()) {
            throw new IllegalArgumentException("card " + card.id() + " asks about scenario " + scenarioId.get()
                    + ", which is not in the content");
        }
        return new Question(card, scenario, false);
    }

    /**
     * The same question with its options in a fresh order drawn from {@code random}, unless the
     * card keeps its order ({@code keepOrder: true}) or has no options to order.
     */
    public Question shuffled(Random random) {
        if (!(card.body() instanceof Card.Choice choice) || choice.keepOrder()) {
            return this;
        }
        List<Integer> shuffled = new ArrayList<>(asWritten(card));
        Collections.shuffle(shuffled, random);
        return new Question(card, scenario, generated, shuffled);
    }

    /** A choice card's options in the order shown; empty for other kinds. */
    public List<Card.Option> shownOptions() {
        if (!(card.body() instanceof Card.Choice choice)) {
            return List.of();
        }
        return order.stream().map(i -> choice.options().get(i)).toList();
    }

    /** The written index of the option shown at {@code place} (0 for the first shown). */
    public int writtenIndex(int place) {
        return order.get(place);
    }

    /** Where the option written at {@code index} is shown, 0 for the first place. */
    public int shownPlace(int index) {
        int place = order.indexOf(index);
        if (place < 0) {
            throw new IllegalArgumentException("card " + card.id() + " has no option " + index);
        }
        return place;
    }

    public String id() {
        return card.id();
    }

    public String topic() {
        return card.topic();
    }

    /** The scenario state the card is asked in; empty means all of the scenario's policies. */
    public Optional<String> after() {
        Card.Body body = card.body();
        if (body instanceof Card.Predict p) {
            return p.after();
        }
        if (body instanceof Card.PolicyTask t) {
            return t.after();
        }
        return Optional.empty();
    }

    private static List<Integer> asWritten(Card card) {
        int n = card.body() instanceof Card.Choice c ? c.options().size() : 0;
        return IntStream.range(0, n).boxed().toList();
    }

    private static boolean needsScenario(Card card) {
        return scenarioId(card).isPresent();
    }

    private static Optional<String> scenarioId(Card card) {
        Card.Body body = card.body();
        if (body instanceof Card.Predict p) {
            return Optional.of(p.scenario());
        }
        if (body instanceof Card.PolicyTask t) {
            return Optional.of(t.scenario());
        }
        return Optional.empty();
    }
}
