package io.netpoldojo.ui.playground;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.workspace.Connection;
import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.KeyValue;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.text.Text;

/**
 * One arrow between two endpoints. Allowed arrows are solid with traffic flowing along them;
 * denied arrows are faded, dashed and crossed, so the two differ without colour too; an arrow
 * allowed on some of its ports only is solid with a half marker. When selected, a thin dashed
 * arrow shows the reply direction, which NetworkPolicies allow because they are stateful.
 *
 * <p>A canvas of 50 pods has 2,650 arrows, and JavaFX visits every node of the scene on every
 * frame, so each arrow is kept small: a line and a head, the flow once traffic has been allowed,
 * the marker once some has been denied; the reply, the change label and the halo when first
 * needed. Arrows take no mouse events themselves: the canvas finds the arrow under the mouse
 * ({@link #distanceTo}) and lays one shared hit curve over it.
 */
final class ArrowNode extends Group {
    /** How far the curve bows out, so that A to B and B to A never overlap. */
    private static final double BOW = 22;
    private static final double PULSE_WIDTH = 12;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    /** The arrow's state, for the stylesheets (and for tests, through {@code getPseudoClassStates()}). */
    static final PseudoClass ALLOWED = PseudoClass.getPseudoClass("allowed");
    static final PseudoClass DENIED = PseudoClass.getPseudoClass("denied");
    static final PseudoClass PARTLY = PseudoClass.getPseudoClass("partly");
    /** While a change is shown: {@code changed} with {@code opened} or {@code closed}. */
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    static final PseudoClass OPENED = PseudoClass.getPseudoClass("opened");
    static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");

    private final QuadCurve line = new QuadCurve();
    private final Polygon head = new Polygon();
    private final DoubleProperty flowPhase;
    /** Traffic dots along the line: built the first time traffic is allowed, hidden while none is. */
    private QuadCurve flow;
    /** The cross or the half: built the first time traffic is denied, hidden while none is. */
    private Text marker;
    /** The card centres the arrow was laid between, then its middle point. */
    private final double[] geometry = new double[6];
    /** The box around the curve, for finding the arrow under the mouse without measuring every curve. */
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    /** A wide halo behind the line while the arrow's change is shown; built on the first change. */
    private QuadCurve pulse;
    private Group reply;
    private Text changeLabel;
    private Connection connection;

    ArrowNode(Connection connection, DoubleProperty flowPhase) {
        this.flowPhase = flowPhase;
        getStyleClass().add("arrow");
        line.getStyleClass().add("arrow-line");
        head.getStyleClass().add("arrow-head");
        line.setFill(null);
        // The canvas picks arrows by distance (CanvasView), so picking never walks 2,650 groups.
        setMouseTransparent(true);
        getChildren().addAll(line, head);
        // No node id: a unique id per arrow stops JavaFX sharing one set of matched styles among
        // the 2,650 arrows of a 50-pod canvas, and made each restyle markedly slower.
        // Arrows are found by this key instead (NodeIds.findArrow).
        getProperties().put(NodeIds.ARROW_KEY, connection.key());
        update(connection);
    }

    Connection connection() {
        return connection;
    }

    /**
     * Takes the connection's latest verdict. Most arrows keep their state on an edit, so only a
     * change of state touches the scene graph: on a canvas of 50 pods every update re-runs for
     * 2,450 arrows.
     */
    void update(Connection c) {
        boolean stateChanged = connection == null || connection.state() != c.state();
        this.connection = c;
        if (!stateChanged) {
            return;
        }
        // Pseudo-classes, not style classes: a style-class change re-matches every selector for the
        // arrow and its parts, a pseudo-class change only switches between styles already matched.
        pseudoClassStateChanged(ALLOWED, c.state() == Connection.State.ALLOWED);
        pseudoClassStateChanged(DENIED, c.state() == Connection.State.DENIED);
        pseudoClassStateChanged(PARTLY, c.state() == Connection.State.PARTLY_ALLOWED);
        showFlow(c.state() != Connection.State.DENIED);
        showMarker(switch (c.state()) {
            case ALLOWED -> "";
            case DENIED -> "\u2715";
            case PARTLY_ALLOWED -> "\u00bd";
        });
        setAccessibleText("connection from " + c.fromId() + " to " + c.toId() + ": "
                + c.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /**
     * Shows or hides the flowing dots. They are built the first time traffic is allowed and stay
     * in the arrow after that (adding and removing nodes costs far more than hiding them); hidden,
     * they stop following the shared flow phase, so they cost nothing on each frame.
     */
    private void showFlow(boolean show) {
        if (show && flow == null) {
            flow = new QuadCurve();
            flow.getStyleClass().add("arrow-flow");
            flow.setFill(null);
            copyCurve(line, flow);
            getChildren().add(getChildren().indexOf(line) + 1, flow);
        }
        if (flow == null) {
            return;
        }
        flow.setVisible(show);
        if (show) {
            flow.strokeDashOffsetProperty().bind(flowPhase);
        } else {
            flow.strokeDashOffsetProperty().unbind();
        }
    }

    /** The cross or the half; built the first time some traffic is denied, hidden when none is. */
    private void showMarker(String text) {
        if (!text.isEmpty() && marker == null) {
            marker = new Text();
            marker.getStyleClass().add("arrow-marker");
            placeMarker();
            getChildren().add(getChildren().indexOf(head) + 1, marker);
        }
        if (marker != null) {
            marker.setText(text);
            marker.setVisible(!text.isEmpty());
        }
    }

    private void placeMarker() {
        marker.setX(geometry[4] - 5);
        marker.setY(geometry[5] + 5);
    }

    /** What the canvas shows when the mouse rests on the arrow. */
    String tooltipText() {
        Connection c = connection;
        if (getStyleClass().contains(NodeIds.ANSWER_HIDDEN)) {
            return c.fromId() + " \u2192 " + c.toId() + "\nthe answer is hidden until it is revealed";
        }
        return c.fromId() + " \u2192 " + c.toId()
                + (c.allowedPorts().isEmpty() ? "" : "\nallowed: " + ports(c.allowedPorts()))
                + (c.deniedPorts().isEmpty() ? "" : "\ndenied: " + ports(c.deniedPorts()))
                + "\nclick for why";
    }

    private static String ports(List<Port> ports) {
        return ports.stream().map(Port::toString).collect(Collectors.joining(", "));
    }

    /**
     * Lays the arrow between two card centres, starting and ending at the cards' edges. Every
     * arrow bows to its left, so the two directions between a pair sit side by side.
     */
    void layout(double x1, double y1, double x2, double y2, double halfWidth, double halfHeight) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double nx = -uy;
        double ny = ux;
        double inset = edgeDistance(ux, uy, halfWidth, halfHeight) + 4;
        double sx = x1 + ux * inset + nx * BOW * 0.35;
        double sy = y1 + uy * inset + ny * BOW * 0.35;
        double ex = x2 - ux * inset + nx * BOW * 0.35;
        double ey = y2 - uy * inset + ny * BOW * 0.35;
        double cx = (x1 + x2) / 2 + nx * BOW;
        double cy = (y1 + y2) / 2 + ny * BOW;
        set(line, sx, sy, cx, cy, ex, ey);
        if (flow != null) {
            copyCurve(line, flow);
        }
        if (pulse != null) {
            copyCurve(line, pulse);
        }
        minX = Math.min(sx, Math.min(cx, ex));
        minY = Math.min(sy, Math.min(cy, ey));
        maxX = Math.max(sx, Math.max(cx, ex));
        maxY = Math.max(sy, Math.max(cy, ey));
        arrowHead(head, cx, cy, ex, ey, 11);
        double mx = 0.25 * sx + 0.5 * cx + 0.25 * ex;
        double my = 0.25 * sy + 0.5 * cy + 0.25 * ey;
        geometry[0] = x1;
        geometry[1] = y1;
        geometry[2] = x2;
        geometry[3] = y2;
        geometry[4] = mx;
        geometry[5] = my;
        if (marker != null) {
            placeMarker();
        }
        if (reply != null) {
            layoutReply();
        }
        if (changeLabel != null) {
            changeLabel.setX(mx + 10);
            changeLabel.setY(my - 10);
        }
    }

    /** The reply runs the other way, bowing to the other side. */
    private void layoutReply() {
        double x1 = geometry[0];
        double y1 = geometry[1];
        double x2 = geometry[2];
        double y2 = geometry[3];
        double len = Math.max(1, Math.hypot(x2 - x1, y2 - y1));
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        double nx = -uy;
        double ny = ux;
        double inset = edgeDistance(ux, uy, EndpointNode.WIDTH / 2, EndpointNode.HEIGHT / 2) + 4;
        QuadCurve curve = (QuadCurve) reply.getChildren().get(0);
        double rcx = (x1 + x2) / 2 - nx * BOW * 1.6;
        double rcy = (y1 + y2) / 2 - ny * BOW * 1.6;
        double rex = x1 + ux * inset - nx * BOW * 0.2;
        double rey = y1 + uy * inset - ny * BOW * 0.2;
        set(curve, x2 - ux * inset - nx * BOW * 0.2, y2 - uy * inset - ny * BOW * 0.2, rcx, rcy, rex, rey);
        arrowHead((Polygon) reply.getChildren().get(1), rcx, rcy, rex, rey, 8);
        Text label = (Text) reply.getChildren().get(2);
        label.setX(0.5 * rcx + 0.25 * (x1 + x2) - 45);
        label.setY(0.5 * rcy + 0.25 * (y1 + y2) + 16);
    }

    /** Distance from a card's centre to its edge along a unit direction. */
    private static double edgeDistance(double ux, double uy, double halfWidth, double halfHeight) {
        double tx = Math.abs(ux) < 1e-9 ? Double.MAX_VALUE : halfWidth / Math.abs(ux);
        double ty = Math.abs(uy) < 1e-9 ? Double.MAX_VALUE : halfHeight / Math.abs(uy);
        return Math.min(tx, ty);
    }

    /**
     * How far a canvas point is from the line, or {@code Double.MAX_VALUE} when it is further than
     * {@code within}: the curve is walked in short straight steps, which is exact to well under a
     * pixel at the sizes drawn.
     */
    double distanceTo(double x, double y, double within) {
        if (x < minX - within || x > maxX + within || y < minY - within || y > maxY + within) {
            return Double.MAX_VALUE;
        }
        double sx = line.getStartX();
        double sy = line.getStartY();
        double cx = line.getControlX();
        double cy = line.getControlY();
        double ex = line.getEndX();
        double ey = line.getEndY();
        // Squared distances until the end: this runs for many arrows on every mouse move.
        double best = within * within;
        boolean near = false;
        double px = sx;
        double py = sy;
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS;
            double u = 1 - t;
            double qx = u * u * sx + 2 * u * t * cx + t * t * ex;
            double qy = u * u * sy + 2 * u * t * cy + t * t * ey;
            double d = segmentDistanceSquared(x, y, px, py, qx, qy);
            if (d <= best) {
                best = d;
                near = true;
            }
            px = qx;
            py = qy;
        }
        return near ? Math.sqrt(best) : Double.MAX_VALUE;
    }

    private static final int CURVE_STEPS = 24;

    private static double segmentDistanceSquared(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
        double ox = x - (ax + t * dx);
        double oy = y - (ay + t * dy);
        return ox * ox + oy * oy;
    }

    /** Gives another curve this arrow's line (the shared hit curve, the flow, the halo). */
    void copyLineTo(QuadCurve target) {
        copyCurve(line, target);
    }

    private static void copyCurve(QuadCurve from, QuadCurve to) {
        set(to, from.getStartX(), from.getStartY(), from.getControlX(), from.getControlY(), from.getEndX(),
                from.getEndY());
    }

    private static void set(QuadCurve c, double sx, double sy, double cx, double cy, double ex, double ey) {
        c.setStartX(sx);
        c.setStartY(sy);
        c.setControlX(cx);
        c.setControlY(cy);
        c.setEndX(ex);
        c.setEndY(ey);
    }

    private static void arrowHead(Polygon p, double cx, double cy, double ex, double ey, double size) {
        double dx = ex - cx;
        double dy = ey - cy;
        double len = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double bx = ex - ux * size;
        double by = ey - uy * size;
        p.getPoints().setAll(ex, ey, bx - uy * size * 0.5, by + ux * size * 0.5, bx + uy * size * 0.5,
                by - ux * size * 0.5);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
        boolean showReply = selected && connection.state() != Connection.State.DENIED;
        if (showReply && reply == null) {
            QuadCurve curve = new QuadCurve();
            curve.setFill(null);
            curve.getStyleClass().add("arrow-reply");
            Polygon replyHead = new Polygon();
            replyHead.getStyleClass().add("arrow-reply-head");
            Text label = new Text("reply (stateful)");
            label.getStyleClass().add("arrow-reply-label");
            reply = new Group(curve, replyHead, label);
            reply.setMouseTransparent(true);
            reply.setId("reply-" + NodeIds.arrow(connection.fromId(), connection.toId()));
            getChildren().add(0, reply);
            layoutReply();
        }
        if (reply != null) {
            reply.setVisible(showReply);
        }
        if (selected) {
            toFront();
        }
    }

    boolean isReplyShown() {
        return reply != null && reply.isVisible();
    }

    void setDimmed(boolean dimmed) {
        pseudoClassStateChanged(DIMMED, dimmed);
    }

    /**
     * Marks the arrow as just changed, a thick halo settling to its new look and a word saying what
     * happened, so a person sees exactly what a policy opened or closed. The canvas animates every
     * changed arrow of an edit with one timeline, adding this arrow's part with
     * {@link #addChangeAnimation}, and calls {@link #endChange()} when it is over.
     */
    void beginChange(boolean opened, boolean bringForward) {
        if (changeLabel == null) {
            changeLabel = new Text();
            changeLabel.getStyleClass().add("arrow-change-label");
            changeLabel.setX(geometry[4] + 10);
            changeLabel.setY(geometry[5] - 10);
        }
        if (pulse == null) {
            pulse = new QuadCurve();
            pulse.setFill(null);
            pulse.getStyleClass().add("arrow-pulse");
            copyCurve(line, pulse);
        }
        if (pulse.getParent() != this) {
            getChildren().add(0, pulse);
            getChildren().add(changeLabel);
        }
        pulse.setVisible(true);
        changeLabel.setVisible(true);
        pseudoClassStateChanged(CHANGED, true);
        pseudoClassStateChanged(OPENED, opened);
        pseudoClassStateChanged(CLOSED, !opened);
        changeLabel.setText(opened ? "opened" : "closed");
        if (bringForward) {
            toFront();
        }
    }

    /**
     * The halo's width and fade and the label's fade, at the start, while the label holds, and at the
     * end. The halo's width is set here, not in the stylesheet (which would outrank it), and needs no
     * style pass: the line keeps the width its new state gives it.
     */
    void addChangeAnimation(List<KeyValue> start, List<KeyValue> hold, List<KeyValue> end) {
        start.add(new KeyValue(changeLabel.opacityProperty(), 1));
        start.add(new KeyValue(pulse.strokeWidthProperty(), PULSE_WIDTH));
        start.add(new KeyValue(pulse.opacityProperty(), 0.6));
        hold.add(new KeyValue(changeLabel.opacityProperty(), 1));
        end.add(new KeyValue(pulse.strokeWidthProperty(), 2));
        end.add(new KeyValue(pulse.opacityProperty(), 0));
        end.add(new KeyValue(changeLabel.opacityProperty(), 0));
    }

    void endChange() {
        pseudoClassStateChanged(CHANGED, false);
        pseudoClassStateChanged(OPENED, false);
        pseudoClassStateChanged(CLOSED, false);
        pulse.setVisible(false);
        changeLabel.setVisible(false);
    }

    /** True while the change animation runs (tests use it to check what moved). */
    boolean isAnimatingChange() {
        return getPseudoClassStates().contains(CHANGED);
    }
}
