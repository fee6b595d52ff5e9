package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Ask;
import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.workspace.PortFilter;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Can A reach B?": the scenario drawn live with its arrows hidden (they would give the answer
 * away), the policies in effect to read, and yes or no. Once answered with feedback on, the
 * arrows come back on the asked port and the asked connection explains itself.
 */
final class PredictPane implements QuestionPane {
    /** On the diagram while the answer is open: arrows hidden (quiz.css). */
    static final String ANSWER_HIDDEN = "quiz-answer-hidden";
    /** On the asked arrow: drawn (neutral) while the answer is hidden, and marked after (quiz.css). */
    static final String ASKED = "quiz-asked";

    private final Listeners listeners = new Listeners();
    private final HBox root;
    private final VBox side;

    PredictPane(QuizModel model, AnswerModel answer, Content content, QuizActions actions,
                ScenarioDiagrams diagrams) {
        Card.Predict predict = (Card.Predict) answer.card().body();
        Scenario scenario = answer.question().scenario().orElseThrow();
        Ask ask = predict.ask();
        ScenarioDiagrams.Drawn drawn = diagrams.draw(scenario, predict.after(), List.of(), ScenarioDiagrams.PREDICT);
        Optional<DiagramView> diagram = drawn.workspace().map(w -> ScenarioPanels.diagram(w, listeners));
        diagram.ifPresent(d -> {
            d.model().portFilterProperty().set(PortFilter.of(ask.port()));
            d.getStyleClass().add(ANSWER_HIDDEN);
            // The asked arrow is drawn while the others are hidden, neutral, and names only its ends.
            d.markArrow(ask.from(), ask.to(), ASKED);
            d.markArrow(ask.from(), ask.to(), NodeIds.ANSWER_HIDDEN);
        });
        Node policies = ScenarioPanels.policies(diagrams.policyYaml(drawn.workspace(), scenario, predict.after()),
                scenario, predict.after(), "Policies in effect");
        Node drawing = diagram.<Node>map(d -> d).orElseGet(() -> ScenarioPanels.failedDiagram(drawn.failure()));
        // With no policy in effect there is nothing to scroll through: the diagram has the height.
        VBox left = ScenarioDiagrams.policiesIn(scenario, predict.after()).isEmpty() || diagram.isEmpty()
                ? new VBox(drawing, policies) : new VBox(ScenarioPanels.split(diagram.get(), policies));
        VBox.setVgrow(left.getChildren().get(diagram.isPresent() ? 0 : 1), Priority.ALWAYS);
        left.getStyleClass().add("quiz-scenario-side");
        HBox.setHgrow(left, Priority.ALWAYS);

        Label route = new Label(ask.from() + "  \u2192  " + ask.to());
        route.getStyleClass().add("quiz-ask-route");
        route.setWrapText(true);
        Label port = CardHeader.chip(ask.port().protocol() + " " + ask.port().number(), "quiz-chip-port");
        VBox askLine = new VBox(route, port);
        askLine.setId("quiz-ask");
        askLine.getStyleClass().add("quiz-ask");
        Optional<Runnable> open = drawn.workspace().map(w -> () -> actions.openInPlayground(scenario.title(), w));
        FeedbackPanel feedback = new FeedbackPanel(model, answer, content, actions, open, listeners);
        diagram.ifPresent(d -> feedback.showWhy(d.explanationBeside()));
        side = new VBox(new CardHeader(answer.card()), askLine,
                new ChoiceList(answer, List.of("Yes, it connects", "No, it is blocked"), model::choose,
                        model::dontKnow, listeners),
                new ActionBar(model, answer, listeners), feedback);
        side.getStyleClass().addAll("quiz-side", "quiz-card");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().addAll("quiz-side-scroller");
        root = new HBox(left, sideScroll);
        ScenarioPanels.giveWay(sideScroll, root, ScenarioPanels.PREDICT_SIDE, ScenarioPanels.PREDICT_SIDE_NARROWEST,
                ScenarioPanels.PREDICT_DIAGRAM);
        root.getStyleClass().add("quiz-split");
        root.setAlignment(Pos.TOP_LEFT);

        diagram.ifPresent(d -> listeners.on(answer.gradeProperty(), (o, a, g) -> {
            if (g.isPresent()) {
                d.getStyleClass().remove(ANSWER_HIDDEN);
                d.clearArrowMarks();
                d.markArrow(ask.from(), ask.to(), ASKED);
                // Only the asking endpoint's arrows, with the asked one explained: the rest would be noise.
                d.model().focusedEndpointProperty().set(ask.from());
                d.explain(ask.from(), ask.to());
            }
        }));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Optional<Node> focusTarget() {
        return Optional.empty();
    }

    @Override
    public void dispose() {
        listeners.dispose();
    }
}
