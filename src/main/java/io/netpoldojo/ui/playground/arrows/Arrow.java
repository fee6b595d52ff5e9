package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.diagram.ArrowRouter;
import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.workspace.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.shape.CubicCurve;

/**
 * One arrow between two endpoints: its verdict, where it runs, and how it is shown at the moment
 * (selected, changing, marked by a teacher). Arrows are not nodes: a canvas of 50 pods has
 * 2,650 of them, and JavaFX visits every node of a scene on every frame, so {@link ArrowLayer}
 * paints them all on a few layers instead, in the looks the stylesheets give them.
 *
 * <p>Its line is the diagram router's: clear of every other card, and each direction of a pair
 * to its own left, so the two sit side by side.
 */
public final class Arrow {
    /** How far the reply of a selected arrow runs from the pair's shared line, beyond the other arrow. */
    private static final double REPLY_OFFSET = 22;
    private static final int CURVE_STEPS = 32;
    /**
     * How far along the line past its middle the tier's badge sits: clear of the marker at the
     * middle (a cross or a half), on the arrow itself, so it never covers the other arrow of the pair.
     */
    private static final double BADGE_DISTANCE = 16;

    private Connection connection;
    /** The line, and its points as plain fields for the painters' loops: start, controls, end. */
    private Curve curve;
    double sx;
    double sy;
    double c1x;
    double c1y;
    double c2x;
    double c2y;
    double ex;
    double ey;
    /** The box around the line, for finding the arrow under the mouse without measuring every line. */
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    /** The centre of the tier's badge (see {@link #BADGE_DISTANCE}). */
    double badgeX;
    double badgeY;
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
        layout(Curve.straight(0, 0, 0, 0));
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

    /**
     * The ClusterNetworkPolicy tier that decided the arrow, shown as a badge on it; empty when
     * NetworkPolicies and the default decided it.
     */
    public Optional<Tier> decidingTier() {
        return connection.decidingTier();
    }

    /**
     * Takes the connection's latest verdict; true when the arrow's state or deciding tier changed
     * (and so its look).
     */
    public boolean update(Connection c) {
        boolean changed = connection.state() != c.state() || !connection.decidingTier().equals(c.decidingTier());
        connection = c;
        if (changed) {
            lookKey = null;
        }
        return changed;
    }

    /** What the canvas shows when the mouse rests on the arrow. */
    public String tooltipText() {
        return tooltipText(Optional.empty());
    }

    /**
     * What the canvas shows when the mouse rests on the arrow, with which tier decided it when a
     * ClusterNetworkPolicy did ("decided by ingress: Admin tier (protect-mysql)").
     */
    public String tooltipText(Optional<String> decidedBy) {
        Connection c = connection;
        if (marks.contains(NodeIds.ANSWER_HIDDEN)) {
            return c.fromId() + " \u2192 " + c.toId() + "\nthe answer is hidden until it is revealed";
        }
        return c.fromId() + " \u2192 " + c.toId()
                + (c.allowedPorts().isEmpty() ? "" : "\nallowed: " + ports(c.allowedPorts()))
                + (c.deniedPorts().isEmpty() ? "" : "\ndenied: " + ports(c.deniedPorts()))
                + decidedBy.map(d -> "\n" + d).orElse("")
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
            lookKey = new ArrowLooks.Key(connection.state(), connection.decidingTier(), selected, change,
                    Set.copyOf(marks));
        }
        return lookKey;
    }

    // ---- where it runs ------------------------------------------------------------------------

    /** Lays the arrow along a line found by the diagram's router (see {@code ArrowRouter}). */
    public void layout(Curve line) {
        this.curve = line;
        sx = line.sx();
        sy = line.sy();
        c1x = line.c1x();
        c1y = line.c1y();
        c2x = line.c2x();
        c2y = line.c2y();
        ex = line.ex();
        ey = line.ey();
        Box b = line.bounds();
        minX = b.x();
        minY = b.y();
        maxX = b.maxX();
        maxY = b.maxY();
        double length = line.length();
        double t = length <= 0 ? 0.5 : Math.min(0.8, 0.5 + BADGE_DISTANCE / length);
        badgeX = line.x(t);
        badgeY = line.y(t);
    }

    /** The centre of the tier's badge, when a tier decided the arrow: just past the middle of its line. */
    public double badgeX() {
        return badgeX;
    }

    public double badgeY() {
        return badgeY;
    }

    /** The line as drawn. */
    public Curve curve() {
        return curve;
    }

    /** The middle of the line, where the marker and the change label sit. */
    public double midX() {
        return curve.midX();
    }

    public double midY() {
        return curve.midY();
    }

    /**
     * The reply runs back along the other side of the pair's shared line, beyond the arrow of
     * the other direction: NetworkPolicies are stateful.
     */
    public Curve replyCurve() {
        return replyCurve(curve);
    }

    /** The reply of an arrow running along {@code line}. */
    public static Curve replyCurve(Curve line) {
        return line.offset(-ArrowRouter.OFFSET).reversed().offset(REPLY_OFFSET);
    }

    /** The three corners of an arrow head of {@code size} at the end of a line, as x, y pairs. */
    public static double[] head(Curve line, double size) {
        double[] u = line.endDirection();
        double bx = line.ex() - u[0] * size;
        double by = line.ey() - u[1] * size;
        return new double[] {line.ex(), line.ey(), bx - u[1] * size * 0.5, by + u[0] * size * 0.5,
            bx + u[1] * size * 0.5, by - u[0] * size * 0.5};
    }

    /**
     * How far a canvas point is from the line, or {@code Double.MAX_VALUE} when it is further than
     * {@code within}: the curve is walked in short straight steps, which is exact to well under a
     * pixel at the sizes drawn.
     */
    public double distanceTo(double x, double y, double within) {
        if (curve == null || x < minX - within || x > maxX + within || y < minY - within || y > maxY + within) {
            return Double.MAX_VALUE;
        }
        // Squared distances until the end: this runs for many arrows on every mouse move.
        double best = within * within;
        boolean near = false;
        double px = sx;
        double py = sy;
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS;
            double qx = Curve.at(t, sx, c1x, c2x, ex);
            double qy = Curve.at(t, sy, c1y, c2y, ey);
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
    public void copyLineTo(CubicCurve target) {
        target.setStartX(sx);
        target.setStartY(sy);
        target.setControlX1(c1x);
        target.setControlY1(c1y);
        target.setControlX2(c2x);
        target.setControlY2(c2y);
        target.setEndX(ex);
        target.setEndY(ey);
    }
}
