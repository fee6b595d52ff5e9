package io.netpoldojo.content;

import io.netpoldojo.manifest.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * Everything under {@code content/}, loaded and checked. When {@link #hasErrors()} is true the
 * lists hold only what loaded cleanly.
 *
 * @param cards        the quiz's cards ({@code quiz/}): choices, predictions and policy tasks
 * @param explainCards the explain cards ({@code explain/}), kept apart because they are answered
 *                     in words and graded against a rubric, on their own screen
 */
public record Content(List<Lesson> lessons, List<Card> cards, List<Card> explainCards, List<Scenario> scenarios,
                      List<Demo> demos, List<Recipe> recipes, List<Diagnostic> diagnostics) {

    public Content {
        lessons = List.copyOf(lessons);
        cards = List.copyOf(cards);
        explainCards = List.copyOf(explainCards);
        if (explainCards.stream().anyMatch(c -> c.kind() != CardKind.EXPLAIN)
                || cards.stream().anyMatch(c -> c.kind() == CardKind.EXPLAIN)) {
            throw new IllegalArgumentException("explain cards go in explainCards, every other card in cards");
        }
        scenarios = List.copyOf(scenarios);
        demos = List.copyOf(demos);
        recipes = List.copyOf(recipes);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Content without explain cards, as it was before they existed. */
    public Content(List<Lesson> lessons, List<Card> cards, List<Scenario> scenarios, List<Demo> demos,
                   List<Recipe> recipes, List<Diagnostic> diagnostics) {
        this(lessons, cards, List.of(), scenarios, demos, recipes, diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Demo> demo(String id) {
        return demos.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Card> card(String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** An explain card ({@code content/explain/<id>.yaml}) by id. */
    public Optional<Card> explainCard(String id) {
        return explainCards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Card> cardsOnTopic(String topic) {
        return cards.stream().filter(c -> c.topic().equals(topic)).toList();
    }
}
