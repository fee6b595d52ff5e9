package io.netpoldojo.ui.playground;

import io.netpoldojo.ui.playground.panels.MatrixView;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The canvas, the optional truth table and the policies side by side, and the one place that
 * decides their widths. The policies and the table each have a width they want (about a third of
 * the window for the policies, what its columns need for the table, or whatever the person last
 * dragged them to); the canvas takes the rest, and never less than its least width. The widths
 * are placed again whenever the window's width changes or the table is shown or hidden, and
 * measured back in the same layout pass, because the dividers' own width is not in their
 * positions.
 */
final class PlaygroundSplit extends SplitPane {
    /** The policies' share of a fresh window, within {@link #POLICIES_LEAST} and {@link #POLICIES_MOST} pixels. */
    private static final double POLICIES_SHARE = 0.36;
    private static final double POLICIES_LEAST = 300;
    private static final double POLICIES_MOST = 420;

    private final Region canvasSide;
    private final Region policies;
    /** The truth table, built the first time it is shown: until then it is no work at start-up or on each change. */
    private MatrixView matrix;
    /** Widths the person gave by dragging a divider (0: not yet; then the defaults above). */
    private double policiesChosen;
    private double matrixChosen;
    /** The width the panes were last placed for (-1: place them at the next layout). */
    private double placedFor = -1;

    PlaygroundSplit(Region canvasSide, Region policies) {
        super(canvasSide, policies);
        this.canvasSide = canvasSide;
        this.policies = policies;
        setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(policies, false);
        // The divider a person lets go of keeps the widths they chose, through resizes and the table.
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getTarget() instanceof Node n && isDivider(n)) {
                policiesChosen = policies.getWidth();
                if (matrixShown()) {
                    matrixChosen = matrix.getWidth();
                }
            }
        });
    }

    private static boolean isDivider(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** Shows the table (built by {@code create} the first time) between the canvas and the policies, or hides it. */
    void setMatrix(boolean shown, Supplier<MatrixView> create) {
        if (shown && matrix == null) {
            matrix = create.get();
            SplitPane.setResizableWithParent(matrix, false);
        }
        if (shown && !matrixShown()) {
            getItems().add(1, matrix);
        } else if (!shown && matrixShown()) {
            matrixChosen = matrix.getWidth() > 0 ? matrix.getWidth() : matrixChosen;
            getItems().remove(matrix);
        }
        placedFor = -1;
        requestLayout();
    }

    boolean matrixShown() {
        return matrix != null && getItems().contains(matrix);
    }

    @Override
    protected void layoutChildren() {
        double total = getWidth() - snappedLeftInset() - snappedRightInset();
        if (total <= 0 || total == placedFor) {
            super.layoutChildren();
            return;
        }
        placedFor = total;
        double[] want = wantedWidths(total);
        double p = want[1];
        double m = want[0];
        double[] at = matrixShown() ? new double[] {(total - p - m) / total, (total - p) / total}
                : new double[] {(total - p) / total};
        // A resize first goes the skin's own way (it shares the change out and moves the dividers):
        // let it, then put the dividers back where they belong.
        setDividerPositions(at);
        super.layoutChildren();
        setDividerPositions(at);
        super.layoutChildren();
        // The dividers' own width is not in their positions: measure the error and move them by
        // it, until the panes have their widths.
        for (int pass = 0; pass < 3; pass++) {
            double offP = given(policies) - p;
            double offM = matrixShown() ? given(matrix) - m : 0;
            if (Math.abs(offP) < 0.5 && Math.abs(offM) < 0.5) {
                break;
            }
            at = getDividerPositions();
            at[at.length - 1] += offP / total;
            if (matrixShown()) {
                at[0] += (offP + offM) / total;
            }
            setDividerPositions(at);
            super.layoutChildren();
        }
    }

    /** The width the split pane gave this item just now (the item itself is resized later in the pass). */
    private static double given(Region item) {
        return item.getParent() instanceof Region area ? area.getWidth() : item.getWidth();
    }

    /** {table (0 when hidden), policies} for this width. */
    private double[] wantedWidths(double total) {
        // Room for the panes beside the canvas at its least width, less a divider's width or two.
        double room = Math.max(0, total - canvasSide.minWidth(-1) - 8 * getItems().size());
        double wantP = policiesChosen > 0 ? policiesChosen
                : Math.max(POLICIES_LEAST, Math.min(POLICIES_MOST, POLICIES_SHARE * total));
        double p = Math.max(policies.minWidth(-1), Math.min(wantP, room));
        double m = 0;
        if (matrixShown()) {
            double wantM = matrixChosen > 0 ? matrixChosen : matrix.widthFor(total * 0.3);
            // The table never takes the canvas below its least width: that would push the policies.
            m = Math.max(0, Math.min(wantM, room - p));
        }
        return new double[] {m, p};
    }
}
