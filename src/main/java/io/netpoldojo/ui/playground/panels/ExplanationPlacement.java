package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.diagram.Curve;
import io.netpoldojo.ui.playground.arrows.Arrow;
import io.netpoldojo.ui.playground.canvas.CanvasView;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.Connection;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.layout.AnchorPane;

/**
 * Puts the explanation card in the corner of the canvas where it covers least of the arrow it
 * explains: the card is there to talk about that arrow, not to hide it. The bottom-left corner
 * when nothing is in the way, as before.
 */
public final class ExplanationPlacement {
    private static final double INSET = 10;
    private static final int SAMPLES = 40;
    private static final double MAX_WIDTH = 420;
    private static final double MIN_WIDTH = 260;
    private static final double MIN_HEIGHT = 160;
    private static final double SHARE = 0.45;
    /** How far the card keeps from the middle of the arrow it explains (its shadow reaches about 12 px). */
    private static final double MIDDLE_MARGIN = 18;

    private final AnchorPane layer;
    private final ExplanationCard card;
    private final CanvasView canvas;
    private final PlaygroundModel model;
    private boolean pending;
    private boolean stopped;
    private final javafx.beans.InvalidationListener moved = x -> later();
    private javafx.beans.Observable[] watched = new javafx.beans.Observable[0];

    private ExplanationPlacement(AnchorPane layer, ExplanationCard card, CanvasView canvas, PlaygroundModel model) {
        this.layer = layer;
        this.card = card;
        this.canvas = canvas;
        this.model = model;
    }

    /**
     * Keeps {@code card}, a child of {@code layer} laid over {@code canvas}, clear of the arrow it
     * explains, until {@link #stop()}.
     */
    public static ExplanationPlacement install(AnchorPane layer, ExplanationCard card, CanvasView canvas, PlaygroundModel model) {
        ExplanationPlacement p = new ExplanationPlacement(layer, card, canvas, model);
        // At most 45% of the canvas each way: then whatever point of the drawing, one corner leaves it free.
        var width = javafx.beans.binding.Bindings.min(MAX_WIDTH,
                javafx.beans.binding.Bindings.max(MIN_WIDTH, layer.widthProperty().multiply(SHARE)));
        card.prefWidthProperty().bind(width);
        card.maxWidthProperty().bind(width);
        card.maxHeightProperty().bind(javafx.beans.binding.Bindings.max(MIN_HEIGHT,
                layer.heightProperty().multiply(SHARE)));
        p.watched = new javafx.beans.Observable[] {model.selectedConnectionProperty(),
            card.heightProperty(), card.widthProperty(), layer.widthProperty(), layer.heightProperty(),
            canvas.zoomProperty(), canvas.hvalueProperty(), canvas.vvalueProperty()};
        for (javafx.beans.Observable o : p.watched) {
            o.addListener(p.moved);
        }
        p.place();
        return p;
    }

    /**
     * Stops placing the card and lets go of its size bindings: it has been taken off the drawing
     * (a quiz card shows it beside the diagram), so selections, zooms and scrolls no longer move it.
     */
    public void stop() {
        stopped = true;
        for (javafx.beans.Observable o : watched) {
            o.removeListener(moved);
        }
        card.prefWidthProperty().unbind();
        card.maxWidthProperty().unbind();
        card.maxHeightProperty().unbind();
    }

    /** Once per pulse at most, after the card and the canvas have their new sizes. */
    private void later() {
        if (!pending && !stopped) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                if (!stopped) {
                    place();
                }
            });
        }
    }

    private void place() {
        Optional<Curve> line = model.selectedConnectionProperty().get()
                .flatMap((Connection c) -> canvas.arrow(c.fromId(), c.toId())).map(Arrow::curve);
        double w = card.prefWidth(-1);
        double h = card.getHeight() > 0 ? card.getHeight() : card.prefHeight(w);
        double lw = layer.getWidth();
        double lh = layer.getHeight();
        // Bottom-left first: where a person looks for it.
        double[][] corners = {{INSET, lh - h - INSET}, {lw - w - INSET, lh - h - INSET}, {INSET, INSET},
            {lw - w - INSET, INSET}};
        int best = 0;
        if (line.isPresent() && lw > 0 && lh > 0) {
            int fewest = Integer.MAX_VALUE;
            for (int k = 0; k < corners.length; k++) {
                int covered = covered(line.get(), corners[k][0], corners[k][1], w, h);
                if (covered < fewest) {
                    fewest = covered;
                    best = k;
                }
            }
        }
        boolean left = best % 2 == 0;
        boolean bottom = best < 2;
        AnchorPane.setLeftAnchor(card, left ? INSET : null);
        AnchorPane.setRightAnchor(card, left ? null : INSET);
        AnchorPane.setBottomAnchor(card, bottom ? INSET : null);
        AnchorPane.setTopAnchor(card, bottom ? null : INSET);
    }

    /**
     * How much of the line the card would cover at (x, y) in the layer: points along it, its
     * middle (where a person clicks it and its marker is) counting most.
     */
    private int covered(Curve line, double x, double y, double w, double h) {
        int n = 0;
        for (int i = 0; i <= SAMPLES; i++) {
            double t = (double) i / SAMPLES;
            Point2D scene = canvas.canvasToScene(line.x(t), line.y(t));
            Point2D p = scene == null ? null : layer.sceneToLocal(scene);
            boolean middle = Math.abs(i - SAMPLES / 2) <= 2;
            // Around the middle, the card's shadow and a finger's width count as covering too.
            double m = middle ? MIDDLE_MARGIN : 0;
            if (p != null && p.getX() >= x - m && p.getX() <= x + w + m && p.getY() >= y - m && p.getY() <= y + h + m) {
                n += middle ? SAMPLES : 1;
            }
        }
        return n;
    }
}
