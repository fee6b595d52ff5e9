package io.netpoldojo.ui.playground.canvas;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.InputEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The traffic flowing along open arrows: one shared phase for every arrow of a canvas, moved one
 * dash pattern a second, in small steps. It runs only while someone could be watching, so an untouched app rests:
 * the canvas's place is shown, the canvas is on screen (not scrolled out of a lesson, not in a
 * hidden tab or a minimised window), and the window had input (a mouse move, a key, a scroll)
 * in the last {@link #IDLE_AFTER}. The dots then stand still where they are, and move again on
 * the next input.
 */
final class TrafficFlow {
    /** After this long without input anywhere in the window, the traffic stands still. */
    static final Duration IDLE_AFTER = Duration.seconds(3);
    /** One dash pattern of the traffic: a dot, then a gap (see {@code .arrow-flow} in the stylesheet). */
    private static final double PATTERN = 18;
    /**
     * Steps a second: the dots move 1.2 pixels at a time, which the eye takes for a glide, and the
     * canvas is painted 15 times a second instead of at every frame (software rendering paints the
     * whole window each time).
     */
    private static final int STEPS = 15;

    /** The key of the window's input clock among its scene's properties. */
    private static final Object LAST_INPUT = new Object();

    private final Node canvas;
    private final Timeline cycle;
    private final EventHandler<InputEvent> onInput = e -> touched();
    /** Whether the canvas's owner lets it move (its place is shown). */
    private boolean allowed = true;
    private long lastInput = System.nanoTime();
    private Duration idleAfter = IDLE_AFTER;

    TrafficFlow(Node canvas, DoubleProperty phase) {
        this.canvas = canvas;
        // One cycle at a time: at each end it decides whether to go on, so there is no timer besides it.
        cycle = new Timeline();
        for (int i = 0; i <= STEPS; i++) {
            cycle.getKeyFrames().add(new KeyFrame(Duration.seconds((double) i / STEPS),
                    new KeyValue(phase, -PATTERN * i / STEPS, Interpolator.DISCRETE)));
        }
        cycle.setOnFinished(e -> {
            if (shouldRun()) {
                cycle.playFromStart();
            }
        });
        canvas.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(InputEvent.ANY, onInput);
            }
            if (now != null) {
                now.addEventFilter(InputEvent.ANY, onInput);
                lastInput = lastInputIn(now);
                resume();
            }
        });
        if (canvas.getScene() != null) {
            canvas.getScene().addEventFilter(InputEvent.ANY, onInput);
            lastInput = lastInputIn(canvas.getScene());
        }
        resume();
    }

    /**
     * When the window last had input, whichever canvas was there to hear it: kept in the scene's
     * properties by one filter per scene. A canvas put on screen takes its idle clock from it, so
     * a place that took two seconds to build after the key that opened it animates for one more
     * second, not three.
     */
    private static long lastInputIn(Scene scene) {
        long[] last = (long[]) scene.getProperties().computeIfAbsent(LAST_INPUT, k -> {
            long[] clock = {System.nanoTime()};
            scene.addEventFilter(InputEvent.ANY, e -> clock[0] = System.nanoTime());
            return clock;
        });
        return last[0];
    }

    /** Lets the traffic move (when the canvas's place is shown) or stops it (when it is hidden). */
    void setAllowed(boolean on) {
        allowed = on;
        if (on) {
            resume();
        } else {
            cycle.pause();
        }
    }

    /** How long without input before the traffic stands still (tests shorten it). */
    void setIdleAfter(Duration idle) {
        idleAfter = idle;
    }

    boolean isRunning() {
        return cycle.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** Input in the window: the idle clock starts again, and the traffic moves if it may. */
    void touched() {
        lastInput = System.nanoTime();
        resume();
    }

    /**
     * Moves the traffic if it may, without starting the idle clock again: being shown or put on
     * screen is not input. (It was: a place that took two seconds to build on a busy machine then
     * animated for three more seconds after the key that opened it, painting 15 times a second.)
     */
    private void resume() {
        if (!isRunning() && shouldRun()) {
            cycle.play();
        }
    }

    private boolean shouldRun() {
        return allowed && (System.nanoTime() - lastInput) / 1e6 < idleAfter.toMillis() && onScreen();
    }

    /** Whether any of the canvas can be seen: in a showing window, visible, and inside every scroll pane around it. */
    private boolean onScreen() {
        Scene scene = canvas.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing() || (window instanceof Stage s && s.isIconified())) {
            return false;
        }
        Bounds seen = canvas.localToScene(canvas.getLayoutBounds());
        Bounds area = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        if (!seen.intersects(area)) {
            return false;
        }
        for (Node n = canvas; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n != canvas && n instanceof ScrollPane pane && !seen.intersects(pane.localToScene(pane.getLayoutBounds()))) {
                return false;
            }
        }
        return true;
    }
}
