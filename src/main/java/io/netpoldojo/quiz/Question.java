package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Scenario;
import java.util.Objects;
import java.util.Optional;

/**
 * A card ready to ask: the card and, for prediction and policy cards, the scenario it is asked
 * on. Content cards name their scenario by id; a generated card carries a scenario that exists
 * nowhere else, which is why the two travel together.
 *
 * @param generated true for a card made by {@link PredictionGenerator}: it has no schedule and
 *                  is never asked twice
 */
public record Question(Card card, Optional<Scenario> scenario, boolean generated) {

    public Question {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(scenario, "scenario");
        if (needsScenario(card) && scenario.isEmpty()) {
            throw new IllegalArgumentException("card " + card.id() + " needs its scenario");
        }
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
