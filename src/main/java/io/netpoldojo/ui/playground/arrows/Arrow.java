package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.diagram.Curves;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.workspace.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.shape.QuadCurve;

/**
 * One arrow between two endpoints: its verdict, where it runs, and how it is shown at the moment
 * (selected, changing, marked by a teacher). Arrows are not nodes: a canvas of 50 pods has
 * 2,650 of them, and JavaFX visits every node of a scene on every frame, so {@link ArrowLayer}
 * paints them all on a few layers instead, in the looks the stylesheets give them.
 *
 * <p>Every arrow bows to its left, so the two directions between a pair sit side by side.
 */
public final class Arrow {
    /** How far the curve bows out, so that A to B and B to A never overlap. */
    private static final double BOW = 22;
    private static final int CURVE_STEPS = 24;

    private Connection connection;
    /** The curve: start, control and end points. */
    double sx;
    double sy;
    double cx;
    double cy;
    double ex;
    double ey;
    /** The card centres the arrow was laid between. */
    private double x1;
    private double y1;
    private double x2;
    private double y2;
    /** Half the cards' size, where the arrow starts and ends. */
    private double halfWidth;
    private double halfHeight;
    /** The box around the curve, for finding the arrow under the mouse without measuring every curve. */
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private boolean shown = true;
    private boolean selected;
    /** While the last edit's change is shown: true when the arrow opened, false when it closed. */
    private Boolean change;
    /** While one of its cards is dragged: drawn with the arrows that move, not with the still ones. */
    private boolean lifted;
    /** Style classes a teacher's step puts on the arrow (see {@code CanvasMarks}). */
    private final Set<String> marks = new LinkedHashSet<>();
    /** How the arrow looks, for {@link ArrowLooks}; made again when any part of it changes. */
    private ArrowLooks.Key lookKey;

    public Arrow(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    public String key() {
        return connection.key();
    }

    public Connection.State state() {
        return connection.state();
    }

    /** Takes the connection's latest verdict; true when the arrow's state changed (and so its look). */
    public boolean update(Connection c) {
        boolean changed = connection.state() != c.state();
        connection = c;
        if (changed) {
            lookKey = null;
        }
        return changed;
    }

    /** What the canvas shows when the mouse rests on the arrow. */
    public String tooltipText() {
        Connection c = connection;
        if (marks.contains(NodeIds.ANSWER_HIDDEN)) {
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

    // ---- how it is shown ----------------------------------------------------------------------

    /** False while hide-denied or a focus on another pod leaves the arrow out. */
    public boolean isShown() {
        return shown;
    }

    /** True when the arrow was shown before and is not now, or the other way round. */
    public boolean setShown(boolean shown) {
        boolean changed = this.shown != shown;
        this.shown = shown;
        return changed;
    }

    public boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean selected) {
        if (this.selected != selected) {
            this.selected = selected;
            lookKey = null;
        }
    }

    /** Marks the arrow as just opened or closed: it is drawn over the arrows that did not change. */
    public void beginChange(boolean opened) {
        this.change = opened;
        lookKey = null;
    }

    public void endChange() {
        change = null;
        lookKey = null;
    }

    /** True while the change of the last edit is shown on this arrow. */
    public boolean isAnimatingChange() {
        return change != null;
    }

    public boolean opened() {
        return Boolean.TRUE.equals(change);
    }

    public Set<String> marks() {
        return Set.copyOf(marks);
    }

    public void mark(String styleClass) {
        if (marks.add(styleClass)) {
            lookKey = null;
        }
    }

    /** True when the arrow had marks to clear. */
    public boolean clearMarks() {
        if (marks.isEmpty()) {
            return false;
        }
        marks.clear();
        lookKey = null;
        return true;
    }

    /** True when the arrow was lifted before and is not now, or the other way round. */
    public boolean setLifted(boolean lifted) {
        boolean changed = this.lifted != lifted;
        this.lifted = lifted;
        return changed;
    }

    /**
     * Which arrows are drawn over which: the selected one on top, then those a teacher points at,
     * then those whose change is shown or whose card is being dragged; then the rest. Above 0 an
     * arrow stands out, and is painted with what moves on every frame ({@link ArrowLayer}).
     */
    public int tier() {
        return selected ? SELECTED_TIER : !marks.isEmpty() ? 2 : change != null || lifted ? 1 : 0;
    }

    /** The tier of the selected arrow, above all others. */
    public static final int SELECTED_TIER = 3;

    public ArrowLooks.Key lookKey() {
        if (lookKey == null) {
            lookKey = new ArrowLooks.Key(connection.state(), selected, change, Set.copyOf(marks));
        }
        return lookKey;
    }

    // ---- where it runs ------------------------------------------------------------------------

    /**
     * Lays the arrow between two card centres, starting and ending at the cards' edges.
     */
    public void layout(double x1, double y1, double x2, double y2, double halfWidth, double halfHeight) {
        this.halfWidth = halfWidth;
        this.halfHeight = halfHeight;
        this.x1 = x1;
        this.y1 = y1;
        this.x2 = x2;
        this.y2 = y2;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double nx = -uy;
        double ny = ux;
        double inset = edgeDistance(ux, uy, halfWidth, halfHeight) + 4;
        sx = x1 + ux * inset + nx * BOW * 0.35;
        sy = y1 + uy * inset + ny * BOW * 0.35;
        ex = x2 - ux * inset + nx * BOW * 0.35;
        ey = y2 - uy * inset + ny * BOW * 0.35;
        cx = (x1 + x2) / 2 + nx * BOW;
        cy = (y1 + y2) / 2 + ny * BOW;
        minX = Math.min(sx, Math.min(cx, ex));
        minY = Math.min(sy, Math.min(cy, ey));
        maxX = Math.max(sx, Math.max(cx, ex));
        maxY = Math.max(sy, Math.max(cy, ey));
    }

    /** The curve as drawn: start, control and end points, as {@code sx, sy, cx, cy, ex, ey}. */
    public double[] curve() {
        return new double[] {sx, sy, cx, cy, ex, ey};
    }

    /** The middle of the curve, where the marker and the change label sit. */
    public double midX() {
        return 0.25 * sx + 0.5 * cx + 0.25 * ex;
    }

    public double midY() {
        return 0.25 * sy + 0.5 * cy + 0.25 * ey;
    }

    /**
     * The reply runs the other way, bowing to the other side: start, control and end points, as
     * {@code sx, sy, cx, cy, ex, ey}.
     */
    public double[] replyCurve() {
        double len = Math.max(1, Math.hypot(x2 - x1, y2 - y1));
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        double nx = -uy;
        double ny = ux;
        double inset = edgeDistance(ux, uy, halfWidth, halfHeight) + 4;
        return new double[] {
            x2 - ux * inset - nx * BOW * 0.2, y2 - uy * inset - ny * BOW * 0.2,
            (x1 + x2) / 2 - nx * BOW * 1.6, (y1 + y2) / 2 - ny * BOW * 1.6,
            x1 + ux * inset - nx * BOW * 0.2, y1 + uy * inset - ny * BOW * 0.2,
        };
    }

    /** The three corners of an arrow head of {@code size} at the end of a curve, as x, y pairs. */
    public static double[] head(double cx, double cy, double ex, double ey, double size) {
        double dx = ex - cx;
        double dy = ey - cy;
        double len = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double bx = ex - ux * size;
        double by = ey - uy * size;
        return new double[] {ex, ey, bx - uy * size * 0.5, by + ux * size * 0.5, bx + uy * size * 0.5,
            by - ux * size * 0.5};
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
    public double distanceTo(double x, double y, double within) {
        if (x < minX - within || x > maxX + within || y < minY - within || y > maxY + within) {
            return Double.MAX_VALUE;
        }
        // Squared distances until the end: this runs for many arrows on every mouse move.
        double best = within * within;
        boolean near = false;
        double px = sx;
        double py = sy;
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS;
            double qx = Curves.quadAt(t, sx, cx, ex);
            double qy = Curves.quadAt(t, sy, cy, ey);
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

    private static double segmentDistanceSquared(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
        double ox = x - (ax + t * dx);
        double oy = y - (ay + t * dy);
        return ox * ox + oy * oy;
    }

    /** Gives a curve this arrow's line (the shared hit curve). */
    public void copyLineTo(QuadCurve target) {
        target.setStartX(sx);
        target.setStartY(sy);
        target.setControlX(cx);
        target.setControlY(cy);
        target.setEndX(ex);
        target.setEndY(ey);
    }
}
