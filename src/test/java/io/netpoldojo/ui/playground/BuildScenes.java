package io.netpoldojo.ui.playground;

import io.netpoldojo.ui.playground.panels.PolicyText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Puts the Playground into the building states the screenshots show, as a person gets there. */
public final class BuildScenes {
    private BuildScenes() {}

    /** Default deny ingress in place, and the menu of the denied frontend to backend arrow open. */
    public static void arrowMenu(FxRobot robot, PlaygroundPlace place) {
        denyIngress(robot, place);
        robot.moveTo(ArrowStates.arrow(robot, "", "default/frontend", "default/backend").middleOnScreen());
        robot.press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveBy(40, 12);
    }

    /** The allow dialog for frontend to backend on its denied port. */
    public static void allowDialog(FxRobot robot, PlaygroundPlace place) {
        arrowMenu(robot, place);
        PlaygroundTest.clickText(robot, "Allow this connection on port\u2026 (8080/TCP is denied)");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** "Allow one app to another on one port", asked to let backend into mysql on 3306 after a default deny. */
    public static void recipeDialog(FxRobot robot, PlaygroundPlace place) {
        denyIngress(robot, place);
        robot.clickOn("#policy-add");
        PlaygroundTest.clickText(robot, "Allow one app to another on one port");
        replace(robot, "#recipe-name", "allow-backend-to-mysql");
        replace(robot, "#recipe-pods", "app=mysql");
        replace(robot, "#recipe-ingress-0-from-0-pods", "app=backend");
        replace(robot, "#recipe-ingress-0-ports-0", "3306");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drawing the intent over the microservices policies: frontend may now reach mysql too. */
    public static void intentMode(FxRobot robot, PlaygroundPlace place) {
        PlaygroundScenes.seedPolicies(robot, place);
        robot.clickOn("#intent-toggle");
        robot.clickOn(ArrowStates.arrow(robot, "", "default/frontend", "default/mysql").middleOnScreen());
        robot.moveTo("#intent-count"); // off the arrows, so no tooltip covers them
        WaitForAsyncUtils.waitForFxEvents();
        // A tooltip shown while the pointer crossed the arrow can still be on its way out: close it.
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip)
                .forEach(w -> ((javafx.scene.control.Tooltip) w).hide()));
    }

    /** The policies written for that intent, before they replace the canvas's. */
    public static void intentResult(FxRobot robot, PlaygroundPlace place) {
        intentMode(robot, place);
        robot.clickOn("#intent-generate");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void replace(FxRobot robot, String field, String text) {
        robot.clickOn(field).push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write(text);
    }

    private static void denyIngress(FxRobot robot, PlaygroundPlace place) {
        List<String> docs = PolicyText.documents(read("content/recipes/01-default-deny-ingress.yaml"));
        robot.interact(() -> place.model().addPolicies("add default deny", docs.stream()
                .map(d -> PolicyText.withNamespace(d, "default")).toList()));
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
