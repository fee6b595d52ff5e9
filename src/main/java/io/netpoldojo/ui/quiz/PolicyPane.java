package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.Expectation;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.quiz.GoalResult;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.PolicyParse;
import io.netpoldojo.ui.editor.EditorProblem;
import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.workspace.PortFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Write-the-policy and fix-it: the goal as a checklist, the learner's YAML in the editor with the
 * loader's problems at their lines, and the scenario drawn live, with the policies already applied
 * in a tab beside the diagram, so they can be read while the editor is in view. Once checked (with feedback on),
 * the checklist says which goals are still unmet and why, and the diagram shows the scenario with
 * the learner's policies applied, exactly as graded.
 */
final class PolicyPane implements QuestionPane {
    private final Listeners listeners = new Listeners();
    private final HBox root;
    private final YamlEditor editor;

    PolicyPane(QuizModel model, AnswerModel answer, Content content, QuizActions actions, ScenarioDiagrams diagrams) {
        Card.PolicyTask task = (Card.PolicyTask) answer.card().body();
        Scenario scenario = answer.question().scenario().orElseThrow();
        ScenarioDiagrams.Drawn drawn = diagrams.draw(scenario, task.after(), List.of(), ScenarioDiagrams.POLICY);
        Optional<DiagramView> diagram = drawn.workspace().map(w -> ScenarioPanels.diagram(w, listeners));
        List<String> applied = diagrams.policyYaml(drawn.workspace(), scenario, task.after());
        String appliedTitle = "Policies already applied";
        Optional<TabPane> tabs = ScenarioDiagrams.policiesIn(scenario, task.after()).isEmpty() || diagram.isEmpty()
                ? Optional.empty()
                : Optional.of(ScenarioPanels.tabs(diagram.get(), applied, scenario, task.after(), appliedTitle));
        Node scenarioSide = tabs.<Node>map(t -> t).or(() -> diagram.map(d -> d)).orElseGet(() -> new VBox(
                ScenarioPanels.failedDiagram(drawn.failure()),
                ScenarioPanels.policies(applied, scenario, task.after(), appliedTitle)));
        VBox.setVgrow(scenarioSide, Priority.ALWAYS);
        VBox left = new VBox(scenarioSide);
        left.getStyleClass().add("quiz-scenario-side");
        HBox.setHgrow(left, Priority.ALWAYS);

        GoalList goals = new GoalList(task.goal());
        editor = new YamlEditor(answer.policyTextProperty().get());
        editor.setId("quiz-policy-editor");
        editor.textProperty().bindBidirectional(answer.policyTextProperty());
        listeners.atDispose(() -> editor.textProperty().unbindBidirectional(answer.policyTextProperty()));
        VBox.setVgrow(editor, Priority.ALWAYS);
        editor.setMinHeight(200);
        Label yamlTitle = new Label(task.starter().isBlank() ? "Your policy" : "The policy");
        yamlTitle.getStyleClass().add("quiz-section-title");
        Button reset = new Button(task.starter().isBlank() ? "Start over" : "Back to the starter");
        reset.setId("quiz-policy-reset");
        reset.getStyleClass().add("flat");
        reset.setOnAction(e -> answer.resetPolicy());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox editorHeader = new HBox(yamlTitle, gap, reset);
        editorHeader.setAlignment(Pos.CENTER_LEFT);

        Optional<Runnable> open = diagram.map(d -> () -> actions.openInPlayground(scenario.title(),
                d.model().workspace()));
        FeedbackPanel feedback = new FeedbackPanel(model, answer, content, actions, open, listeners);
        // The engine's "why?" of the arrow a check points at, in the feedback below the hints: over
        // the drawing it hid a zone (kube-system in recipes-lock-down-mysql).
        diagram.ifPresent(d -> feedback.showWhy(d.explanationBeside()));
        VBox side = new VBox(new CardHeader(answer.card()), goals, editorHeader, editor,
                new ActionBar(model, answer, listeners), feedback);
        side.getStyleClass().addAll("quiz-side", "quiz-side-wide", "quiz-card");
        // The editor fills what the window leaves; once feedback comes in as well, the side scrolls.
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setFitToHeight(true);
        sideScroll.getStyleClass().add("quiz-side-scroller");
        root = new HBox(left, sideScroll);
        ScenarioPanels.giveWay(sideScroll, root, ScenarioPanels.POLICY_SIDE, ScenarioPanels.POLICY_SIDE_NARROWEST,
                ScenarioPanels.POLICY_DIAGRAM);
        root.getStyleClass().add("quiz-split");

        listeners.on(answer.parseProperty(), (o, a, parse) -> editor.setProblems(problems(parse)));
        editor.setProblems(problems(answer.parseProperty().get()));
        listeners.on(answer.gradeProperty(), (o, a, grade) -> {
            goals.show(grade);
            PolicyParse parse = answer.parseProperty().get();
            if (grade.isPresent() && parse.valid() && diagram.isPresent()) {
                diagrams.draw(scenario, task.after(), parse.policies(), ScenarioDiagrams.POLICY).workspace()
                        .ifPresent(checked -> {
                            diagram.get().model().replaceWorkspace("your policy", checked);
                            pointAtWhatIsWrong(diagram.get(), grade.get());
                        });
                // The check is drawn on the diagram: it comes to the front to show it.
                tabs.ifPresent(t -> t.getSelectionModel().select(0));
            }
        });
    }

    /**
     * Shows the first connection that is still wrong, explained on the diagram, with the arrows of
     * its port around the endpoint the goal is about; when every goal is met, the whole picture.
     */
    private static void pointAtWhatIsWrong(DiagramView diagram, Grade grade) {
        Optional<GoalResult> unmet = grade.stillWrong().stream().filter(g -> !g.mismatches().isEmpty()).findFirst();
        if (unmet.isEmpty()) {
            diagram.model().portFilterProperty().set(PortFilter.OWN_PORTS);
            diagram.model().focusedEndpointProperty().set("");
            diagram.clearExplanation();
            return;
        }
        GoalResult.Mismatch m = unmet.get().mismatches().get(0);
        Expectation e = unmet.get().expectation();
        diagram.model().portFilterProperty().set(PortFilter.of(m.port()));
        diagram.model().focusedEndpointProperty().set(e instanceof Expectation.OnlyFrom o ? o.to() : m.from());
        diagram.explain(m.from(), m.to());
    }

    /** The loader's diagnostics as editor markers, at their 1-based line and column. */
    static List<EditorProblem> problems(PolicyParse parse) {
        List<EditorProblem> out = new ArrayList<>();
        for (Diagnostic d : parse.problems()) {
            String message = d.path().isEmpty() ? d.message() : d.path() + ": " + d.message();
            int line = Math.max(1, d.position().line());
            int column = Math.max(1, d.position().column());
            out.add(d.isError() ? EditorProblem.error(line, column, message)
                    : EditorProblem.warning(line, column, message));
        }
        return out;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Optional<Node> focusTarget() {
        return Optional.of(editor);
    }

    @Override
    public void dispose() {
        listeners.dispose();
    }
}
