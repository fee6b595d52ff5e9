package io.netpoldojo.ui.playground;

import io.netpoldojo.workspace.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;

/**
 * Paints the arrows. A canvas of 50 pods has 2,650 arrows; as nodes (a line, a head, the traffic,
 * a marker each) they made JavaFX visit and restyle over 10,000 nodes on every edit, most of a
 * frame. Painted, an edit costs one pass over the arrows and no styling at all.
 *
 * <p>Three canvases, so that what moves on every frame is all that is painted on every frame:
 * <ul>
 *   <li>under the lines, the halos of the arrows the last edit changed (while that is shown);</li>
 *   <li>the lines, heads and markers (painted again only when an arrow changes or moves);</li>
 *   <li>over them, the traffic flowing along allowed arrows and the words "opened" and "closed".</li>
 * </ul>
 * Looks come from the stylesheets through {@link ArrowLooks}. Painting happens once per frame at
 * most, after the scene's style and layout pass, however many edits asked for it.
 */
final class ArrowLayer extends Pane {
    /** Canvases larger than this on a side are painted at a lower resolution, to bound memory. */
    private static final double MAX_CANVAS_SIDE = 4096;
    private static final double HEAD_SIZE = 11;
    private static final double REPLY_HEAD_SIZE = 8;
    /** The halo's width at the start of a change and at its end (see {@link #paintHalos}). */
    private static final double PULSE_WIDTH = 12;

    private final Canvas halos = new Canvas();
    private final Canvas lines = new Canvas();
    private final Canvas motion = new Canvas();
    private final Scale toWorld = new Scale(1, 1, 0, 0);
    private final ArrowLooks looks = new ArrowLooks();
    private final Collection<Arrow> arrows;
    private final ObservableDoubleValue flowPhase;
    private final ObservableDoubleValue zoom;
    private final Runnable paintPass = this::paintPending;
    /** The arrows drawn, in order, each group in one look: made when the lines are painted. */
    private List<Group> groups = List.of();
    private List<Arrow> changing = List.of();
    /** How far the change of the last edit has been shown, from 0 to 1. */
    private double changeProgress = 1;
    /** Pixels per canvas unit: the zoom times the screen's scale, so a zoomed drawing stays sharp. */
    private double pixelScale = 1;
    private boolean linesDirty = true;
    private boolean motionDirty = true;

    /** The arrows of one look, painted one after the other with the same stroke and fill. */
    private record Group(ArrowLooks.Look look, List<Arrow> arrows) {}

    /**
     * @param arrows    the canvas's arrows (a live view: the layer is told when they change)
     * @param flowPhase where the traffic dots are along their dashes, animated by the canvas
     * @param zoom      the drawing's zoom, for painting sharp at any zoom
     */
    ArrowLayer(Collection<Arrow> arrows, ObservableDoubleValue flowPhase, ObservableDoubleValue zoom) {
        this.arrows = arrows;
        this.flowPhase = flowPhase;
        this.zoom = zoom;
        setId("arrow-layer");
        setMouseTransparent(true);
        for (Canvas c : new Canvas[] {halos, lines, motion}) {
            c.getTransforms().add(toWorld);
            c.setManaged(false);
        }
        halos.setId("arrow-halos");
        lines.setId("arrow-lines");
        motion.setId("arrow-motion");
        getChildren().addAll(looks.node(), halos, lines, motion);
        flowPhase.addListener(o -> motionChanged());
        zoom.addListener(o -> arrowsChanged());
        widthProperty().addListener(o -> arrowsChanged());
        heightProperty().addListener(o -> arrowsChanged());
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(paintPass);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(paintPass);
                arrowsChanged();
            }
        });
    }

    /** An arrow was added, removed, changed state or look, or moved: the lines are painted again. */
    void arrowsChanged() {
        linesDirty = true;
        motionDirty = true;
        Platform.requestNextPulse();
    }

    private void motionChanged() {
        motionDirty = true;
        Platform.requestNextPulse();
    }

    /** Starts showing the change of an edit on these arrows (already marked {@link Arrow#beginChange}). */
    void showChange(List<Arrow> changed) {
        changing = List.copyOf(changed);
        changeProgress = 0;
        arrowsChanged();
    }

    /** How far the change has been shown: the halos thin and fade, the words fade at the end. */
    void setChangeProgress(double progress) {
        changeProgress = progress;
        motionChanged();
    }

    void endChange() {
        changing = List.of();
        changeProgress = 1;
        arrowsChanged();
    }

    /** Whether an arrow is on screen: shown by the canvas and not hidden by a stylesheet (a quiz's answer). */
    boolean isDrawn(Arrow a) {
        return a.isShown() && looks.look(a.lookKey()).visible();
    }

    /** The look an arrow is painted in (tests compare it with the stylesheets). */
    ArrowLooks.Look lookOf(Arrow a) {
        return looks.look(a.lookKey());
    }

    /**
     * Paints what changed since the last frame; runs after each style and layout pass of the scene,
     * and can be called directly (a snapshot, a test) to paint what is pending now.
     */
    void paintPending() {
        if (getScene() == null || !isTreeVisible()) {
            return; // kept dirty: painted when shown again
        }
        if (looks.refresh()) {
            linesDirty = true;
            motionDirty = true;
        }
        if (linesDirty) {
            sizeCanvases();
            groups = groupByLook();
            paintLines();
            linesDirty = false;
            motionDirty = true;
        }
        if (motionDirty) {
            paintHalos();
            paintMotion();
            motionDirty = false;
        }
    }

    private boolean isTreeVisible() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void sizeCanvases() {
        Scene scene = getScene();
        double screen = scene.getWindow() == null ? 1 : scene.getWindow().getRenderScaleX();
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        double s = Math.min(zoom.get() * screen, Math.min(MAX_CANVAS_SIDE / w, MAX_CANVAS_SIDE / h));
        pixelScale = s;
        toWorld.setX(1 / s);
        toWorld.setY(1 / s);
        for (Canvas c : new Canvas[] {halos, lines, motion}) {
            c.setWidth(Math.ceil(w * s));
            c.setHeight(Math.ceil(h * s));
        }
    }

    private GraphicsContext clear(Canvas canvas) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        // Clearing the whole canvas also drops the commands it still held, so nothing piles up.
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setTransform(pixelScale, 0, 0, pixelScale, 0, 0);
        g.setGlobalAlpha(1);
        g.setEffect(null);
        return g;
    }

    /** The drawn arrows in groups of one look, lower tiers first (see {@link Arrow#tier()}). */
    private List<Group> groupByLook() {
        List<Map<ArrowLooks.Key, List<Arrow>>> tiers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tiers.add(new LinkedHashMap<>());
        }
        for (Arrow a : arrows) {
            if (a.isShown()) {
                tiers.get(a.tier()).computeIfAbsent(a.lookKey(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map<ArrowLooks.Key, List<Arrow>> tier : tiers) {
            tier.forEach((key, list) -> {
                ArrowLooks.Look look = looks.look(key);
                if (look.visible()) {
                    out.add(new Group(look, list));
                }
            });
        }
        return out;
    }

    private void paintLines() {
        GraphicsContext g = clear(lines);
        for (Group group : groups) {
            ArrowLooks.Look look = group.look();
            for (Arrow a : group.arrows()) {
                if (a.isSelected() && a.state() != Connection.State.DENIED) {
                    paintReply(g, look, a);
                }
            }
            if (stroke(g, look.opacity(), look.line(), 0)) {
                strokeCurves(g, group.arrows());
                g.setEffect(null);
            }
            if (fill(g, look.opacity(), look.head())) {
                for (Arrow a : group.arrows()) {
                    double[] p = Arrow.head(a.cx, a.cy, a.ex, a.ey, HEAD_SIZE);
                    g.beginPath();
                    g.moveTo(p[0], p[1]);
                    g.lineTo(p[2], p[3]);
                    g.lineTo(p[4], p[5]);
                    g.closePath();
                    g.fill();
                }
            }
            // Markers of arrows with traffic are painted over the traffic, with it.
            if (!look.flow().visible()) {
                paintMarkers(g, look, group.arrows());
            }
        }
    }

    /** The reply runs back along the other side: NetworkPolicies are stateful. */
    private void paintReply(GraphicsContext g, ArrowLooks.Look look, Arrow a) {
        double[] c = a.replyCurve();
        if (stroke(g, 1, look.reply(), 0)) {
            g.beginPath();
            g.moveTo(c[0], c[1]);
            g.quadraticCurveTo(c[2], c[3], c[4], c[5]);
            g.stroke();
        }
        if (fill(g, 1, look.replyHead())) {
            double[] p = Arrow.head(c[2], c[3], c[4], c[5], REPLY_HEAD_SIZE);
            g.fillPolygon(new double[] {p[0], p[2], p[4]}, new double[] {p[1], p[3], p[5]}, 3);
        }
        if (fill(g, 1, look.replyLabel())) {
            g.setFont(look.replyLabel().font());
            g.fillText("reply (stateful)", 0.5 * c[2] + 0.25 * (c[0] + c[4]) - 45,
                    0.5 * c[3] + 0.25 * (c[1] + c[5]) + 16);
        }
    }

    private void paintMarkers(GraphicsContext g, ArrowLooks.Look look, List<Arrow> arrows) {
        if (!fill(g, look.opacity(), look.marker())) {
            return;
        }
        g.setFont(look.marker().font());
        for (Arrow a : arrows) {
            String marker = switch (a.state()) {
                case ALLOWED -> "";
                case DENIED -> "\u2715";
                case PARTLY_ALLOWED -> "\u00bd";
            };
            if (!marker.isEmpty()) {
                g.fillText(marker, a.midX() - 5, a.midY() + 5);
            }
        }
    }

    /** The halos of the last edit's changes: wide at first, then thinning and fading out. */
    private void paintHalos() {
        GraphicsContext g = clear(halos);
        if (changing.isEmpty()) {
            return;
        }
        double width = PULSE_WIDTH + (2 - PULSE_WIDTH) * changeProgress;
        for (Arrow a : changing) {
            if (!a.isShown()) {
                continue;
            }
            ArrowLooks.Look look = looks.look(a.lookKey());
            if (look.visible() && stroke(g, 0.6 * (1 - changeProgress), look.pulse(), 0)) {
                g.setLineWidth(width);
                g.beginPath();
                g.moveTo(a.sx, a.sy);
                g.quadraticCurveTo(a.cx, a.cy, a.ex, a.ey);
                g.stroke();
            }
        }
    }

    /** Traffic along allowed arrows, the markers over it, and what the last edit did. */
    private void paintMotion() {
        GraphicsContext g = clear(motion);
        for (Group group : groups) {
            ArrowLooks.Look look = group.look();
            if (!stroke(g, look.opacity(), look.flow(), flowPhase.get())) {
                continue;
            }
            strokeCurves(g, group.arrows());
            g.setEffect(null);
            paintMarkers(g, look, group.arrows());
        }
        // The words hold for most of the change, then fade with the halos.
        double wordOpacity = changeProgress < 0.6 ? 1 : Math.max(0, (1 - changeProgress) / 0.4);
        if (changing.isEmpty() || wordOpacity <= 0) {
            return;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (Arrow a : changing) {
            if (!a.isShown() || !a.isAnimatingChange()) {
                continue;
            }
            ArrowLooks.Look look = looks.look(a.lookKey());
            if (look.visible() && fill(g, wordOpacity, look.changeLabel())) {
                g.setFont(look.changeLabel().font());
                g.fillText(a.opened() ? "opened" : "closed", a.midX() + 10, a.midY() - 10);
            }
        }
    }

    /**
     * Strokes each arrow on its own: one path through hundreds of arrows would be rasterized as one
     * shape the size of the whole drawing, which costs the renderer far more than many small ones.
     */
    private static void strokeCurves(GraphicsContext g, List<Arrow> arrows) {
        for (Arrow a : arrows) {
            g.beginPath();
            g.moveTo(a.sx, a.sy);
            g.quadraticCurveTo(a.cx, a.cy, a.ex, a.ey);
            g.stroke();
        }
    }

    /** Sets up a stroke as a part's look says; false when the part is not drawn in this look. */
    private static boolean stroke(GraphicsContext g, double opacity, ArrowLooks.Stroke s, double dashOffset) {
        if (!s.visible()) {
            return false;
        }
        g.setGlobalAlpha(opacity * s.opacity());
        g.setStroke(s.paint());
        g.setLineWidth(s.width());
        g.setLineCap(s.cap());
        double[] dashes = s.dashArray();
        g.setLineDashes(dashes.length == 0 ? null : dashes);
        g.setLineDashOffset(dashOffset);
        g.setEffect(s.effect());
        return true;
    }

    private static boolean fill(GraphicsContext g, double opacity, ArrowLooks.Fill f) {
        if (!f.visible()) {
            return false;
        }
        g.setGlobalAlpha(opacity * f.opacity());
        g.setFill(f.paint());
        g.setEffect(null);
        return true;
    }
}
