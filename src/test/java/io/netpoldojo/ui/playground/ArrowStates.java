package io.netpoldojo.ui.playground;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.QuadCurve;
import org.testfx.api.FxRobot;

/**
 * What an arrow on a canvas shows, read the way the stylesheets read it: its state is a
 * pseudo-class ({@code :allowed}, {@code :denied}, {@code :partly}), and {@code :changed} while
 * the change of an edit is being shown. Arrows have no node ids; they are found by their
 * connection key.
 */
public final class ArrowStates {
    private ArrowStates() {}

    /** "allowed", "denied", "partly", or "?" for a node that is not an arrow. */
    public static String state(Node arrow) {
        for (PseudoClass p : List.of(ArrowNode.ALLOWED, ArrowNode.DENIED, ArrowNode.PARTLY)) {
            if (arrow.getPseudoClassStates().contains(p)) {
                return p.getPseudoClassName();
            }
        }
        return "?";
    }

    public static boolean isAnimatingChange(Node arrow) {
        return arrow.getPseudoClassStates().contains(ArrowNode.CHANGED);
    }

    /** The arrow from one endpoint to another under {@code scope} (a selector, or "" for the whole window). */
    public static Node arrow(FxRobot robot, String scope, String fromId, String toId) {
        return robot.lookup((scope.isEmpty() ? "" : scope + " ") + ".arrow")
                .match((Node n) -> NodeIds.isArrow(n, fromId, toId)).query();
    }

    /** The middle of an arrow's line, on screen: where a person clicks or rests the mouse on it. */
    public static Point2D middleOnScreen(Node arrow) {
        QuadCurve line = (QuadCurve) arrow.lookup(".arrow-line");
        double x = 0.25 * line.getStartX() + 0.5 * line.getControlX() + 0.25 * line.getEndX();
        double y = 0.25 * line.getStartY() + 0.5 * line.getControlY() + 0.25 * line.getEndY();
        return line.localToScreen(x, y);
    }

    /** The arrows under {@code scope} (a selector, or "" for the whole window) in a state. */
    public static List<Node> inState(FxRobot robot, String scope, String state) {
        return robot.lookup((scope.isEmpty() ? "" : scope + " ") + ".arrow").queryAll().stream()
                .filter(n -> state(n).equals(state)).toList();
    }
}
