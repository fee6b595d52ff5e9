package io.netpoldojo.ui.present;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits on what the Present tests click and read: a place or a stage is shown a frame or more
 * after the click that asks for it, later still on a loaded machine. Each wait is on a condition
 * (never a fixed sleep) and fails with what was awaited.
 */
final class PresentWaits {
    private static final long SECONDS = 15;

    private PresentWaits() {}

    /** Clicks the node {@code query} finds, once it is shown. */
    static void clickWhenShown(FxRobot robot, String query) {
        untilShown(robot, query);
        robot.clickOn(query);
    }

    /** Opens Present from the rail and waits for its list of demos. */
    static void openPresent(FxRobot robot) {
        clickWhenShown(robot, "#nav-present");
        untilShown(robot, "#present-catalog");
    }

    /** Opens Present from the rail and starts a demo (or "playground"), and waits for its stage. */
    static void startDemo(FxRobot robot, String id) {
        openPresent(robot);
        clickWhenShown(robot, "#present-start-" + id);
        untilShown(robot, "#present-stage");
    }

    /** Waits until {@code query} finds a node that is visible, as are all its parents, in a window. */
    static void untilShown(FxRobot robot, String query) {
        until(() -> robot.lookup(query).tryQuery().filter(PresentWaits::shown).isPresent(), query + " is shown");
    }

    /** Waits until the condition holds, read on the FX thread. */
    static void until(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + SECONDS + " s for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
