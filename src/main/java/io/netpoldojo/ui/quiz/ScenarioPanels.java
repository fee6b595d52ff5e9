package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The scenario side of a prediction or policy question: the live diagram and the policies in effect. */
final class ScenarioPanels {
    /** A small scenario fills the pane without looking like a poster. */
    private static final double QUIZ_MAX_ZOOM = 1.5;

    private ScenarioPanels() {}

    /** A read-only diagram without the stepper: the card decides what state it shows. */
    static DiagramView diagram(Workspace workspace, Listeners listeners) {
        DiagramView diagram = new DiagramView(workspace);
        diagram.setStepperVisible(false);
        diagram.setId("quiz-diagram");
        diagram.getStyleClass().add("quiz-diagram");
        diagram.fitInside(QUIZ_MAX_ZOOM);
        // Each diagram runs its own flow animation; a replaced question must not keep it running.
        listeners.atDispose(() -> diagram.setAnimating(false));
        return diagram;
    }

    /**
     * The YAML of the policies already applied, one tab each, as written in the scenario file; or
     * a line saying there are none.
     */
    static Node policies(Workspace workspace, Scenario scenario, Optional<String> after, String title) {
        List<NetworkPolicy> inEffect = ScenarioDiagrams.policiesIn(scenario, after);
        Label heading = new Label(title);
        heading.getStyleClass().add("quiz-section-title");
        VBox box = new VBox(heading);
        box.setId("quiz-scenario-policies");
        box.getStyleClass().add("quiz-scenario-policies");
        if (inEffect.isEmpty()) {
            Label none = new Label("No NetworkPolicy is applied yet: every pod accepts and sends everything.");
            none.setWrapText(true);
            none.getStyleClass().add("quiz-muted");
            box.getChildren().add(none);
            return box;
        }
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("quiz-policy-tabs");
        List<PolicyDraft> drafts = workspace.policies();
        for (int i = 0; i < drafts.size() && i < inEffect.size(); i++) {
            YamlEditor yaml = new YamlEditor(drafts.get(i).yaml());
            yaml.setReadOnly(true);
            Tab tab = new Tab(inEffect.get(i).name(), new ScrollPane(yaml));
            ((ScrollPane) tab.getContent()).setFitToWidth(true);
            tabs.getTabs().add(tab);
        }
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.getChildren().add(tabs);
        return box;
    }
}
