package io.netpoldojo.ui.playground;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.workspace.Connection;
import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * One arrow between two endpoints. Allowed arrows are solid with traffic flowing along them;
 * denied arrows are faded, dashed and crossed, so the two differ without colour too; an arrow
 * allowed on some of its ports only is solid with a half marker. When selected, a thin dashed
 * arrow shows the reply direction, which NetworkPolicies allow because they are stateful.
 *
 * <p>A canvas of 50 pods has 2,450 arrows, so each is kept light: the reply, the change label and
 * the tooltip are only built when first needed.
 */
final class ArrowNode extends Group {
    /** How far the curve bows out, so that A to B and B to A never overlap. */
    private static final double BOW = 22;
    private static final Duration CHANGE_ANIMATION = Duration.millis(1400);
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

    private final QuadCurve hit = new QuadCurve();
    private final QuadCurve line = new QuadCurve();
    private final QuadCurve flow = new QuadCurve();
    private final Polygon head = new Polygon();
    private final Text marker = new Text();
    private final double[] geometry = new double[6];
    /** A wide halo behind the line while the arrow's change is shown; built on the first change. */
    private QuadCurve pulse;
    private Group reply;
    private Text changeLabel;
    private Tooltip tooltip;
    private Connection connection;
    private Timeline changeAnimation;

    ArrowNode(Connection connection, DoubleProperty flowPhase) {
        getStyleClass().add("arrow");
        hit.getStyleClass().add("arrow-hit");
        line.getStyleClass().add("arrow-line");
        flow.getStyleClass().add("arrow-flow");
        head.getStyleClass().add("arrow-head");
        marker.getStyleClass().add("arrow-marker");
        for (QuadCurve c : new QuadCurve[] {hit, line, flow}) {
            c.setFill(null);
        }
        flow.setMouseTransparent(true);
        flow.strokeDashOffsetProperty().bind(flowPhase);
        marker.setMouseTransparent(true);
        head.setMouseTransparent(true);
        line.setMouseTransparent(true);
        hit.setOnMouseEntered(e -> installTooltip());
        getChildren().addAll(line, flow, head, marker, hit);
        // No node id: a unique id per arrow stops JavaFX sharing one set of matched styles among
        // the 2,450 arrows of a 50-pod canvas, and made each restyle markedly slower.
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
        if (tooltip != null) {
            tooltip.setText(tooltipText());
        }
        if (!stateChanged) {
            return;
        }
        // Pseudo-classes, not style classes: a style-class change re-matches every selector for the
        // arrow and its parts, a pseudo-class change only switches between styles already matched.
        pseudoClassStateChanged(ALLOWED, c.state() == Connection.State.ALLOWED);
        pseudoClassStateChanged(DENIED, c.state() == Connection.State.DENIED);
        pseudoClassStateChanged(PARTLY, c.state() == Connection.State.PARTLY_ALLOWED);
        flow.setVisible(c.state() != Connection.State.DENIED);
        marker.setText(switch (c.state()) {
            case ALLOWED -> "";
            case DENIED -> "\u2715";
            case PARTLY_ALLOWED -> "\u00bd";
        });
        setAccessibleText("connection from " + c.fromId() + " to " + c.toId() + ": "
                + c.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText());
            Tooltip.install(hit, tooltip);
        }
    }

    private String tooltipText() {
        Connection c = connection;
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
        for (QuadCurve c : new QuadCurve[] {hit, line, flow}) {
            set(c, sx, sy, cx, cy, ex, ey);
        }
        if (pulse != null) {
            set(pulse, sx, sy, cx, cy, ex, ey);
        }
        arrowHead(head, cx, cy, ex, ey, 11);
        double mx = 0.25 * sx + 0.5 * cx + 0.25 * ex;
        double my = 0.25 * sy + 0.5 * cy + 0.25 * ey;
        marker.setX(mx - 5);
        marker.setY(my + 5);
        geometry[0] = x1;
        geometry[1] = y1;
        geometry[2] = x2;
        geometry[3] = y2;
        geometry[4] = mx;
        geometry[5] = my;
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
     * Marks the arrow as just changed: a thick pulse settling to its new look and a word saying
     * what happened, so a person sees exactly what a policy opened or closed.
     */
    void animateChange(boolean opened, boolean bringForward) {
        if (changeAnimation != null) {
            changeAnimation.stop();
        }
        if (changeLabel == null) {
            changeLabel = new Text();
            changeLabel.getStyleClass().add("arrow-change-label");
            changeLabel.setMouseTransparent(true);
            changeLabel.setX(geometry[4] + 10);
            changeLabel.setY(geometry[5] - 10);
            getChildren().add(changeLabel);
        }
        if (pulse == null) {
            pulse = new QuadCurve();
            pulse.setFill(null);
            pulse.getStyleClass().add("arrow-pulse");
            pulse.setMouseTransparent(true);
            set(pulse, line.getStartX(), line.getStartY(), line.getControlX(), line.getControlY(), line.getEndX(),
                    line.getEndY());
            getChildren().add(0, pulse);
        }
        pseudoClassStateChanged(CHANGED, true);
        pseudoClassStateChanged(OPENED, opened);
        pseudoClassStateChanged(CLOSED, !opened);
        changeLabel.setText(opened ? "opened" : "closed");
        if (bringForward) {
            toFront();
        }
        // The halo's width is set here, not in the stylesheet (which would outrank it), and it
        // needs no style pass: the line keeps the width its new state gives it.
        pulse.setVisible(true);
        changeAnimation = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(changeLabel.opacityProperty(), 1),
                        new KeyValue(pulse.strokeWidthProperty(), PULSE_WIDTH), new KeyValue(pulse.opacityProperty(), 0.6)),
                new KeyFrame(CHANGE_ANIMATION.multiply(0.6), new KeyValue(changeLabel.opacityProperty(), 1)),
                new KeyFrame(CHANGE_ANIMATION, new KeyValue(pulse.strokeWidthProperty(), 2),
                        new KeyValue(pulse.opacityProperty(), 0), new KeyValue(changeLabel.opacityProperty(), 0)));
        changeAnimation.setOnFinished(e -> {
            pseudoClassStateChanged(CHANGED, false);
            pseudoClassStateChanged(OPENED, false);
            pseudoClassStateChanged(CLOSED, false);
            pulse.setVisible(false);
        });
        changeAnimation.play();
    }

    /** True while the change animation runs (tests use it to check what moved). */
    boolean isAnimatingChange() {
        return getPseudoClassStates().contains(CHANGED);
    }
}
