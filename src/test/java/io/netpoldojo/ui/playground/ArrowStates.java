package io.netpoldojo.ui.playground;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.ui.FxThread;
import io.netpoldojo.ui.Pulses;
import io.netpoldojo.ui.playground.arrows.Arrow;
import io.netpoldojo.ui.playground.arrows.ArrowLooks;
import io.netpoldojo.ui.playground.canvas.CanvasView;
import io.netpoldojo.ui.playground.canvas.EndpointNode;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.workspace.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the arrows on a canvas show. Arrows are painted, not nodes: they are found through the
 * canvases under a scope, by their two ends, and what a person sees of them is read from the
 * painted pixels ({@link #paintedNear}).
 */
public final class ArrowStates {
    private ArrowStates() {}

    /** One arrow as a canvas draws it. */
    public static final class Drawn {
        private final CanvasView canvas;
        private final Arrow arrow;

        private Drawn(CanvasView canvas, Arrow arrow) {
            this.canvas = canvas;
            this.arrow = arrow;
        }

        /** "allowed", "denied" or "partly". */
        public String state() {
            return switch (arrow.state()) {
                case ALLOWED -> "allowed";
                case DENIED -> "denied";
                case PARTLY_ALLOWED -> "partly";
            };
        }

        /** The arrow's connection key, "from->to". */
        public String key() {
            return arrow.key();
        }

        public boolean isAnimatingChange() {
            return arrow.isAnimatingChange();
        }

        /** On screen: not left out by hide-denied or a focus, nor hidden by a stylesheet. */
        public boolean isDrawn() {
            return canvas.isDrawn(arrow);
        }

        /** The marks a teacher's step put on the arrow (style classes such as "present-pending"). */
        public Set<String> marks() {
            return arrow.marks();
        }

        /** The middle of the arrow's line, on screen: where a person clicks or rests the mouse on it. */
        public Point2D middleOnScreen() {
            return onScreen(canvas, arrow.midX(), arrow.midY());
        }

        /** The curve as drawn: start, control and end points, in canvas coordinates. */
        public List<Double> curve() {
            Curve c = arrow.curve();
            return List.of(c.sx(), c.sy(), c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.ex(), c.ey());
        }

        /** The middle of the reply the selected arrow shows, in canvas coordinates. */
        Point2D replyMiddle() {
            Curve c = arrow.replyCurve();
            return new Point2D(c.midX(), c.midY());
        }

        Point2D middle() {
            return new Point2D(arrow.midX(), arrow.midY());
        }

        /** Zooms the arrow's canvas to twice its size, its middle on screen (see {@link ArrowStates#magnify}). */
        public void magnify(FxRobot robot) {
            ArrowStates.magnify(robot, canvas, middle());
        }

        /** Whether the middle of the arrow, as painted now, shows this colour (within a few units). */
        public boolean isPaintedNearItsMiddleIn(FxRobot robot, Color colour) {
            return paintedNear(robot, canvas, middle(), colour, 5);
        }

        /**
         * Whether the arrow would be painted exactly as it is now whatever its verdict (allowed,
         * denied, partly) and whether or how it just changed: then nothing seen of it tells its
         * state. Compares what is painted of each part, from the stylesheets' looks.
         */
        public boolean looksTheSameInEveryState(FxRobot robot) {
            Object[] now = new Object[1];
            java.util.Set<Object> others = new java.util.HashSet<>();
            robot.interact(() -> {
                now[0] = seen(canvas.lookOf(arrow));
                for (Connection.State state : Connection.State.values()) {
                    for (Boolean change : new Boolean[] {null, true, false}) {
                        for (java.util.Optional<Tier> tier : List.of(java.util.Optional.<Tier>empty(),
                                java.util.Optional.of(Tier.ADMIN), java.util.Optional.of(Tier.BASELINE))) {
                            others.add(seen(canvas.lookOf(standIn(state, change, tier))));
                        }
                    }
                }
            });
            return others.size() == 1 && others.contains(now[0]);
        }

        /** An arrow with this one's ends, marks and selection, in another state, decided by another tier. */
        private Arrow standIn(Connection.State state, Boolean change, java.util.Optional<Tier> tier) {
            Connection c = arrow.connection();
            Port p = new Port(1, Protocol.TCP);
            Arrow other = new Arrow(new Connection(c.fromId(), c.toId(),
                    state == Connection.State.DENIED ? List.of() : List.of(p),
                    state == Connection.State.ALLOWED ? List.of() : List.of(new Port(2, Protocol.TCP)), tier));
            arrow.marks().forEach(other::mark);
            other.setSelected(arrow.isSelected());
            if (change != null) {
                other.beginChange(change);
            }
            return other;
        }

        /**
         * The tier's badge the arrow wears as drawn, read on the JavaFX thread: "A" (an Admin
         * ClusterNetworkPolicy decided it), "B" (a Baseline one did), or "" (none did, or its look
         * hides the badge, as a question waiting for its answer does).
         */
        public String badge() {
            return FxThread.call(() -> canvas.isDrawn(arrow) && canvas.lookOf(arrow).showsTier()
                    ? arrow.decidingTier().map(t -> t == Tier.ADMIN ? "A" : "B").orElse("") : "");
        }

        /** The colour the stylesheets give the disc of this arrow's badge (read on the JavaFX thread). */
        public Color badgeColour() {
            return FxThread.call(() -> (Color) canvas.lookOf(arrow).tierBadge().paint());
        }

        /** Whether the badge's place on the arrow, as painted now, shows this colour. */
        public boolean isPaintedAtItsBadgeIn(FxRobot robot, Color colour) {
            Point2D at = FxThread.call(() -> new Point2D(arrow.badgeX(), arrow.badgeY()));
            return paintedNear(robot, canvas, at, colour, 2);
        }

        /** The colour the stylesheets give this arrow's line. */
        public Color lineColour() {
            return (Color) canvas.lookOf(arrow).line().paint();
        }

        /** The colour the stylesheets give the reply of this arrow. */
        Color replyColour() {
            return (Color) canvas.lookOf(arrow).reply().paint();
        }

        CanvasView canvas() {
            return canvas;
        }
    }

    /** What a person sees of a look: each part that is painted, with how; nothing of those that are not. */
    private static List<Object> seen(ArrowLooks.Look look) {
        if (!look.visible()) {
            return List.of("nothing");
        }
        List<Object> out = new ArrayList<>();
        out.add(look.opacity());
        for (ArrowLooks.Stroke s : List.of(look.line(), look.flow(), look.pulse(), look.reply())) {
            // Effects have no equals of their own: compare what they do.
            out.add(s.visible() ? List.of(s.opacity(), String.valueOf(s.paint()), s.width(), s.dashes(), s.cap(),
                    effect(s.effect())) : "-");
        }
        for (ArrowLooks.Fill f : List.of(look.head(), look.marker(), look.changeLabel(), look.replyHead(), look.replyLabel())) {
            out.add(f.visible() ? f : "-");
        }
        // The tier's badge, where a tier decided the arrow: it tells who decided, so it is part of the answer.
        out.add(look.showsTier() ? List.of(look.tierBadge(), look.tierLetter()) : "-");
        return out;
    }

    private static String effect(javafx.scene.effect.Effect e) {
        if (e instanceof javafx.scene.effect.DropShadow d) {
            return "shadow " + d.getBlurType() + " " + d.getColor() + " " + d.getRadius() + " " + d.getSpread() + " "
                    + d.getOffsetX() + " " + d.getOffsetY() + " " + effect(d.getInput());
        }
        return e == null ? "none" : e.getClass().getSimpleName();
    }

    /**
     * A point of the drawing on screen, read on the JavaFX thread: reading a node's transforms from
     * the test's thread recomputes cached bounds while a pulse may be doing the same, which broke a
     * pulse with an IndexOutOfBoundsException in Parent.updateCachedBounds (BuildOnCanvasTest, once
     * in a full run).
     */
    public static Point2D onScreen(CanvasView canvas, double x, double y) {
        return FxThread.call(() -> canvas.canvasToScreen(x, y));
    }

    /**
     * Waits until the canvas's drawing stays where it is on screen, with its cards where they are,
     * across a pulse with no layout pending. After the Playground shows, a scenario opens or a card
     * lands, a banner, a fit or a scroll moves the drawing at a later pulse (much later on a loaded
     * machine), and a point read on screen before it is off by that much.
     */
    public static void settle(CanvasView canvas) {
        Pulses.settled(FxThread.call(canvas::getScene), () -> List.of(canvas.canvasToScreen(0, 0),
                canvas.canvasToScreen(1000, 1000), canvas.lookupAll(".endpoint-node").stream()
                        .filter(n -> n instanceof EndpointNode).map(n -> ((EndpointNode) n).box()).toList()));
    }

    /** The arrow from one endpoint to another on a visible canvas under {@code scope} (a selector, or "" for the window). */
    public static Drawn arrow(FxRobot robot, String scope, String fromId, String toId) {
        for (CanvasView canvas : canvases(robot, scope)) {
            var arrow = canvas.arrow(fromId, toId);
            if (arrow.isPresent()) {
                return new Drawn(canvas, arrow.get());
            }
        }
        throw new AssertionError("no arrow " + fromId + " -> " + toId + " on a visible canvas under '" + scope + "'");
    }

    /** Every arrow of the visible canvases under {@code scope}. */
    public static List<Drawn> all(FxRobot robot, String scope) {
        List<Drawn> out = new ArrayList<>();
        for (CanvasView canvas : canvases(robot, scope)) {
            canvas.allArrows().forEach(a -> out.add(new Drawn(canvas, a)));
        }
        return out;
    }

    /** The arrows of the visible canvases under {@code scope} in a state. */
    public static List<Drawn> inState(FxRobot robot, String scope, String state) {
        return all(robot, scope).stream().filter(d -> d.state().equals(state.toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * Where the traffic dots of the canvas under {@code scope} are along their arrows, read later
     * through the returned supplier (the canvas is found now, while it is visible).
     */
    public static java.util.function.DoubleSupplier flowPhase(FxRobot robot, String scope) {
        CanvasView canvas = canvases(robot, scope).get(0);
        return canvas::flowPhase;
    }

    private static List<CanvasView> canvases(FxRobot robot, String scope) {
        return robot.lookup((scope.isEmpty() ? "" : scope + " ") + ".dojo-canvas").queryAll().stream()
                .filter(n -> n instanceof CanvasView && treeVisible(n)).map(CanvasView.class::cast).toList();
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * Zooms a canvas to twice its size, so that thin lines show their own colour in
     * {@link #paintedNear} and not only their blend with the background, and scrolls a point of
     * the drawing into the middle of the view.
     */
    static void magnify(FxRobot robot, CanvasView canvas, Point2D keepInView) {
        robot.interact(() -> canvas.zoomProperty().set(MAGNIFIER));
        // Then scroll so the point is in the middle of the view, as a person would to look at it.
        robot.interact(() -> {
            canvas.layout();
            Bounds view = canvas.getViewportBounds();
            Bounds content = canvas.getContent().getLayoutBounds();
            Point2D at = canvas.getContent().sceneToLocal(canvasWorld(canvas).localToScene(keepInView));
            double spareX = content.getWidth() - view.getWidth();
            double spareY = content.getHeight() - view.getHeight();
            canvas.setHvalue(spareX <= 0 ? 0 : clamp((at.getX() - view.getWidth() / 2) / spareX));
            canvas.setVvalue(spareY <= 0 ? 0 : clamp((at.getY() - view.getHeight() / 2) / spareY));
        });
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static Node canvasWorld(CanvasView canvas) {
        return canvas.lookup("#canvas-world");
    }

    /**
     * Whether a colour is painted within {@code radius} drawing units of a point of the drawing,
     * as the canvas shows it on screen after its next frames (every layer composed, cards
     * included); the point must be in view. Nothing here asks the canvas to paint: what is seen is
     * what the last edit made it paint.
     */
    static boolean paintedNear(FxRobot robot, CanvasView canvas, Point2D at, Color colour, int radius) {
        Node world = canvasWorld(canvas);
        // The still arrows are painted off the JavaFX thread: wait until they have caught up with
        // the last edit, then a few frames, so that any painting it asked for is on screen.
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(canvas::arrowsSettled).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the arrows were still being painted after 10 s", e);
        }
        WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        int[] centre = new int[2];
        double[] scale = new double[1];
        robot.interact(() -> {
            shot[0] = canvas.snapshot(null, null);
            Point2D p = canvas.localToParent(canvas.sceneToLocal(world.localToScene(at)));
            centre[0] = (int) Math.round(p.getX() - canvas.getBoundsInParent().getMinX());
            centre[1] = (int) Math.round(p.getY() - canvas.getBoundsInParent().getMinY());
            scale[0] = canvas.zoomProperty().get();
        });
        if (centre[0] < 0 || centre[1] < 0 || centre[0] >= shot[0].getWidth() || centre[1] >= shot[0].getHeight()) {
            throw new AssertionError("the point " + at + " is not on screen: scroll to it first");
        }
        PixelReader pixels = shot[0].getPixelReader();
        int reach = (int) Math.ceil(radius * scale[0]);
        for (int y = centre[1] - reach; y <= centre[1] + reach; y++) {
            for (int x = centre[0] - reach; x <= centre[0] + reach; x++) {
                if (x >= 0 && y >= 0 && x < shot[0].getWidth() && y < shot[0].getHeight()
                        && close(pixels.getColor(x, y), colour)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int MAGNIFIER = 2;

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }

    /**
     * The first arrow of the diagram, drawn now or once the card is answered, whose line (a bowed
     * one above all) runs past the edge of the visible diagram, with where; "" when every line is
     * inside it. The arrow marked {@code asked} is checked first.
     */
    public static String cutArrow(CanvasView canvas, String asked) {
        javafx.scene.Node viewport = canvas.lookup(".viewport");
        javafx.geometry.Bounds seen = viewport.localToScreen(viewport.getLayoutBounds());
        List<io.netpoldojo.ui.playground.arrows.Arrow> arrows = new ArrayList<>(canvas.allArrows());
        arrows.sort(java.util.Comparator.comparing((io.netpoldojo.ui.playground.arrows.Arrow a) ->
                !a.marks().contains(asked)));
        for (var arrow : arrows) {
            io.netpoldojo.diagram.Curve line = arrow.curve();
            for (int i = 0; i <= 64; i++) {
                double t = i / 64.0;
                Point2D p = canvas.canvasToScreen(line.x(t), line.y(t));
                if (!seen.contains(p)) {
                    return String.format("%s at (%.0f, %.0f) of the drawing, which is shown from (%.0f, %.0f) to"
                            + " (%.0f, %.0f) on screen", arrow.key(), line.x(t), line.y(t), seen.getMinX(),
                            seen.getMinY(), seen.getMaxX(), seen.getMaxY());
                }
            }
        }
        return "";
    }
}
