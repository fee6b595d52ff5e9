package io.netpoldojo.ui.playground;

import io.netpoldojo.workspace.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

/**
 * Paints the arrows. A canvas of 50 pods has 2,650 arrows; as nodes (a line, a head, the traffic,
 * a marker each) they made JavaFX visit and restyle over 10,000 nodes on every edit, most of a
 * frame. Painted, an edit costs one pass over the arrows and no styling at all.
 *
 * <p>There can be thousands, so most of them are painted off the JavaFX thread, by
 * {@link ArrowRaster}, onto two {@link RasterSheet}s that show each picture a few frames after it
 * was asked for. From below:
 * <ul>
 *   <li>the still sheet: the arrows nobody is looking at in particular, their lines, heads and
 *       markers, painted again only when an arrow changes or moves;</li>
 *   <li>the moving sheet, painted for every frame but only where the drawing is on screen: the few
 *       arrows that just settled among the still ones (a dropped card's, a finished change's)
 *       until the still sheet shows them, the traffic flowing along the still arrows, then the
 *       arrows that stand out, whole: the last edit's changes on their halos, those a teacher
 *       points at and a dragged card's;</li>
 *   <li>a canvas over both, painted every frame: the selected arrow with its reply, the words
 *       "opened" and "closed", and whatever the moving sheet cannot paint.</li>
 * </ul>
 * Looks come from the stylesheets through {@link ArrowLooks}. A sheet paints a look only when it
 * can do so as JavaFX would (plain colours, no effect): still arrows in any other look go on a
 * canvas under the still sheet, and from the first moving part the moving sheet cannot paint, the
 * rest goes on the top canvas, so the order stays. Painting happens once per frame at most, after
 * the scene's style and layout pass, however many edits asked for it.
 */
final class ArrowLayer extends Pane {
    /**
     * Canvases larger than this on a side are painted at a lower resolution, to bound memory: a
     * 50-pod drawing is sharp up to a zoom of about 160%.
     */
    private static final double MAX_CANVAS_SIDE = 4096;
    /**
     * Sheets hold two sets of pixels each (one shown, one being painted), so they are kept to
     * 8 million pixels: a 50-pod drawing is sharp up to a zoom of about 180% (90% on a screen
     * of double density).
     */
    private static final double MAX_SHEET_PIXELS = 8_000_000;
    /** Sheet pixels painted around the visible part of the drawing on the moving sheet. */
    private static final double MOVING_MARGIN = 64;
    private static final double HEAD_SIZE = 11;
    private static final double REPLY_HEAD_SIZE = 8;
    /**
     * At most this many arrows that settled among the still ones are drawn with what moves while
     * the still sheet catches up; more (a filter shows a thousand arrows again) simply appear with it.
     */
    private static final int MAX_WAITING = 400;
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

    /** Painting threads shared by every canvas: one for the still arrows, one for what moves. */
    private static final Executor STILL_PAINTER = RasterSheet.newPainter("arrow-painter-still");
    private static final Executor MOVING_PAINTER = RasterSheet.newPainter("arrow-painter-moving");

    private final RasterSheet still = new RasterSheet("arrow-still", STILL_PAINTER);
    /** The still arrows whose looks the sheets cannot paint. */
    private final Canvas lines = new Canvas();
    private final RasterSheet moving = new RasterSheet("arrow-moving", MOVING_PAINTER);
    private final Canvas motion = new Canvas();
    private final Scale toWorld = new Scale(1, 1, 0, 0);
    private final ArrowLooks looks = new ArrowLooks();
    private final Collection<Arrow> arrows;
    private final ObservableDoubleValue flowPhase;
    private final ObservableDoubleValue zoom;
    private final Runnable paintPass = this::paintPending;
    /** Letters (the markers) as the sheets stamp them, at the sheets' scale. */
    private final Map<SpriteKey, RasterPicture.Sprite> sprites = new HashMap<>();
    /** The arrows drawn, in order, each group in one look: made when the lines are painted. */
    private List<Group> groups = List.of();
    private List<Arrow> changing = List.of();
    /** How far the change of the last edit has been shown, from 0 to 1. */
    private double changeProgress = 1;
    /** Canvas pixels per drawing unit: the zoom (the canvas itself adds the screen's scale). */
    private double pixelScale = 1;
    /** The part of the drawing on screen, in drawing units (null: all of it). */
    private Supplier<Bounds> visibleArea;
    /** Sheet pixels per drawing unit: the zoom and the screen's scale. */
    private double sheetScale = 1;
    private int sheetWidth = 1;
    private int sheetHeight = 1;
    /** The screen scale the sheets were sized for. */
    private double sheetOutputScale = 1;
    /** The arrows in the still picture last asked for (the sheet shows them once its tag is this set). */
    private Set<Arrow> stillAsked = Set.of();
    /** Counts the changes of the arrows; each moving picture is tagged with the count it was made at. */
    private long arrowsGeneration;
    private boolean linesDirty = true;
    private boolean motionDirty = true;

    /** Arrows of one look and tier (see {@link Arrow#tier()}), painted one after the other. */
    private record Group(int tier, Connection.State state, ArrowLooks.Look look, List<Arrow> arrows) {}

    private record SpriteKey(String text, Font font, Paint paint, double scale) {}

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
        getChildren().addAll(looks.node(), lines, still.node(), moving.node(), motion);
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

    /**
     * Tells the layer which part of the drawing is on screen (asked after each layout), so that
     * what is painted for every frame is only that part; the caller repaints on a scroll.
     */
    void setVisibleArea(Supplier<Bounds> area) {
        visibleArea = area;
        motionChanged();
    }

    /** An arrow was added, removed, changed state or look, or moved: everything is painted again. */
    void arrowsChanged() {
        arrowsGeneration++;
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

    /**
     * Whether the sheets show the arrows as they are now: the still sheet its newest picture, and
     * the moving sheet a picture made since the last change of the arrows (tests read pixels once
     * they do).
     */
    boolean isSettled() {
        return !linesDirty && still.isSettled() && still.shownTag() == stillAsked
                && Long.valueOf(arrowsGeneration).equals(moving.shownTag());
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
        moving.pulse();
        if (still.pulse()) {
            motionDirty = true; // the arrows waiting for the still sheet are on it now
        }
        if (looks.refresh() || outputScale() != sheetOutputScale) {
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
        // A canvas paints at the screen's own scale by itself; the sheets are told it.
        sheetOutputScale = outputScale();
        double sheet = Math.min(s * sheetOutputScale, Math.min(Math.sqrt(MAX_SHEET_PIXELS / (w * h)),
                Math.min(MAX_CANVAS_SIDE / w, MAX_CANVAS_SIDE / h)));
        if (sheet != sheetScale) {
            sprites.clear();
        }
        sheetScale = sheet;
        sheetWidth = (int) Math.ceil(w * sheet);
        sheetHeight = (int) Math.ceil(h * sheet);
    }

    /** Screen pixels per scene unit (2 on most high-density screens). */
    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getRenderScaleX());
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


    /**
     * The arrows that do not stand out: lines, heads and the markers that no traffic runs over, on
     * the still sheet, or on the canvas below it when a look is beyond the sheet.
     */
    private void paintLines() {
        GraphicsContext g = clear(lines);
        Surface onCanvas = new CanvasSurface(g);
        RasterPicture picture = new RasterPicture();
        Surface onSheet = new PictureSurface(picture);
        Set<Arrow> painted = new HashSet<>();
        boolean canvasUsed = false;
        for (Group group : groups) {
            if (group.tier() == 0) {
                if (PictureSurface.canPaint(group.look())) {
                    paintStill(onSheet, group);
                    painted.addAll(group.arrows());
                } else {
                    paintStill(onCanvas, group);
                    canvasUsed = true;
                }
            }
        }
        // An empty canvas the size of the drawing would still be blended into every frame.
        lines.setVisible(canvasUsed);
        stillAsked = painted;
        still.show(sheetWidth, sheetHeight, sheetScale, 0, 0, picture, painted);
    }

    /**
     * What moves, over the still arrows: the arrows waiting for the still sheet, the traffic, then
     * the arrows that stand out, whole: the last edit's changes on their halos, those a teacher
     * points at or a dragged card's, the selected one, and the words "opened" and "closed". The
     * moving sheet takes these in that order for as long as it can paint them; the canvas above it
     * takes the rest, and always the selected arrow (one arrow, with its reply) and the words.
     */
    private void paintMotion() {
        GraphicsContext g = clear(motion);
        Surface onCanvas = new CanvasSurface(g);
        RasterPicture picture = new RasterPicture();
        Surface onSheet = new PictureSurface(picture);
        boolean toSheet = true;
        for (Group group : waitingGroups()) {
            toSheet &= PictureSurface.canPaint(group.look());
            paintStill(toSheet ? onSheet : onCanvas, group);
        }
        for (Group group : groups) {
            if (group.tier() == 0 && group.look().flow().visible()) {
                toSheet &= PictureSurface.canPaint(group.look());
                paintFlow(toSheet ? onSheet : onCanvas, group);
            }
        }
        toSheet = paintHalos(onSheet, onCanvas, toSheet);
        for (Group group : groups) {
            if (group.tier() > 0) {
                toSheet &= group.tier() < Arrow.SELECTED_TIER && PictureSurface.canPaint(group.look());
                if (!toSheet) {
                    for (Arrow a : group.arrows()) {
                        if (a.isSelected() && a.state() != Connection.State.DENIED) {
                            paintReply(g, group.look(), a);
                        }
                    }
                }
                paintStill(toSheet ? onSheet : onCanvas, group);
                paintFlow(toSheet ? onSheet : onCanvas, group);
            }
        }
        // Painted for every frame, so only the part of the drawing on screen: a scroll repaints it anyway.
        Rectangle2D area = movingArea();
        moving.show(roundUp(area.getWidth() * sheetScale), roundUp(area.getHeight() * sheetScale), sheetScale,
                area.getMinX(), area.getMinY(), picture, arrowsGeneration);
        paintChangeWords(g);
        // Something went on the canvas once the sheet stopped taking parts, or there are words;
        // otherwise it is left out of the frame rather than blended in empty.
        motion.setVisible(!toSheet || !changing.isEmpty());
    }

    /**
     * A size in sheet pixels, rounded up to a whole tile: the moving sheet's size then stays the
     * same as the drawing scrolls, and its pixels are used again rather than made anew.
     */
    private static int roundUp(double pixels) {
        return (int) Math.ceil(pixels / 64) * 64;
    }

    /**
     * The part of the drawing the moving sheet covers: what is on screen and a margin, so that a
     * short scroll shows no bare strip while the next picture is painted; to whole sheet pixels,
     * so that its pixels fall on the still sheet's.
     */
    private Rectangle2D movingArea() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        Bounds seen = visibleArea == null ? null : visibleArea.get();
        double margin = MOVING_MARGIN / sheetScale;
        double minX = seen == null ? 0 : Math.max(0, seen.getMinX() - margin);
        double minY = seen == null ? 0 : Math.max(0, seen.getMinY() - margin);
        double maxX = seen == null ? w : Math.min(w, seen.getMaxX() + margin);
        double maxY = seen == null ? h : Math.min(h, seen.getMaxY() + margin);
        if (maxX <= minX || maxY <= minY) {
            return new Rectangle2D(0, 0, 1 / sheetScale, 1 / sheetScale);
        }
        minX = Math.floor(minX * sheetScale) / sheetScale;
        minY = Math.floor(minY * sheetScale) / sheetScale;
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * The still arrows the still sheet does not show yet (a dropped card's, a finished change's),
     * drawn with what moves until it does, so they never blink out.
     */
    private List<Group> waitingGroups() {
        Object onSheet = still.shownTag();
        if (onSheet == stillAsked || !(onSheet instanceof Set<?> shown)) {
            return List.of();
        }
        List<Group> waiting = new ArrayList<>();
        int count = 0;
        for (Group group : groups) {
            if (group.tier() == 0 && PictureSurface.canPaint(group.look())) {
                List<Arrow> missing = group.arrows().stream().filter(a -> !shown.contains(a)).toList();
                if (!missing.isEmpty()) {
                    waiting.add(new Group(0, group.state(), group.look(), missing));
                    count += missing.size();
                }
            }
        }
        return count <= MAX_WAITING ? waiting : List.of();
    }

    /** An arrow group's line, heads, and the markers of arrows without traffic. */
    private static void paintStill(Surface surface, Group group) {
        ArrowLooks.Look look = group.look();
        surface.stroke(look.line(), look.opacity(), 0, group.arrows());
        surface.heads(look.head(), look.opacity(), group.arrows());
        // Markers of arrows with traffic are painted over the traffic, with it.
        if (!look.flow().visible()) {
            surface.markers(look.marker(), look.opacity(), group.arrows());
        }
    }

    private void paintFlow(Surface surface, Group group) {
        ArrowLooks.Look look = group.look();
        if (look.flow().visible()) {
            surface.stroke(look.flow(), look.opacity(), flowPhase.get(), group.arrows());
            surface.markers(look.marker(), look.opacity(), group.arrows());
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

    /** The marker in the middle of an arrow: a cross when denied, a half when partly allowed. */
    private static String marker(Arrow a) {
        return switch (a.state()) {
            case ALLOWED -> "";
            case DENIED -> "\u2715";
            case PARTLY_ALLOWED -> "\u00bd";
        };
    }

    /**
     * The halos of the last edit's changes, under their lines: wide at first, then thinning and
     * fading out. On the sheet while {@code toSheet} holds and it can paint them; whether the sheet
     * still takes what follows.
     */
    private boolean paintHalos(Surface onSheet, Surface onCanvas, boolean toSheet) {
        double width = PULSE_WIDTH + (2 - PULSE_WIDTH) * changeProgress;
        double opacity = 0.6 * (1 - changeProgress);
        for (Arrow a : changing) {
            if (!a.isShown() || !a.isAnimatingChange()) {
                continue;
            }
            ArrowLooks.Look look = looks.look(a.lookKey());
            ArrowLooks.Stroke halo = look.pulse();
            if (look.visible() && halo.visible() && opacity > 0) {
                ArrowLooks.Stroke wide = new ArrowLooks.Stroke(true, halo.opacity(), halo.paint(), width, halo.dashes(),
                        halo.cap(), halo.effect());
                toSheet &= PictureSurface.canPaint(wide);
                (toSheet ? onSheet : onCanvas).stroke(wide, opacity, 0, List.of(a));
            }
        }
        return toSheet;
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

    /** Where the parts of a group of arrows are painted: a canvas, or a picture for a sheet. */
    private interface Surface {
        void stroke(ArrowLooks.Stroke stroke, double opacity, double dashOffset, List<Arrow> arrows);

        void heads(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows);

        void markers(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows);
    }

    /** Paints with a canvas's graphics context, now. */
    private record CanvasSurface(GraphicsContext g) implements Surface {
        /**
         * Strokes each arrow on its own: one path through hundreds of arrows would be rasterized as
         * one shape the size of the whole drawing, which costs the renderer far more than many small ones.
         */
        @Override
        public void stroke(ArrowLooks.Stroke stroke, double opacity, double dashOffset, List<Arrow> arrows) {
            if (ArrowLayer.stroke(g, opacity, stroke, dashOffset)) {
                for (Arrow a : arrows) {
                    g.beginPath();
                    g.moveTo(a.sx, a.sy);
                    g.quadraticCurveTo(a.cx, a.cy, a.ex, a.ey);
                    g.stroke();
                }
                g.setEffect(null);
            }
        }

        @Override
        public void heads(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows) {
            if (fill(g, opacity, fill)) {
                for (Arrow a : arrows) {
                    double[] p = Arrow.head(a.cx, a.cy, a.ex, a.ey, HEAD_SIZE);
                    g.fillPolygon(new double[] {p[0], p[2], p[4]}, new double[] {p[1], p[3], p[5]}, 3);
                }
            }
        }

        @Override
        public void markers(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows) {
            if (fill(g, opacity, fill)) {
                g.setFont(fill.font());
                for (Arrow a : arrows) {
                    String marker = marker(a);
                    if (!marker.isEmpty()) {
                        g.fillText(marker, a.midX() - 5, a.midY() + 5);
                    }
                }
            }
        }
    }

    /** Records into a picture for a sheet, to be painted later on another thread. */
    private final class PictureSurface implements Surface {
        private final RasterPicture picture;

        PictureSurface(RasterPicture picture) {
            this.picture = picture;
        }

        /** Whether a sheet paints every part of this look exactly: plain colours and no effects. */
        static boolean canPaint(ArrowLooks.Look look) {
            return canPaint(look.line()) && canPaint(look.flow()) && canPaint(look.head(), false)
                    && canPaint(look.marker(), true);
        }

        static boolean canPaint(ArrowLooks.Stroke s) {
            return !s.visible() || (s.paint() instanceof Color && s.effect() == null);
        }

        private static boolean canPaint(ArrowLooks.Fill f, boolean text) {
            return !f.visible() || (f.paint() instanceof Color && (!text || f.font() != null));
        }

        @Override
        public void stroke(ArrowLooks.Stroke stroke, double opacity, double dashOffset, List<Arrow> arrows) {
            if (!stroke.visible()) {
                return;
            }
            Color colour = (Color) stroke.paint();
            RasterPicture.Pen pen = new RasterPicture.Pen(rgb(colour), opacity * stroke.opacity() * colour.getOpacity(),
                    stroke.width(), cap(stroke.cap()), stroke.dashArray(), dashOffset);
            for (Arrow a : arrows) {
                picture.strokeQuad(pen, a.sx, a.sy, a.cx, a.cy, a.ex, a.ey);
            }
        }

        @Override
        public void heads(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows) {
            if (!fill.visible()) {
                return;
            }
            Color colour = (Color) fill.paint();
            double alpha = opacity * fill.opacity() * colour.getOpacity();
            for (Arrow a : arrows) {
                double[] p = Arrow.head(a.cx, a.cy, a.ex, a.ey, HEAD_SIZE);
                picture.fillTriangle(rgb(colour), alpha, p[0], p[1], p[2], p[3], p[4], p[5]);
            }
        }

        @Override
        public void markers(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows) {
            if (!fill.visible()) {
                return;
            }
            for (Arrow a : arrows) {
                String marker = marker(a);
                if (!marker.isEmpty()) {
                    picture.stamp(sprite(marker, fill), opacity * fill.opacity(), a.midX() - 5, a.midY() + 5);
                }
            }
        }

        private static int rgb(Color c) {
            return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                    | (int) Math.round(c.getBlue() * 255);
        }

        private static RasterPicture.Cap cap(StrokeLineCap cap) {
            return switch (cap) {
                case BUTT -> RasterPicture.Cap.BUTT;
                case SQUARE -> RasterPicture.Cap.SQUARE;
                case ROUND -> RasterPicture.Cap.ROUND;
            };
        }
    }

    /**
     * A marker's letter as the sheets stamp it: the text drawn once by JavaFX at the sheets'
     * scale, its baseline's left end at the point it is stamped at, as the canvas draws text.
     */
    private RasterPicture.Sprite sprite(String letter, ArrowLooks.Fill fill) {
        return sprites.computeIfAbsent(new SpriteKey(letter, fill.font(), fill.paint(), sheetScale), key -> {
            Text text = new Text(letter);
            text.setFont(key.font());
            text.setFill(key.paint());
            Bounds b = text.getBoundsInLocal();
            double s = key.scale();
            int left = (int) Math.floor(b.getMinX() * s) - 1;
            int top = (int) Math.floor(b.getMinY() * s) - 1;
            int w = (int) Math.ceil(b.getMaxX() * s) + 1 - left;
            int h = (int) Math.ceil(b.getMaxY() * s) + 1 - top;
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            params.setTransform(new Scale(s, s));
            params.setViewport(new Rectangle2D(left, top, w, h));
            WritableImage image = text.snapshot(params, null);
            int[] pixels = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
            return new RasterPicture.Sprite(pixels, w, h, -left, -top);
        });
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
