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
        // Below the fold of a scrolling page (the list of demos grows), scrolled to as a person would.
        robot.interact(() -> scrollIntoView(robot.lookup(query).query()));
        robot.clickOn(query);
    }

    /** Scrolls the nearest scroll pane around {@code node} so that all of it is in view. */
    private static void scrollIntoView(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                javafx.scene.Node content = pane.getContent();
                double contentHeight = content.getLayoutBounds().getHeight();
                double view = pane.getViewportBounds().getHeight();
                if (contentHeight <= view) {
                    return;
                }
                javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double top = pane.getVvalue() * (contentHeight - view);
                if (b.getMinY() < top || b.getMaxY() > top + view) {
                    pane.setVvalue(Math.max(0, Math.min(1, (b.getMaxY() - view + 8) / (contentHeight - view))));
                }
                pane.layout();
                return;
            }
        }
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
