package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.Section;
import io.netpoldojo.ui.Icons;
import io.netpoldojo.ui.TaskRunner;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A lesson's live diagram: the scenario drawn before any policy, so the reader steps through
 * them, with its caption underneath and a way to take it to the Playground. A scenario that
 * did not load becomes a plain sentence saying so, never an empty box.
 */
final class DiagramSection extends VBox {
    /**
     * At most this much larger than life: a small scenario (two pods) fills the column without
     * looking like a poster.
     */
    static final double MAX_ZOOM = io.netpoldojo.diagram.DiagramLayout.FILL_ZOOM;

    /**
     * Room kept free above and below a diagram fitted to the window's height, so that scrolled
     * into view it does not touch the window's edges.
     */
    static final double WINDOW_MARGIN = 12;

    /** Shown while the diagram is laid out: about as tall as a diagram, so the page does not jump much. */
    private static final double PLACEHOLDER_HEIGHT = 360;

    private final Section.Diagram section;
    private final Optional<BiConsumer<String, Workspace>> openInPlayground;
    private final DoubleConsumer scrollPage;
    /** How tall the diagram, with its step buttons, may be: the page's part in the window, less a margin. */
    private final DoubleBinding heightLimit;
    private Optional<DiagramView> diagram = Optional.empty();
    private boolean animating = true;

    /**
     * Lays the scenario out with {@code tasks} (off the JavaFX thread: a first layout tries hundreds
     * of arrangements), showing a calm placeholder meanwhile; the layout is remembered, so the
     * diagram is there at once the next time the lesson is opened.
     *
     * @param openInPlayground given the scenario's title and workspace; empty when there is no Playground
     * @param scrollPage       scrolls the page by this many pixels (the wheel over a diagram reads on)
     * @param pageHeight       how tall the part of the page in the window is: the diagram and its
     *                         step buttons are made to fit in it, so none is out of sight while stepping
     */
    DiagramSection(Section.Diagram section, Optional<Scenario> scenario,
                   Optional<BiConsumer<String, Workspace>> openInPlayground, DoubleConsumer scrollPage,
                   ObservableDoubleValue pageHeight, TaskRunner tasks) {
        this.section = section;
        this.openInPlayground = openInPlayground;
        this.scrollPage = scrollPage;
        this.heightLimit = Bindings.createDoubleBinding(() -> pageHeight.get() - 2 * WINDOW_MARGIN, pageHeight);
        getStyleClass().add("lesson-diagram");
        setAlignment(javafx.geometry.Pos.TOP_CENTER);
        Label drawing = new Label("Drawing the diagram\u2026");
        drawing.getStyleClass().add("lesson-diagram-drawing");
        StackPane placeholder = new StackPane(drawing);
        placeholder.setId("lesson-diagram-placeholder-" + section.scenario());
        placeholder.getStyleClass().add("lesson-diagram-placeholder");
        placeholder.setMinHeight(PLACEHOLDER_HEIGHT);
        getChildren().add(placeholder);
        section.caption().ifPresent(text -> {
            Region icon = Icons.icon(LearnIcons.DIAGRAM, 16);
            Label caption = new Label(text);
            caption.getStyleClass().add("lesson-diagram-caption");
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            HBox row = new HBox(icon, caption);
            row.getStyleClass().add("lesson-diagram-caption-row");
            getChildren().add(row);
        });
        if (scenario.isEmpty()) {
            show(placeholder, Optional.empty(), Optional.empty());
            return;
        }
        Scenario s = scenario.get();
        tasks.submit(() -> laidOut(s), laid -> show(placeholder, Optional.of(s), laid),
                failure -> show(placeholder, Optional.of(s), Optional.empty()));
    }

    /**
     * The scenario laid out for the reading column and the window (a layout stored in its file
     * wins; see {@link AutoLayout#forLesson}); empty if it did not open.
     */
    static Optional<Workspace> laidOut(Scenario scenario) {
        ScenarioFiles.Opened opened = new ScenarioFiles().read(scenario.id() + ".yaml", scenario.yaml(),
                AutoLayout.LESSON);
        return opened.workspace().map(ws -> AutoLayout.forLesson(opened));
    }

    /** Puts the diagram (or, when it could not be drawn, a sentence saying so) where the placeholder stood. */
    private void show(Node placeholder, Optional<Scenario> scenario, Optional<Workspace> arranged) {
        int at = Math.max(0, getChildren().indexOf(placeholder));
        getChildren().remove(placeholder);
        if (arranged.isPresent() && scenario.isPresent()) {
            Workspace workspace = arranged.get();
            DiagramView view = new DiagramView(workspace).startingBeforePolicies();
            view.setId("lesson-diagram-" + section.scenario());
            // As wide as the column and as tall as the drawing then is, but never taller than the
            // window: shown whole with its step buttons, never shrunk into a box.
            view.fillWidth(MAX_ZOOM, heightLimit);
            view.enableExport(section.scenario());
            String title = scenario.get().title();
            openInPlayground.ifPresent(open -> view.setOnOpenInPlayground(() -> open.accept(title, workspace)));
            view.setAnimating(animating);
            getChildren().add(at, view);
            diagram = Optional.of(view);
            PageWheel.install(view, scrollPage);
        } else {
            Label missing = new Label("The diagram \u201c" + section.scenario() + "\u201d could not be drawn: its"
                    + " scenario did not load. The other parts of this lesson are unaffected.");
            missing.getStyleClass().add("lesson-diagram-missing");
            missing.setWrapText(true);
            getChildren().add(at, missing);
        }
    }

    Optional<DiagramView> diagram() {
        return diagram;
    }

    void setAnimating(boolean on) {
        animating = on;
        diagram.ifPresent(d -> d.setAnimating(on));
    }
}
