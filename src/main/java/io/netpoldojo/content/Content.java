package io.netpoldojo.content;

import io.netpoldojo.manifest.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * Everything under {@code content/}, loaded and checked. When {@link #hasErrors()} is true the
 * lists hold only what loaded cleanly.
 */
public record Content(List<Lesson> lessons, List<Card> cards, List<Scenario> scenarios, List<Demo> demos,
                      List<Recipe> recipes, List<Diagnostic> diagnostics) {

    public Content {
        lessons = List.copyOf(lessons);
        cards = List.copyOf(cards);
        scenarios = List.copyOf(scenarios);
        demos = List.copyOf(demos);
        recipes = List.copyOf(recipes);
        diagnostics = List.copyOf(diagnostics);
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

    public List<Card> cardsOnTopic(String topic) {
        return cards.stream().filter(c -> c.topic().equals(topic)).toList();
    }
}
