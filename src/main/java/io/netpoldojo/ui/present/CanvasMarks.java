package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.workspace.Connection;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;

/**
 * Marks on the canvas for the current step: the pods and arrows the teacher points at, and, while
 * a question waits, the arrow it is about (a dotted line in the question's colour) and every other
 * arrow whose outcome would give the answer away (a plain grey dotted line), each drawn the same
 * whatever its verdict; the reveal then plays the step's change on the canvas. Style classes on
 * the diagram's pod cards (found by their ids) and on its arrows (through the diagram, as arrows
 * are painted); the stylesheet says how they look. Nothing is marked while the teacher edits live.
 */
final class CanvasMarks {
    /** A pod, outside endpoint or arrow the step points at. */
    static final String HIGHLIGHT = "present-highlight";
    /** The arrow of a question whose answer is still hidden. */
    static final String PENDING = "present-pending";
    /** The arrow of a question whose answer is shown. */
    static final String ASKED = "present-asked";
    /** Another arrow whose outcome stays hidden until the answer is revealed. */
    static final String HIDDEN = "present-hidden";

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
        presentation.hiddenArrowsProperty().addListener(refresh);
        presentation.revealsProperty().addListener(o -> diagram.showChange(presentation.stepChange()));
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
        });
        String asked = step.question().map(q -> Connection.key(q.ask().from(), q.ask().to())).orElse("");
        for (String key : presentation.hiddenArrowsProperty().get()) {
            String[] ends = key.split("->", 2);
            if (!key.equals(asked)) {
                diagram.markArrow(ends[0], ends[1], HIDDEN);
            }
            // Its tooltip would tell the answer too.
            diagram.markArrow(ends[0], ends[1], NodeIds.ANSWER_HIDDEN);
        }
    }

    private static void mark(Node n, String styleClass) {
        if (n != null && !n.getStyleClass().contains(styleClass)) {
            n.getStyleClass().add(styleClass);
            // Over the other cards, so a highlighted one is never hidden under them.
            n.toFront();
        }
    }
}
