package io.netpoldojo.ui.present;

import io.netpoldojo.diagram.DiagramLayout;
import io.netpoldojo.diagram.Sizes;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.Workspace;

/**
 * A layout for a projector, for scenarios that do not bring their own: the app's one diagram
 * layout ({@link DiagramLayout}, which began here), made as large as it can be on a stage of the
 * given shape.
 */
final class StageLayout {
    /** The canvas's card size. */
    static final double CARD_WIDTH = Sizes.CARD_WIDTH;
    static final double CARD_HEIGHT = Sizes.CARD_HEIGHT;

    private StageLayout() {}

    /**
     * @param aspect the stage's canvas width over its height (the layout keeps room for every
     *               arrow the canvas can draw)
     */
    static Workspace arrange(Workspace ws, double aspect) {
        return AutoLayout.arrange(ws, new DiagramLayout.Frame(1000 * aspect, 1000));
    }
}
