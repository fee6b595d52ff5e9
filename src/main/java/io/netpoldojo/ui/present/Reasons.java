package io.netpoldojo.ui.present;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The engine's explanation on the stage, one sentence a line: as many as its part of the column
 * holds. The conclusion ("Denied by frontend's ingress.") always shows; then the sentences from the
 * first on, while they fit. A small projector with a long explanation thus keeps what matters and
 * never spills off the screen; the presenter window has every sentence.
 */
final class Reasons extends Region {
    /** Between two sentences, in em of the stage's type. */
    private static final double GAP_EMS = 0.25;
    /** Whether the last sentence, the conclusion, always shows; else every sentence may give way. */
    private boolean keepLast = true;

    void setSentences(List<String> sentences) {
        setSentences(sentences, true);
    }

    /**
     * @param keepLast false when the card says the conclusion elsewhere (which tier decided): then
     *                 the sentences show from the first while they fit, and none need to
     */
    void setSentences(List<String> sentences, boolean keepLast) {
        this.keepLast = keepLast;
        getChildren().setAll(sentences.stream().map(s -> {
            Label l = new Label(s);
            l.setWrapText(true);
            l.getStyleClass().add("present-because-sentence");
            return (Node) l;
        }).toList());
    }

    private double gap() {
        return GAP_EMS * (getChildren().isEmpty() ? 16 : ((Label) getChildren().get(0)).getFont().getSize());
    }

    private double inner(double width) {
        Insets in = getInsets();
        return Math.max(0, (width < 0 ? getWidth() : width) - in.getLeft() - in.getRight());
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = inner(width);
        double h = 0;
        for (Node n : getChildren()) {
            h += n.prefHeight(w);
        }
        return h + gap() * Math.max(0, getChildren().size() - 1) + getInsets().getTop() + getInsets().getBottom();
    }

    /** The conclusion alone, or nothing when it need not show. */
    @Override
    protected double computeMinHeight(double width) {
        return getChildren().isEmpty() || !keepLast ? getInsets().getTop() + getInsets().getBottom()
                : getChildren().get(getChildren().size() - 1).prefHeight(inner(width)) + getInsets().getTop()
                + getInsets().getBottom();
    }

    @Override
    protected void layoutChildren() {
        List<Node> all = getChildren();
        if (all.isEmpty()) {
            return;
        }
        double w = inner(-1);
        double budget = getHeight() - getInsets().getTop() - getInsets().getBottom();
        int last = keepLast ? all.size() - 1 : all.size();
        boolean[] shown = new boolean[all.size()];
        double used = 0;
        if (keepLast) {
            shown[last] = true;
            used = all.get(last).prefHeight(w);
        }
        for (int i = 0; i < last; i++) {
            double h = all.get(i).prefHeight(w) + gap();
            if (used + h > budget + 0.5) {
                break;
            }
            shown[i] = true;
            used += h;
        }
        double y = getInsets().getTop();
        for (int i = 0; i < all.size(); i++) {
            Node n = all.get(i);
            // Visibility only: it does not ask for another layout, so this settles in one pass.
            n.setVisible(shown[i]);
            if (shown[i]) {
                double h = n.prefHeight(w);
                n.resizeRelocate(getInsets().getLeft(), y, w, h);
                y += h + gap();
            }
        }
    }
}
