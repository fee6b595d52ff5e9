package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The scenario side of a prediction or policy question: the live diagram and the policies in
 * effect, one above the other ({@link #split}) beside a prediction, in tabs ({@link #tabs})
 * beside a policy task's editor.
 */
final class ScenarioPanels {
    /**
     * Where the divider between the diagram and the policies starts, as a share of the height: the
     * diagram gets two thirds, so that its cards' words are shown at 11 px or more (at 1360 x 860);
     * the policies below still show about a dozen lines, and scroll.
     */
    static final double DIVIDER = 0.66;
    /** How wide the question's column is beside the diagram: a prediction's, and a policy task's (its editor). */
    static final double PREDICT_SIDE = 390;
    static final double POLICY_SIDE = 490;
    /**
     * In a narrow window the column gives way, down to these widths, so that the diagram keeps at
     * least {@link #PREDICT_DIAGRAM} / {@link #POLICY_DIAGRAM} px of the card's width: at 1024 x 700
     * its cards' words were drawn at 8.35 px (platform-traffic's task) beside a full-width column.
     * At 1360 x 860 the columns keep their whole width.
     */
    static final double PREDICT_SIDE_NARROWEST = 345;
    static final double POLICY_SIDE_NARROWEST = 410;
    static final double PREDICT_DIAGRAM = 620;
    static final double POLICY_DIAGRAM = 580;
    /** A small scenario fills the pane without looking like a poster. */
    private static final double QUIZ_MAX_ZOOM = 1.5;

    private ScenarioPanels() {}

    /**
     * Said in place of the diagram when it could not be drawn ({@code #quiz-diagram-failed}), the
     * policies below it still to read.
     */
    static Label failedDiagram(String why) {
        Label failed = new Label(why);
        failed.setId("quiz-diagram-failed");
        failed.getStyleClass().addAll("quiz-diagram-failed", "quiz-muted");
        failed.setWrapText(true);
        failed.setMinHeight(Region.USE_PREF_SIZE);
        failed.setMaxWidth(Double.MAX_VALUE);
        return failed;
    }

    /**
     * The question's column ({@code side}) beside the diagram in {@code card}: {@code widest} wide,
     * or narrower, down to {@code narrowest}, where that leaves the diagram {@code diagram} px.
     */
    static void giveWay(Region side, Region card, double widest, double narrowest, double diagram) {
        javafx.beans.binding.DoubleBinding width = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(narrowest, Math.min(widest, Math.floor(card.getWidth() - diagram))),
                card.widthProperty());
        side.setMinWidth(narrowest);
        side.prefWidthProperty().bind(width);
        side.maxWidthProperty().bind(width);
    }

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
     * The diagram above, the policies below, with a divider the learner can drag to give either
     * more room ({@code #quiz-scenario-split}). The divider starts at {@link #DIVIDER}, or lower
     * when the diagram needs more height to show its cards' words at {@link #READABLE_ZOOM},
     * but never below {@link #MOST}.
     */
    static SplitPane split(DiagramView diagram, Node policies) {
        SplitPane split = new SplitPane(diagram, policies);
        split.setOrientation(Orientation.VERTICAL);
        split.setId("quiz-scenario-split");
        split.getStyleClass().add("quiz-scenario-split");
        split.setDividerPositions(DIVIDER);
        SplitPane.setResizableWithParent(policies, false);
        // Set again as the pane is sized, until the learner moves the divider: it is theirs then.
        double[] placed = {DIVIDER};
        javafx.beans.InvalidationListener place = o -> {
            if (split.getWidth() > 0 && split.getHeight() > 0
                    && Math.abs(split.getDividerPositions()[0] - placed[0]) < 0.002) {
                placed[0] = divider(diagram, split.getWidth(), split.getHeight());
                split.setDividerPositions(placed[0]);
            }
        };
        split.heightProperty().addListener(place);
        split.widthProperty().addListener(place);
        return split;
    }

    /** The smallest zoom at which a card's detail line (12 px) is drawn at 11 px or more, with a little to spare. */
    static final double READABLE_ZOOM = 0.95;
    /** The most of the height the diagram starts with: the policies below keep their title and a few lines. */
    static final double MOST = 0.93;

    /** Where the divider goes so that a drawing of this size, in a pane this size, is shown at a readable zoom. */
    static double divider(DiagramView diagram, double width, double height) {
        double w = diagram.drawingWidth();
        double h = diagram.drawingHeight();
        if (w <= 0 || h <= 0) {
            return DIVIDER;
        }
        double zoom = Math.min(READABLE_ZOOM, (width - 4) / w);
        double wanted = (h * zoom + 4) / height;
        return Math.max(DIVIDER, Math.min(MOST, wanted));
    }

    /**
     * The YAML of the policies in effect, all of them one under the other in one pane that
     * scrolls ({@code #quiz-policies-scroll}), each under its namespace and name, as written in
     * the scenario file, below a title that counts them; or a line saying there are none. The
     * wheel over a policy scrolls the pane, not the policy, so a reader never gets stuck on one.
     */
    static Node policies(List<String> yaml, Scenario scenario, Optional<String> after, String title) {
        List<NetworkPolicy> inEffect = ScenarioDiagrams.policiesIn(scenario, after);
        Label heading = new Label(counted(title, inEffect.size()));
        heading.getStyleClass().add("quiz-section-title");
        VBox box = new VBox(heading, policyList(yaml, inEffect));
        box.setId("quiz-scenario-policies");
        box.getStyleClass().add("quiz-scenario-policies");
        return box;
    }

    /** "Policies already applied (3)"; the title alone when there are none. */
    static String counted(String title, int policies) {
        return policies == 0 ? title : title + " (" + policies + ")";
    }

    /**
     * The diagram in one tab and the policies in another ({@code #quiz-scenario-tabs}), each with
     * the whole height: a policy task's diagram is laid out for a tall pane
     * ({@link ScenarioDiagrams#POLICY}) and needs nearly all of it for its cards' words to stay at
     * 11 px, while a learner writing a policy reads the applied ones beside the editor. The tab
     * titled {@code title} (counted) holds the policies, and a click on it is all it takes.
     */
    static TabPane tabs(DiagramView diagram, List<String> yaml, Scenario scenario, Optional<String> after,
                        String title) {
        List<NetworkPolicy> inEffect = ScenarioDiagrams.policiesIn(scenario, after);
        VBox policies = new VBox(policyList(yaml, inEffect));
        policies.setId("quiz-scenario-policies");
        policies.getStyleClass().addAll("quiz-scenario-policies", "quiz-scenario-policies-tab");
        Tab drawing = new Tab("Diagram", diagram);
        drawing.setId("quiz-tab-diagram");
        Tab applied = new Tab(counted(title, inEffect.size()), policies);
        applied.setId("quiz-tab-policies");
        TabPane tabs = new TabPane(drawing, applied);
        tabs.setId("quiz-scenario-tabs");
        tabs.getStyleClass().add("quiz-scenario-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The editor's column has its width whichever tab is open: the tabs take what it leaves.
        tabs.setMinWidth(0);
        tabs.setPrefWidth(0);
        // The tabs are clicked, not tabbed to: the keyboard stays with the editor and the card's keys.
        tabs.setFocusTraversable(false);
        return tabs;
    }

    /** The policies' YAML ({@code yaml}, one per policy in effect) in a pane that scrolls, or a line saying there are none. */
    private static Node policyList(List<String> yaml, List<NetworkPolicy> inEffect) {
        if (inEffect.isEmpty()) {
            Label none = new Label("No NetworkPolicy is applied yet: every pod accepts and sends everything.");
            none.setWrapText(true);
            none.getStyleClass().add("quiz-muted");
            return none;
        }
        VBox list = new VBox();
        list.getStyleClass().add("quiz-policy-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setId("quiz-policies-scroll");
        scroll.getStyleClass().add("quiz-policies-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        for (int i = 0; i < yaml.size() && i < inEffect.size(); i++) {
            NetworkPolicy policy = inEffect.get(i);
            Label name = new Label(policy.name() + "  \u00b7  namespace " + policy.namespace());
            name.getStyleClass().add("quiz-policy-name");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            YamlEditor text = new YamlEditor(yaml.get(i));
            text.setReadOnly(true);
            text.getStyleClass().add("quiz-policy-yaml");
            // The YAML is there to read: clicks and the wheel go through it to the pane, which
            // scrolls, and it never takes the keyboard (its area would swallow 1, 2 and Enter).
            text.setMouseTransparent(true);
            text.setFocusTraversable(false);
            VBox entry = new VBox(name, text);
            entry.setId("quiz-policy-" + policy.name());
            entry.getStyleClass().add("quiz-policy-entry");
            list.getChildren().add(entry);
        }
        wheelScrolls(list, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /**
     * The wheel anywhere over the list scrolls {@code pane} by the wheel's pixels. A filter, so it
     * runs before any node inside could take the wheel for itself.
     */
    static void wheelScrolls(Node node, ScrollPane pane) {
        node.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.getDeltaY() == 0) {
                return;
            }
            double hidden = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            if (hidden > 0) {
                double v = pane.getVvalue() - e.getDeltaY() / hidden * (pane.getVmax() - pane.getVmin());
                pane.setVvalue(Math.max(pane.getVmin(), Math.min(pane.getVmax(), v)));
            }
            e.consume();
        });
    }
}
