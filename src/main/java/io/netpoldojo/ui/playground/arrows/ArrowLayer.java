package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.LabelPlaces;
import io.netpoldojo.ui.playground.raster.RasterPicture;
import io.netpoldojo.ui.playground.raster.RasterSheet;
import io.netpoldojo.workspace.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
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
public final class ArrowLayer extends Pane {
    /**
     * At most this many arrows that settled among the still ones are drawn with what moves while
     * the still sheet catches up; more (a filter shows a thousand arrows again) simply appear with it.
     */
    private static final int MAX_WAITING = 400;
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
    private final PaintScale scale = new PaintScale();
    /** Letters (the markers) as the sheets stamp them, at the sheets' scale. */
    private final PictureSurface.Sprites sprites = new PictureSurface.Sprites();
    /** The arrows drawn, in order, each group in one look: made when the lines are painted. */
    private List<ArrowGroup> groups = List.of();
    private final ChangeShown change = new ChangeShown();
    /** The boxes of the cards and the zones' titles where they are now, which words beside arrows keep off. */
    private Supplier<List<Box>> labelObstacles = List::of;
    /** The part of the drawing on screen, in drawing units (null: all of it). */
    private Supplier<Bounds> visibleArea;
    /** The arrows in the still picture last asked for (the sheet shows them once its tag is this set). */
    private Set<Arrow> stillAsked = Set.of();
    /** Counts the changes of the arrows; each moving picture is tagged with the count it was made at. */
    private long arrowsGeneration;
    /** The boxes of the words painted on the last frame (tests check where they went). */
    private List<Box> wordsPainted = List.of();
    private boolean linesDirty = true;
    private boolean motionDirty = true;

    /**
     * @param arrows    the canvas's arrows (a live view: the layer is told when they change)
     * @param flowPhase where the traffic dots are along their dashes, animated by the canvas
     * @param zoom      the drawing's zoom, for painting sharp at any zoom
     */
    public ArrowLayer(Collection<Arrow> arrows, ObservableDoubleValue flowPhase, ObservableDoubleValue zoom) {
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
    public void setVisibleArea(Supplier<Bounds> area) {
        visibleArea = area;
        motionChanged();
    }

    /**
     * Tells the layer where the cards and the zones' titles are (asked on each frame that paints
     * words), so that "reply (stateful)", "opened" and "closed" are never drawn over them.
     */
    public void setLabelObstacles(Supplier<List<Box>> obstacles) {
        labelObstacles = obstacles;
        arrowsChanged();
    }

    /** An arrow was added, removed, changed state or look, or moved: everything is painted again. */
    public void arrowsChanged() {
        arrowsGeneration++;
        linesDirty = true;
        motionDirty = true;
        Platform.requestNextPulse();
    }

    /** Only what moves changed: the traffic, or the arrows that stand out (a dragged card's). */
    public void motionChanged() {
        motionDirty = true;
        Platform.requestNextPulse();
    }

    /** Starts showing the change of an edit on these arrows (already marked {@link Arrow#beginChange}). */
    public void showChange(List<Arrow> changed) {
        change.begin(changed);
        arrowsChanged();
    }

    /** How far the change has been shown: the halos thin and fade, the words fade at the end. */
    public void setChangeProgress(double progress) {
        change.setProgress(progress);
        motionChanged();
    }

    /** The change is over (or cut short by the next edit's): the changed arrows settle into their looks. */
    public void endChange() {
        change.end();
        arrowsChanged();
    }

    /** Forgets arrows that are gone from the drawing (a deleted pod's), so no halo stays behind. */
    public void arrowsRemoved() {
        change.keepOnly(arrows);
        arrowsChanged();
    }

    /**
     * Whether the sheets show the arrows as they are now: the still sheet its newest picture, and
     * the moving sheet a picture made since the last change of the arrows (tests read pixels once
     * they do).
     */
    public boolean isSettled() {
        return !linesDirty && still.isSettled() && still.shownTag() == stillAsked
                && Long.valueOf(arrowsGeneration).equals(moving.shownTag());
    }

    /** Whether an arrow is on screen: shown by the canvas and not hidden by a stylesheet (a quiz's answer). */
    public boolean isDrawn(Arrow a) {
        return a.isShown() && looks.look(a.lookKey()).visible();
    }

    /** The boxes of the words beside arrows painted on the last frame: a reply's, and a change's "opened" and "closed". */
    public List<Box> wordsPainted() {
        return wordsPainted;
    }

    /**
     * The size a word beside an arrow takes in this layer's looks now, {width, height}: the
     * reply's ({@link ArrowLabels#REPLY}) as on a selected allowed arrow, "opened" and "closed" as
     * on a changed one (tests lay the words of other diagrams out with it).
     */
    public double[] wordSize(String word) {
        boolean reply = word.equals(ArrowLabels.REPLY) || word.equals(ArrowLabels.SHORT_REPLY);
        ArrowLooks.Look look = looks.look(new ArrowLooks.Key(Connection.State.ALLOWED, java.util.Optional.empty(),
                reply, reply ? null : word.equals(ArrowLabels.changeWord(true)), Set.of()));
        return ArrowLabels.size((reply ? look.replyLabel() : look.changeLabel()).font(), word);
    }

    /** The look an arrow is painted in (tests compare it with the stylesheets). */
    public ArrowLooks.Look lookOf(Arrow a) {
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
        if (looks.refresh() || outputScale() != scale.outputScale()) {
            linesDirty = true;
            motionDirty = true;
        }
        if (linesDirty) {
            sizeCanvases();
            groups = ArrowGroup.byLook(arrows, looks);
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
        if (scale.size(w, h, zoom.get(), outputScale())) {
            sprites.clear();
        }
        double s = scale.pixelScale();
        toWorld.setX(1 / s);
        toWorld.setY(1 / s);
        for (Canvas c : new Canvas[] {lines, motion}) {
            c.setWidth(Math.ceil(w * s));
            c.setHeight(Math.ceil(h * s));
        }
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
        g.setTransform(scale.pixelScale(), 0, 0, scale.pixelScale(), 0, 0);
        g.setGlobalAlpha(1);
        g.setEffect(null);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        return g;
    }

    /**
     * The arrows that do not stand out: lines, heads and the markers that no traffic runs over, on
     * the still sheet, or on the canvas below it when a look is beyond the sheet.
     */
    private void paintLines() {
        GraphicsContext g = clear(lines);
        ArrowSurface onCanvas = new CanvasSurface(g);
        RasterPicture picture = new RasterPicture();
        ArrowSurface onSheet = new PictureSurface(picture, sprites, scale.sheetScale());
        Set<Arrow> painted = new HashSet<>();
        boolean canvasUsed = false;
        for (ArrowGroup group : groups) {
            if (group.tier() == 0) {
                if (PictureSurface.canPaint(group.look())) {
                    group.paintStill(onSheet);
                    painted.addAll(group.arrows());
                } else {
                    group.paintStill(onCanvas);
                    canvasUsed = true;
                }
            }
        }
        for (ArrowGroup group : groups) {
            if (group.tier() == 0) {
                group.paintBadges(PictureSurface.canPaint(group.look()) ? onSheet : onCanvas);
            }
        }
        // An empty canvas the size of the drawing would still be blended into every frame.
        lines.setVisible(canvasUsed);
        stillAsked = painted;
        still.show(scale.sheetWidth(), scale.sheetHeight(), scale.sheetScale(), 0, 0, picture, painted);
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
        ArrowSurface onCanvas = new CanvasSurface(g);
        RasterPicture picture = new RasterPicture();
        ArrowSurface onSheet = new PictureSurface(picture, sprites, scale.sheetScale());
        LabelPlaces room = new LabelPlaces(labelObstacles.get(), List.of(),
                new Box(0, 0, Math.max(1, getWidth()), Math.max(1, getHeight())));
        boolean toSheet = true;
        for (ArrowGroup group : waitingGroups()) {
            toSheet &= PictureSurface.canPaint(group.look());
            group.paintStill(toSheet ? onSheet : onCanvas);
            group.paintBadges(toSheet ? onSheet : onCanvas);
        }
        for (ArrowGroup group : groups) {
            if (group.tier() == 0 && group.look().flow().visible()) {
                toSheet &= PictureSurface.canPaint(group.look());
                group.paintFlow(toSheet ? onSheet : onCanvas, flowPhase.get());
            }
        }
        toSheet = change.paintHalos(looks, onSheet, onCanvas, toSheet);
        for (ArrowGroup group : groups) {
            if (group.tier() > 0) {
                toSheet &= group.tier() < Arrow.SELECTED_TIER && PictureSurface.canPaint(group.look());
                if (!toSheet) {
                    for (Arrow a : group.arrows()) {
                        if (a.isSelected() && a.state() != Connection.State.DENIED) {
                            CanvasSurface.paintReply(g, group.look(), a, room);
                        }
                    }
                }
                group.paintStill(toSheet ? onSheet : onCanvas);
                group.paintBadges(toSheet ? onSheet : onCanvas);
                group.paintFlow(toSheet ? onSheet : onCanvas, flowPhase.get());
            }
        }
        // Painted for every frame, so only the part of the drawing on screen: a scroll repaints it anyway.
        Bounds seen = visibleArea == null ? null : visibleArea.get();
        Rectangle2D area = scale.movingArea(Math.max(1, getWidth()), Math.max(1, getHeight()), seen);
        double sheet = scale.sheetScale();
        moving.show(PaintScale.roundUp(area.getWidth() * sheet), PaintScale.roundUp(area.getHeight() * sheet), sheet,
                area.getMinX(), area.getMinY(), picture, arrowsGeneration);
        change.paintWords(looks, g, room, arrowsGeneration);
        wordsPainted = room.taken();
        // Something went on the canvas once the sheet stopped taking parts, or there are words;
        // otherwise it is left out of the frame rather than blended in empty.
        motion.setVisible(!toSheet || !change.isEmpty());
    }

    /**
     * The still arrows the still sheet does not show yet (a dropped card's, a finished change's),
     * drawn with what moves until it does, so they never blink out.
     */
    private List<ArrowGroup> waitingGroups() {
        Object onSheet = still.shownTag();
        if (onSheet == stillAsked || !(onSheet instanceof Set<?> shown)) {
            return List.of();
        }
        List<ArrowGroup> waiting = new ArrayList<>();
        int count = 0;
        for (ArrowGroup group : groups) {
            if (group.tier() == 0 && PictureSurface.canPaint(group.look())) {
                List<Arrow> missing = group.arrows().stream().filter(a -> !shown.contains(a)).toList();
                if (!missing.isEmpty()) {
                    waiting.add(new ArrowGroup(0, group.state(), group.look(), missing));
                    count += missing.size();
                }
            }
        }
        return count <= MAX_WAITING ? waiting : List.of();
    }
}
