package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.Section;
import io.netpoldojo.ui.Icons;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
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

    private final Optional<DiagramView> diagram;

    /**
     * @param openInPlayground given the scenario's title and workspace; empty when there is no Playground
     * @param scrollPage       scrolls the page by this many pixels (the wheel over a diagram reads on)
     */
    DiagramSection(Section.Diagram section, Optional<Scenario> scenario,
                   Optional<BiConsumer<String, Workspace>> openInPlayground, DoubleConsumer scrollPage) {
        getStyleClass().add("lesson-diagram");
        setAlignment(javafx.geometry.Pos.TOP_CENTER);
        Optional<Workspace> arranged = scenario
                .map(s -> new ScenarioFiles().read(s.id() + ".yaml", s.yaml()))
                .filter(opened -> opened.workspace().isPresent())
                .map(AutoLayout::forLesson);
        if (arranged.isPresent()) {
            Workspace workspace = arranged.get();
            DiagramView view = new DiagramView(workspace).startingBeforePolicies();
            view.setId("lesson-diagram-" + section.scenario());
            // As wide as the column and as tall as the drawing then is: shown whole, never shrunk into a box.
            view.fillWidth(MAX_ZOOM);
            view.enableExport(section.scenario());
            openInPlayground.ifPresent(open -> view.setOnOpenInPlayground(
                    () -> open.accept(scenario.get().title(), workspace)));
            getChildren().add(view);
            diagram = Optional.of(view);
            PageWheel.install(view, scrollPage);
        } else {
            Label missing = new Label("The diagram \u201c" + section.scenario() + "\u201d could not be drawn: its"
                    + " scenario did not load. The other parts of this lesson are unaffected.");
            missing.getStyleClass().add("lesson-diagram-missing");
            missing.setWrapText(true);
            getChildren().add(missing);
            diagram = Optional.empty();
        }
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
    }

    Optional<DiagramView> diagram() {
        return diagram;
    }

    void setAnimating(boolean on) {
        diagram.ifPresent(d -> d.setAnimating(on));
    }
}
