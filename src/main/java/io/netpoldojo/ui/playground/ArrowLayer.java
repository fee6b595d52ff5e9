package io.netpoldojo.ui.playground;

import io.netpoldojo.workspace.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
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
 * <p>Two canvases, so that what moves on every frame is all that is painted on every frame:
 * <ul>
 *   <li>below, the lines, heads and markers of the arrows nobody is looking at in particular,
 *       painted again only when an arrow changes or moves;</li>
 *   <li>above, the traffic flowing along their allowed arrows, then, over it, the arrows that stand
 *       out: those the last edit changed (with their halos and the words "opened" and "closed"),
 *       those a teacher points at, and the selected one, each drawn whole.</li>
 * </ul>
 * Looks come from the stylesheets through {@link ArrowLooks}. Painting happens once per frame at
 * most, after the scene's style and layout pass, however many edits asked for it.
 */
final class ArrowLayer extends Pane {
    /**
     * Canvases larger than this on a side are painted at a lower resolution, to bound memory: a
     * 50-pod drawing is sharp up to a zoom of about 160%.
     */
    private static final double MAX_CANVAS_SIDE = 4096;
    private static final double HEAD_SIZE = 11;
    private static final double REPLY_HEAD_SIZE = 8;
    /** See {@link Arrow#tier()}. */
    private static final int TIERS = 4;
    /** The halo's width at the start of a change (see {@link #paintHalos}). */
    private static final double PULSE_WIDTH = 12;
    /** Within a tier, denied arrows lie under partly allowed ones, and those under allowed ones. */
    private static final Comparator<Group> ORDER = Comparator.comparingInt(Group::tier)
            .thenComparingInt(g -> switch (g.state()) {
                case DENIED -> 0;
                case PARTLY_ALLOWED -> 1;
                case ALLOWED -> 2;
            });

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
    /** Canvas pixels per drawing unit: the zoom (the canvas itself adds the screen's scale). */
    private double pixelScale = 1;
    private boolean linesDirty = true;
    private boolean motionDirty = true;

    /** Arrows of one look and tier (see {@link Arrow#tier()}), painted one after the other. */
    private record Group(int tier, Connection.State state, ArrowLooks.Look look, List<Arrow> arrows) {}

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
        for (Canvas c : new Canvas[] {lines, motion}) {
            c.getTransforms().add(toWorld);
            c.setManaged(false);
        }
        lines.setId("arrow-lines");
        motion.setId("arrow-motion");
        getChildren().addAll(looks.node(), lines, motion);
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

    /** An arrow was added, removed, changed state or look, or moved: everything is painted again. */
    void arrowsChanged() {
        linesDirty = true;
        motionDirty = true;
        Platform.requestNextPulse();
    }

    /** Only what moves changed: the traffic, or the arrows that stand out (a dragged card's). */
    void motionChanged() {
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

    /** The change is over (or cut short by the next edit's): the changed arrows settle into their looks. */
    void endChange() {
        changing.forEach(Arrow::endChange);
        changing = List.of();
        changeProgress = 1;
        arrowsChanged();
    }

    /** Forgets arrows that are gone from the drawing (a deleted pod's), so no halo stays behind. */
    void arrowsRemoved() {
        if (!changing.isEmpty()) {
            Set<Arrow> remaining = new HashSet<>(arrows);
            changing = changing.stream().filter(remaining::contains).toList();
        }
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
     * so the samples' looks are up to date (a theme switch or an ancestor's class shows here).
     */
    private void paintPending() {
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
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        double s = Math.min(zoom.get(), Math.min(MAX_CANVAS_SIDE / w, MAX_CANVAS_SIDE / h));
        pixelScale = s;
        toWorld.setX(1 / s);
        toWorld.setY(1 / s);
        for (Canvas c : new Canvas[] {lines, motion}) {
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
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        return g;
    }

    /** The drawn arrows in groups of one tier and look, in the order they are painted. */
    private List<Group> groupByLook() {
        List<Map<ArrowLooks.Key, List<Arrow>>> tiers = new ArrayList<>();
        for (int i = 0; i < TIERS; i++) {
            tiers.add(new LinkedHashMap<>());
        }
        for (Arrow a : arrows) {
            if (a.isShown()) {
                tiers.get(a.tier()).computeIfAbsent(a.lookKey(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Group> out = new ArrayList<>();
        for (int tier = 0; tier < TIERS; tier++) {
            int t = tier;
            tiers.get(tier).forEach((key, list) -> {
                ArrowLooks.Look look = looks.look(key);
                if (look.visible()) {
                    out.add(new Group(t, key.state(), look, list));
                }
            });
        }
        out.sort(ORDER);
        return out;
    }


    /** The arrows that do not stand out: lines, heads and the markers that no traffic runs over. */
    private void paintLines() {
        GraphicsContext g = clear(lines);
        for (Group group : groups) {
            if (group.tier() == 0) {
                paintStill(g, group);
            }
        }
    }

    /**
     * The traffic along the arrows below, then the arrows that stand out, whole, over it: the last
     * edit's changes on their halos, those a teacher points at, the selected one.
     */
    private void paintMotion() {
        GraphicsContext g = clear(motion);
        for (Group group : groups) {
            if (group.tier() == 0) {
                paintFlow(g, group);
            }
        }
        paintHalos(g);
        for (Group group : groups) {
            if (group.tier() > 0) {
                paintStill(g, group);
                paintFlow(g, group);
            }
        }
        paintChangeWords(g);
    }

    private void paintStill(GraphicsContext g, Group group) {
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

    private void paintFlow(GraphicsContext g, Group group) {
        ArrowLooks.Look look = group.look();
        if (stroke(g, look.opacity(), look.flow(), flowPhase.get())) {
            strokeCurves(g, group.arrows());
            g.setEffect(null);
            paintMarkers(g, look, group.arrows());
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

    /** The halos of the last edit's changes, under their lines: wide at first, then thinning and fading out. */
    private void paintHalos(GraphicsContext g) {
        double width = PULSE_WIDTH + (2 - PULSE_WIDTH) * changeProgress;
        for (Arrow a : changing) {
            if (!a.isShown() || !a.isAnimatingChange()) {
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

    /** "opened" and "closed" beside the changed arrows: they hold for most of the change, then fade. */
    private void paintChangeWords(GraphicsContext g) {
        double opacity = changeProgress < 0.6 ? 1 : Math.max(0, (1 - changeProgress) / 0.4);
        if (opacity <= 0) {
            return;
        }
        for (Arrow a : changing) {
            if (!a.isShown() || !a.isAnimatingChange()) {
                continue;
            }
            ArrowLooks.Look look = looks.look(a.lookKey());
            if (look.visible() && fill(g, opacity, look.changeLabel())) {
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
