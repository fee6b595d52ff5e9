package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Scenario;
import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.ui.playground.arrows.Arrow;
import io.netpoldojo.ui.playground.canvas.CanvasView;
import io.netpoldojo.ui.playground.canvas.EndpointNode;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Right-clicking on a busy canvas: beside a card, the menu is the one of the arrow seen under the
 * pointer; on a card, over the start of its arrows, it is the card's. (Which arrow a point picks
 * when another runs under a card is {@code VisibleRunTest}'s: no scenario's arrows run under one.)
 */
@ExtendWith(ApplicationExtension.class)
class ArrowUnderCardTest {
    private static final int SAMPLES = 400;
    /** How near a line a click reaches it on the canvas (half its hit curve's width). */
    private static final double REACH = 7;

    @RegisterExtension
    final PlaygroundFixture app = PlaygroundFixture.onThePlayground();

    /** One arrow as the test sees it: its line sampled densely, and which samples lie under a card. */
    private record Line(Arrow arrow, double[] xs, double[] ys, boolean[] hidden) {
        double visibleDistance(double x, double y) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i <= SAMPLES; i++) {
                if (!hidden[i]) {
                    best = Math.min(best, Math.hypot(xs[i] - x, ys[i] - y));
                }
            }
            return best;
        }
    }

    /** A point on the visible run of {@code arrow}, on screen, and how far it is from the nearest card. */
    private record Spot(Arrow arrow, Point2D onScreen, double toCard) {}

    /**
     * Where each arrow's visible run passes closest to a card (there a click could go to the card,
     * or to another arrow), a right-click names that arrow.
     */
    @ParameterizedTest
    @ValueSource(strings = {"platform-traffic", "microservices"})
    void aRightClickOnAnArrowsVisibleRunBesideACardNamesThatArrow(String scenarioId, FxRobot robot) {
        CanvasView canvas = open(robot, scenarioId);
        List<Spot> spots = new ArrayList<>();
        robot.interact(() -> spots.addAll(spotsBesideCards(canvas)));
        assertTrue(spots.size() >= 3, "arrows pass close beside cards in " + scenarioId + ": " + spots.size());

        for (Spot spot : spots.subList(0, 3)) {
            robot.moveTo(spot.onScreen()).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(title(spot.arrow()), menuTitle(), String.format("%.1f px from a card", spot.toCard())
                    + "; menu opened: " + openMenuIds());
            robot.push(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * Every card's arrows start a few pixels off its edge, within a click's reach of a point just
     * inside the card: that click is the card's, whose menu opens, not an arrow's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"platform-traffic", "microservices"})
    void aRightClickJustInsideACardWhereItsArrowsStartOpensTheCardsMenu(String scenarioId, FxRobot robot) {
        CanvasView canvas = open(robot, scenarioId);
        Point2D[] inside = new Point2D[1];
        robot.interact(() -> {
            List<Box> cards = cards(canvas);
            double nearest = Double.MAX_VALUE;
            for (Line line : lines(canvas)) {
                double sx = line.xs()[0];
                double sy = line.ys()[0];
                Box card = cards.stream().min(Comparator.comparingDouble(c -> gap(c, sx, sy))).orElseThrow();
                if (gap(card, sx, sy) < nearest) {
                    nearest = gap(card, sx, sy);
                    // Two pixels in from the edge the line starts beside: within a click's reach of it.
                    inside[0] = canvas.canvasToScreen(Math.max(card.x() + 2, Math.min(card.maxX() - 2, sx)),
                            Math.max(card.y() + 2, Math.min(card.maxY() - 2, sy)));
                }
            }
            if (nearest > REACH - 2.5) {
                inside[0] = null;
            }
        });
        assertNotNull(inside[0], "an arrow starts within a click's reach of a point just inside its card");

        robot.moveTo(inside[0]).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(menuItem("menu-rename"), "the card's menu opens");
        assertNull(menuItem("menu-arrow-title"), "and no arrow's menu");
    }

    private CanvasView open(FxRobot robot, String scenarioId) {
        Scenario scenario = PlaygroundFixture.content().scenario(scenarioId).orElseThrow();
        Workspace ws = new ScenarioFiles().read(scenario.id() + ".yaml", scenario.yaml()).workspace().orElseThrow();
        robot.interact(() -> app.place().openScenario(scenario.id(), ws));
        // The banner that says so and the fit to the new drawing move the canvas at the next pulses:
        // the points clicked are read once it stays put.
        CanvasView canvas = app.canvas();
        ArrowStates.settle(canvas);
        return canvas;
    }

    /**
     * For each drawn arrow, the point of its visible run nearest a card, where no other arrow is
     * seen within 4 pixels; nearest cards first.
     */
    private static List<Spot> spotsBesideCards(CanvasView canvas) {
        List<Line> lines = lines(canvas);
        List<Box> cards = cards(canvas);
        Node viewport = canvas.lookup(".viewport");
        Bounds seen = viewport.localToScreen(viewport.getLayoutBounds());
        List<Spot> spots = new ArrayList<>();
        for (Line a : lines) {
            Spot best = null;
            for (int i = SAMPLES / 10; i < SAMPLES - SAMPLES / 10; i++) {
                double x = a.xs()[i];
                double y = a.ys()[i];
                if (a.hidden()[i] || cards.stream().anyMatch(c -> c.inflate(2).contains(x, y))) {
                    continue;
                }
                double toCard = cards.stream().mapToDouble(c -> gap(c, x, y)).min().orElse(Double.MAX_VALUE);
                boolean alone = lines.stream().noneMatch(b -> b != a && b.visibleDistance(x, y) < 4);
                Point2D onScreen = canvas.canvasToScreen(x, y);
                boolean inView = seen.getMinX() + 8 < onScreen.getX() && onScreen.getX() < seen.getMaxX() - 8
                        && seen.getMinY() + 8 < onScreen.getY() && onScreen.getY() < seen.getMaxY() - 8;
                if (alone && inView && (best == null || toCard < best.toCard())) {
                    best = new Spot(a.arrow(), onScreen, toCard);
                }
            }
            if (best != null) {
                spots.add(best);
            }
        }
        spots.sort(Comparator.comparingDouble(Spot::toCard));
        return spots;
    }

    /** How far a point outside a box is from it. */
    private static double gap(Box box, double x, double y) {
        double dx = Math.max(Math.max(box.x() - x, 0), x - box.maxX());
        double dy = Math.max(Math.max(box.y() - y, 0), y - box.maxY());
        return Math.hypot(dx, dy);
    }

    private static List<Line> lines(CanvasView canvas) {
        List<Box> cards = cards(canvas);
        List<Line> lines = new ArrayList<>();
        for (Arrow arrow : canvas.allArrows()) {
            if (!canvas.isDrawn(arrow)) {
                continue;
            }
            Curve c = arrow.curve();
            double[] xs = new double[SAMPLES + 1];
            double[] ys = new double[SAMPLES + 1];
            boolean[] hidden = new boolean[SAMPLES + 1];
            for (int i = 0; i <= SAMPLES; i++) {
                xs[i] = c.x((double) i / SAMPLES);
                ys[i] = c.y((double) i / SAMPLES);
                int k = i;
                hidden[i] = cards.stream().anyMatch(b -> b.contains(xs[k], ys[k]));
            }
            lines.add(new Line(arrow, xs, ys, hidden));
        }
        return lines;
    }

    private static List<Box> cards(CanvasView canvas) {
        return canvas.lookupAll(".endpoint-node").stream().filter(n -> n instanceof EndpointNode)
                .map(n -> ((EndpointNode) n).box()).toList();
    }

    private static String title(Arrow arrow) {
        return name(arrow.connection().fromId()) + " \u2192 " + name(arrow.connection().toId());
    }

    private static String name(String id) {
        return id.substring(id.indexOf('/') + 1);
    }

    private static String menuTitle() {
        MenuItem title = menuItem("menu-arrow-title");
        return title == null ? "(no arrow menu)" : title.getText();
    }

    private static List<String> openMenuIds() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream()).map(MenuItem::getId).toList();
    }

    /** An item of the context menu open now, by id. */
    private static MenuItem menuItem(String id) {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElse(null);
    }
}
