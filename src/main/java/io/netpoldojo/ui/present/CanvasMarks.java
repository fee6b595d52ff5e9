package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.ui.playground.NodeIds;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;

/**
 * Marks on the canvas for the current step: the pods and arrows the teacher points at, and the
 * arrow a question is about, drawn as a neutral dotted line until the answer is revealed, so the
 * canvas does not give it away. Style classes on the diagram's pod cards (found by their ids)
 * and on its arrows (through the diagram, as arrows are painted); the stylesheet says how they
 * look. Nothing is marked while the teacher edits live.
 */
final class CanvasMarks {
    /** A pod, outside endpoint or arrow the step points at. */
    static final String HIGHLIGHT = "present-highlight";
    /** The arrow of a question whose answer is still hidden. */
    static final String PENDING = "present-pending";
    /** The arrow of a question whose answer is shown. */
    static final String ASKED = "present-asked";

    private final DiagramView diagram;
    private final Presentation presentation;

    CanvasMarks(DiagramView diagram, Presentation presentation) {
        this.diagram = diagram;
        this.presentation = presentation;
        // Registered after the canvas's own listeners, so the arrows are up to date when this runs.
        InvalidationListener refresh = o -> apply();
        presentation.stepProperty().addListener(refresh);
        presentation.revealedProperty().addListener(refresh);
        presentation.liveProperty().addListener(refresh);
        presentation.canvas().evaluationProperty().addListener(refresh);
        presentation.canvas().workspaceProperty().addListener(refresh);
        // The canvas's nodes join the diagram when its skin is made, just before its first layout.
        diagram.layoutBoundsProperty().addListener(refresh);
        apply();
    }

    void apply() {
        for (Node n : diagram.lookupAll(".endpoint-node")) {
            n.getStyleClass().remove(HIGHLIGHT);
        }
        diagram.clearArrowMarks();
        if (presentation.liveProperty().get()) {
            return;
        }
        Script.Step step = presentation.currentStep();
        step.highlight().forEach(id -> mark(diagram.lookup("#" + NodeIds.endpoint(id)), HIGHLIGHT));
        for (Demo.Arrow a : step.highlightArrows()) {
            diagram.markArrow(a.from(), a.to(), HIGHLIGHT);
        }
        step.question().ifPresent(q -> {
            mark(diagram.lookup("#" + NodeIds.endpoint(q.ask().from())), HIGHLIGHT);
            mark(diagram.lookup("#" + NodeIds.endpoint(q.ask().to())), HIGHLIGHT);
            boolean revealed = presentation.revealedProperty().get();
            diagram.markArrow(q.ask().from(), q.ask().to(), revealed ? ASKED : PENDING);
            if (!revealed) {
                // Its tooltip would tell the answer too.
                diagram.markArrow(q.ask().from(), q.ask().to(), NodeIds.ANSWER_HIDDEN);
            }
        });
    }

    private static void mark(Node n, String styleClass) {
        if (n != null && !n.getStyleClass().contains(styleClass)) {
            n.getStyleClass().add(styleClass);
            // Over the other cards, so a highlighted one is never hidden under them.
            n.toFront();
        }
    }
}
