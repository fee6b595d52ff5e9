package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.WindowFixture;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter window, as a teacher with a laptop and a projector uses it. The headless toolkit
 * has one screen, so the place is told of two: the laptop's, primary, and a projector to its right.
 */
class PresenterWindowTest extends WindowFixture {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1600, 1000);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1600, 0, 1024, 768);
    private PresentPlace place;

    @Start
    void start(Stage stage) {
        openWithContent();
        place = (PresentPlace) context.places().find(PresentPlace.ID).orElseThrow();
    }

    private void screens(List<Rectangle2D> all) {
        place.useScreens(new PresenterScreens.Source() {
            @Override
            public List<Rectangle2D> all() {
                return all;
            }

            @Override
            public Rectangle2D primary() {
                return LAPTOP;
            }
        });
    }

    private static String text(FxRobot robot, Node scope, String id) {
        return robot.from(scope).lookup("#" + id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> n.isVisible() && n.getParent().isVisible()).orElse(false);
    }

    @Test
    void withAProjectorTheStageGoesThereAndTheTeacherGetsThePresenterWindow(FxRobot robot) {
        screens(List.of(LAPTOP, PROJECTOR));
        PresentWaits.startDemo(robot, "microservices");
        assertTrue(window.stage().isFullScreen());
        PresenterWindow presenter = place.presenterWindow().orElseThrow(() -> new AssertionError("no presenter window"));
        Stage own = presenter.window();
        assertTrue(LAPTOP.contains(own.getX(), own.getY()) && own.getWidth() <= LAPTOP.getWidth(), "on the laptop");
        Node view = own.getScene().getRoot();
        Demo demo = content.demo("microservices").orElseThrow();

        robot.clickOn(robot.from(view).lookup("#presenter-forward").queryAs(Node.class)); // reveal step 1
        robot.clickOn(robot.from(view).lookup("#presenter-forward").queryAs(Node.class)); // step 2
        assertEquals("Default deny all", text(robot, view, "presenter-step-title"));
        assertEquals(demo.steps().get(1).narration(), text(robot, view, "presenter-notes"));
        assertEquals("Answer: \u2715 No: denied", text(robot, view, "presenter-answer"), "the teacher sees it first");
        assertFalse(shown(robot, "present-answer"), "the room does not");
        assertFalse(shown(robot, "present-notes"), "nor the notes");
        assertEquals("Let the ALB in", text(robot, view, "presenter-next"));

        // The clicker's keys work while the presenter window has the focus.
        robot.clickOn(robot.from(view).lookup("#presenter-step-title").queryAs(Node.class));
        robot.push(KeyCode.PAGE_DOWN);
        assertTrue(shown(robot, "present-answer"), "revealed on the stage");
        assertEquals("REVEALED ON THE STAGE", text(robot, view, "presenter-question-state"));
        robot.push(KeyCode.B);
        assertTrue(robot.lookup("#present-blank").query().isVisible());
        robot.push(KeyCode.B);

        robot.clickOn(robot.from(view).lookup("#presenter-notes-on-stage .thumb-area").queryAs(Node.class));
        assertTrue(shown(robot, "present-notes"), "the switch puts the notes on the projector");

        robot.push(KeyCode.ESCAPE);
        assertTrue(place.presenterWindow().isEmpty(), "leaving closes it");
        assertFalse(own.isShowing());
        assertFalse(window.stage().isFullScreen());
    }

    @Test
    void withOneScreenThereIsNoPresenterWindowUntilPIsPressed(FxRobot robot) {
        screens(List.of(LAPTOP));
        PresentWaits.startDemo(robot, "stars");
        assertEquals(Optional.empty(), place.presenterWindow());
        assertFalse(shown(robot, "present-notes"), "one screen: the notes stay off the stage");
        robot.push(KeyCode.P);
        assertTrue(place.presenterWindow().isPresent());
        Node view = place.presenterWindow().get().window().getScene().getRoot();
        assertEquals("Everything talks to everything", text(robot, view, "presenter-step-title"));
        robot.push(KeyCode.P);
        assertTrue(place.presenterWindow().isEmpty());
    }
}
