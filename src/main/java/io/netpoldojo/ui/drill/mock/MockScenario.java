package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.content.Ask;
import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.ManifestWriter;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.ui.drill.whatif.WhatIf;
import io.netpoldojo.ui.drill.whatif.WhatIfs;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.workspace.PortFilter;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The scenario a follow-up or a policy task is about: the diagram in the card's state (still: no
 * flow animation in an interview) beside the YAML of the policies already applied. For a "what
 * if", the change as a diff comes first, then the policies as they were before it.
 */
final class MockScenario {
    /**
     * The diagram's pane: as wide as the interview's column and {@code 300} px tall, above the
     * change and the policies; laid out for it, compact as a quiz card's, rather than in the quiz's
     * old 665 x 475 frame, which this short, wide pane shrank to 6-7 px words.
     */
    static final io.netpoldojo.diagram.DiagramLayout.Frame PANE =
            new io.netpoldojo.diagram.DiagramLayout.Frame(900, 300).compact();

    private MockScenario() {}

    static Node of(Card card, Content content) {
        return of(card, Optional.empty(), content);
    }

    static Node of(MockStep step, Content content) {
        return of(step.card(), step.whatIf(), content);
    }

    private static Node of(Card card, Optional<WhatIf> whatIf, Content content) {
        Optional<Scenario> scenario = scenarioOf(card).flatMap(content::scenario);
        if (scenario.isEmpty()) {
            return new Label("This question's scenario is missing from the content.");
        }
        Scenario s = scenario.get();
        Optional<String> after = afterOf(card);
        VBox box = new VBox(8);
        box.setId("mock-scenario");
        ScenarioFiles.Opened opened = new ScenarioFiles().read(s.file(), s.yaml());
        Optional<Ask> asked = whatIf.map(WhatIf::ask).or(() -> card.body() instanceof Card.Predict p
                ? Optional.of(p.ask()) : Optional.empty());
        opened.workspace().ifPresent(read -> {
            Workspace all = opened.laidOut() ? AutoLayout.arrange(read, PANE) : read;
            int applied = s.appliedCount(after).orElse(s.policiesInOrder().size());
            Workspace shown = all.withPolicies(all.policies().subList(0, Math.min(applied, all.policies().size())));
            DiagramView diagram = new DiagramView(shown);
            diagram.setStepperVisible(false);
            diagram.setAnimating(false);
            diagram.setId("mock-diagram");
            diagram.setPrefHeight(300);
            diagram.setMinHeight(220);
            diagram.fitInside(1.3);
            asked.ifPresent(ask -> {
                // The arrows would give the answer away: hidden as the Quiz hides them (its quiz.css
                // applies here), but for the asked one, drawn neutral on the asked port.
                diagram.model().portFilterProperty().set(PortFilter.of(ask.port()));
                diagram.getStyleClass().add("quiz-answer-hidden");
                diagram.markArrow(ask.from(), ask.to(), "quiz-asked");
                diagram.markArrow(ask.from(), ask.to(), NodeIds.ANSWER_HIDDEN);
            });
            HBox.setHgrow(diagram, Priority.ALWAYS);
            box.getChildren().add(diagram);
        });
        whatIf.ifPresent(w -> {
            java.util.List<String> lines = w.shortDiff(3);
            TextArea diff = code("mock-diff", String.join("\n", lines), Math.min(14, lines.size()));
            box.getChildren().addAll(title("The change (- removed, + added)"), diff);
        });
        java.util.List<NetworkPolicy> before = whatIf.isPresent()
                ? WhatIfs.subject(card, content).map(x -> x.cluster().policies()).orElse(java.util.List.of())
                : s.clusterAfter(after).policies();
        String yaml = before.stream().map(p -> new ManifestWriter().writePolicy(p)).collect(Collectors.joining("---\n"));
        box.getChildren().addAll(title(whatIf.isPresent() ? "Policies applied before the change" : "Policies applied"),
                code("mock-policies", yaml.isEmpty() ? "# No NetworkPolicy is applied yet." : yaml, 8));
        return box;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("quiz-section-title");
        return title;
    }

    private static TextArea code(String id, String text, int rows) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setPrefRowCount(rows);
        area.getStyleClass().add("mock-code");
        return area;
    }

    private static Optional<String> scenarioOf(Card card) {
        return card.body() instanceof Card.Predict p ? Optional.of(p.scenario())
                : card.body() instanceof Card.PolicyTask t ? Optional.of(t.scenario()) : Optional.empty();
    }

    private static Optional<String> afterOf(Card card) {
        return card.body() instanceof Card.Predict p ? p.after()
                : card.body() instanceof Card.PolicyTask t ? t.after() : Optional.empty();
    }
}
