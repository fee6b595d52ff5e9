package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.Section;
import io.netpoldojo.ui.Icons;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
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
    /** The stepper bar under the canvas, and the frame around both. */
    private static final double CHROME_HEIGHT = 56;
    private static final double MIN_HEIGHT = 300;
    private static final double MAX_HEIGHT = 640;
    /** Narrowest frame: the stepper under the drawing needs about this much room. */
    private static final double MIN_WIDTH = 740;

    private final Optional<DiagramView> diagram;

    /**
     * @param openInPlayground given the scenario's title and workspace; empty when there is no Playground
     * @param scrollPage       scrolls the page by this many pixels (the wheel over a diagram reads on)
     */
    DiagramSection(Section.Diagram section, Optional<Scenario> scenario,
                   Optional<BiConsumer<String, Workspace>> openInPlayground, DoubleConsumer scrollPage) {
        getStyleClass().add("lesson-diagram");
        setAlignment(javafx.geometry.Pos.TOP_CENTER);
        Optional<ColumnLayout.Arranged> arranged = scenario
                .flatMap(s -> new ScenarioFiles().read(s.id() + ".yaml", s.yaml()).workspace())
                .map(ws -> ColumnLayout.fit(ws, LessonPage.WIDE_WIDTH, MIN_WIDTH));
        if (arranged.isPresent()) {
            Workspace workspace = arranged.get().workspace();
            DiagramView view = new DiagramView(workspace).startingBeforePolicies();
            view.setId("lesson-diagram-" + section.scenario());
            // As tall as the drawing at full size in the widest column, so it is not shrunk to fit a fixed box.
            double height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, arranged.get().height() + CHROME_HEIGHT));
            view.setPrefHeight(height);
            view.setMinHeight(height);
            view.setMaxHeight(height);
            openInPlayground.ifPresent(open -> view.setOnOpenInPlayground(
                    () -> open.accept(scenario.get().title(), workspace)));
            // The frame is as wide as the drawing (at least MIN_WIDTH), centred, like a figure in a book.
            FittedDiagram frame = new FittedDiagram(view);
            frame.setMaxWidth(arranged.get().width() + 2);
            getChildren().add(frame);
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

    /**
     * Keeps the drawing fitted to the width it really has: the page's first layout pass may give
     * the diagram less room than it ends up with (and the window may be resized), and the canvas
     * only fits itself once. The diagram is laid out first so its canvas knows its new size.
     */
    private static final class FittedDiagram extends StackPane {
        private final DiagramView view;
        private double fittedWidth = -1;

        FittedDiagram(DiagramView view) {
            super(view);
            this.view = view;
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (Math.abs(getWidth() - fittedWidth) > 0.5 && getWidth() > 0) {
                fittedWidth = getWidth();
                view.layout();
                view.fitToView();
            }
        }
    }

    Optional<DiagramView> diagram() {
        return diagram;
    }

    void setAnimating(boolean on) {
        diagram.ifPresent(d -> d.setAnimating(on));
    }
}
