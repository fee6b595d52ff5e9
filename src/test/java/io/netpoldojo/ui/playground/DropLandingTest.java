package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.TestWindows;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Where a pod lands when a person lets it go on the canvas: in its zone, and never on another card. */
@ExtendWith(ApplicationExtension.class)
class DropLandingTest {
    private static Content content;
    private Path home;
    private AppContext context;

    @BeforeAll
    static void loadContent() {
        content = new ContentLoader().load(Path.of("content"));
    }

    @Start
    void start(Stage stage) {
        TestWindows.resetUserAgentStylesheet();
        home = TestWindows.newHome();
        TestWindows.open(home, ctx -> {
            context = ctx;
            ctx.content().set(content);
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        TestWindows.resetUserAgentStylesheet();
        TestWindows.delete(home);
    }

    @Test
    void aPodDraggedOntoAnotherCardLandsBesideIt(FxRobot robot) {
        robot.clickOn("#nav-playground");
        robot.drag("#palette-redis", MouseButton.PRIMARY).moveTo(centre(robot, "#endpoint-default-mysql"))
                .release(MouseButton.PRIMARY);
        assertTrue(robot.lookup("#endpoint-default-redis-2").tryQuery().isPresent(), "a second redis pod appears");
        assertEquals(List.of(), cardsUnder(robot, "#endpoint-default-redis-2"));
        assertTrue(onScreen(robot, "#zone-default").contains(onScreen(robot, "#endpoint-default-redis-2")),
                "inside its namespace's zone");

        robot.drag("#endpoint-default-frontend", MouseButton.PRIMARY).moveTo(centre(robot, "#endpoint-default-backend"))
                .release(MouseButton.PRIMARY);
        assertEquals(List.of(), cardsUnder(robot, "#endpoint-default-frontend"));
    }

    private static Point2D centre(FxRobot robot, String query) {
        Bounds b = onScreen(robot, query);
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static Bounds onScreen(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n.localToScreen(n.getBoundsInLocal());
    }

    /** The other pod and endpoint cards the card overlaps, as drawn. */
    private static List<String> cardsUnder(FxRobot robot, String query) {
        Node card = robot.lookup(query).query();
        Bounds b = card.localToScreen(card.getLayoutBounds());
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith("endpoint-") && n != card
                        && n.getStyleClass().contains("endpoint-node")).queryAll().stream()
                .filter(n -> n.localToScreen(n.getLayoutBounds()).intersects(b))
                .map(Node::getId).toList();
    }
}
