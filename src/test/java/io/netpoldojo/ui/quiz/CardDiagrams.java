package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.workspace.PortFilter;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every quiz card's diagram as its card view lays it out ({@link ScenarioDiagrams}, in the
 * card's own pane), for tests of the diagrams outside the quiz's package.
 */
public final class CardDiagrams {
    private CardDiagrams() {}

    /**
     * A card's diagram before and after what the learner does to it: a prediction's stays as it is;
     * a policy task's gets the model answer, as a check of it draws it. {@code asked} is a
     * prediction's asked arrow, {from, to}.
     */
    public record Diagram(String cardId, Workspace before, Workspace after, PortFilter ports, Optional<String[]> asked) {}

    public static List<Diagram> all(Content content) {
        ScenarioDiagrams diagrams = new ScenarioDiagrams();
        List<Diagram> out = new ArrayList<>();
        for (Card card : content.cards()) {
            if (card.body() instanceof Card.Predict p) {
                Scenario s = content.scenario(p.scenario()).orElseThrow();
                Workspace ws = diagrams.workspace(s, p.after(), List.of(), ScenarioDiagrams.PREDICT);
                out.add(new Diagram(card.id(), ws, ws, PortFilter.of(p.ask().port()),
                        Optional.of(new String[] {p.ask().from(), p.ask().to()})));
            } else if (card.body() instanceof Card.PolicyTask t) {
                Scenario s = content.scenario(t.scenario()).orElseThrow();
                out.add(new Diagram(card.id(), diagrams.workspace(s, t.after(), List.of(), ScenarioDiagrams.POLICY),
                        diagrams.workspace(s, t.after(), t.solutionPolicies(), ScenarioDiagrams.POLICY),
                        PortFilter.OWN_PORTS, Optional.empty()));
            }
        }
        return out;
    }
}
