package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.ui.FxThread;
import io.netpoldojo.ui.playground.canvas.CanvasView;
import io.netpoldojo.ui.playground.canvas.EndpointNode;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Where a pod lands when a person lets it go on the canvas: in its zone, and never on another card. */
@ExtendWith(ApplicationExtension.class)
class DropLandingTest {
    @RegisterExtension
    final PlaygroundFixture app = PlaygroundFixture.window();

    @Test
    void aPodDraggedOntoAnotherCardLandsBesideIt(FxRobot robot) {
        robot.clickOn("#nav-playground");
        CanvasView canvas = app.canvas();
        // The Playground's first layouts fit the drawing to the canvas: its cards move until then.
        ArrowStates.settle(canvas);
        robot.drag("#palette-redis", MouseButton.PRIMARY).moveTo(centre(robot, "#endpoint-default-mysql"))
                .release(MouseButton.PRIMARY);
        ArrowStates.settle(canvas);
        assertTrue(robot.lookup("#endpoint-default-redis-2").tryQuery().isPresent(), "a second redis pod appears");
        assertEquals(List.of(), cardsUnder(robot, "#endpoint-default-redis-2"));
        assertTrue(onScreen(robot, "#zone-default").contains(onScreen(robot, "#endpoint-default-redis-2")),
                "inside its namespace's zone");

        robot.drag("#endpoint-default-frontend", MouseButton.PRIMARY).moveTo(centre(robot, "#endpoint-default-backend"))
                .release(MouseButton.PRIMARY);
        ArrowStates.settle(canvas);
        assertEquals(List.of(), cardsUnder(robot, "#endpoint-default-frontend"));
    }

    @Test
    void aPodDroppedOnTheArrowBetweenTwoCardsLandsOffIt(FxRobot robot) {
        robot.clickOn("#nav-playground");
        robot.clickOn("#menu-file").clickOn("#menu-new");
        CanvasView canvas = app.canvas();
        // A new canvas is fitted at a later pulse: the drop points are read once it stays put.
        ArrowStates.settle(canvas);
        // The empty canvas's zone spans (220, 40) to (740, 420): one card near each far corner.
        dragFromPalette(robot, "#palette-frontend", ArrowStates.onScreen(canvas, 260, 100));
        dragFromPalette(robot, "#palette-backend", ArrowStates.onScreen(canvas, 700, 400));
        ArrowStates.Drawn arrow = ArrowStates.arrow(robot, "", "default/frontend", "default/backend");
        List<Double> line = arrow.curve();
        Point2D dropped = arrow.middleOnScreen();

        dragFromPalette(robot, "#palette-mysql", dropped);
        Node mysql = robot.lookup("#endpoint-default-mysql").query();
        Box card = FxThread.call(((EndpointNode) mysql)::box);
        assertFalse(crossedBy(card, line), "mysql at " + card + " lies on the frontend to backend line " + line);
        assertEquals(List.of(), cardsUnder(robot, "#endpoint-default-mysql"));
        assertTrue(onScreen(robot, "#zone-default").contains(onScreen(robot, "#endpoint-default-mysql")),
                "inside its namespace's zone");
        Point2D landed = centre(robot, "#endpoint-default-mysql");
        assertTrue(landed.distance(dropped) < 160 * canvas.zoomProperty().get(),
                "near where it was let go: " + landed + " for " + dropped);
    }

    /** Drags a pod from the palette to a point and lets it go; returns once the canvas has settled. */
    private void dragFromPalette(FxRobot robot, String item, Point2D to) {
        robot.drag(item, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        ArrowStates.settle(app.canvas());
    }

    /** Whether the line (start, two controls, end) runs through the box, walked in short steps. */
    private static boolean crossedBy(Box box, List<Double> c) {
        Curve line = new Curve(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7));
        for (int i = 1; i <= 64; i++) {
            double a = (i - 1) / 64.0;
            double b = i / 64.0;
            if (box.crossedBy(line.x(a), line.y(a), line.x(b), line.y(b))) {
                return true;
            }
        }
        return false;
    }

    private static Point2D centre(FxRobot robot, String query) {
        Bounds b = onScreen(robot, query);
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** Where a node is on screen, read on the JavaFX thread (a pulse may be moving it). */
    private static Bounds onScreen(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return FxThread.call(() -> n.localToScreen(n.getBoundsInLocal()));
    }

    /** The other pod and endpoint cards the card overlaps, as drawn. */
    private static List<String> cardsUnder(FxRobot robot, String query) {
        Node card = robot.lookup(query).query();
        List<Node> others = List.copyOf(robot.lookup(n -> n.getId() != null && n.getId().startsWith("endpoint-")
                && n != card && n.getStyleClass().contains("endpoint-node")).queryAll());
        return FxThread.call(() -> {
            Bounds b = card.localToScreen(card.getLayoutBounds());
            return others.stream().filter(n -> n.localToScreen(n.getLayoutBounds()).intersects(b))
                    .map(Node::getId).toList();
        });
    }
}
