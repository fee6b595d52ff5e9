package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.ui.Themes;
import io.netpoldojo.userdata.ThemeMode;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lesson's live diagram: read-only, stepped one policy at a time, arrows that explain. */
@ExtendWith(ApplicationExtension.class)
class DiagramViewTest {
    private DiagramView diagram;

    @Start
    void start(Stage stage) {
        Scenario scenario = new ContentLoader().load(Path.of("content")).scenario("microservices").orElseThrow();
        Workspace ws = new ScenarioFiles().read(scenario.id() + ".yaml", scenario.yaml()).workspace().orElseThrow();
        diagram = new DiagramView(ws).startingBeforePolicies();
        // Themed before the diagram joins it, as the app's windows are: unthemed, every named
        // colour the diagram's rules use logged a "Could not resolve" warning.
        Scene scene = new Scene(new Group(), 1000, 700);
        Themes.apply(ThemeMode.LIGHT, scene);
        scene.setRoot(diagram);
        stage.setScene(scene);
        stage.show();
    }

    private long denied(FxRobot robot) {
        return ArrowStates.inState(robot, "", "denied").size();
    }

    @Test
    void stepsThroughTheScenarioOnePolicyAtATime(FxRobot robot) {
        assertEquals(0, denied(robot), "before any policy the network is flat");
        assertTrue(robot.lookup("#diagram-step").queryAs(Label.class).getText().startsWith("Before any policy"));
        robot.clickOn("#diagram-forward");
        assertTrue(denied(robot) > 0);
        String step = robot.lookup("#diagram-step").queryAs(Label.class).getText();
        assertTrue(step.startsWith("Applied 1 of 6: default-deny-all"), step);
        robot.clickOn("#diagram-all");
        assertEquals("allowed", ArrowStates.arrow(robot, "", "default/frontend", "default/backend").state());
        robot.clickOn("#diagram-start");
        assertEquals(0, denied(robot));
    }

    @Test
    void aPersonCannotMovePodsInADiagram(FxRobot robot) {
        Node frontend = robot.lookup("#endpoint-default-frontend").query();
        Point2D before = new Point2D(frontend.getLayoutX(), frontend.getLayoutY());
        robot.drag(frontend, MouseButton.PRIMARY).moveBy(80, 60).release(MouseButton.PRIMARY);
        assertEquals(before, new Point2D(frontend.getLayoutX(), frontend.getLayoutY()));
    }

    @Test
    void theTrafficRestsWhenNobodyTouchesTheAppAndMovesAgainOnTheNextInput(FxRobot robot) throws Exception {
        io.netpoldojo.ui.playground.canvas.CanvasView canvas = robot.lookup(".dojo-canvas")
                .queryAs(io.netpoldojo.ui.playground.canvas.CanvasView.class);
        robot.interact(() -> canvas.setIdleAfter(javafx.util.Duration.millis(400)));
        robot.moveTo(canvas);
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !org.testfx.util.WaitForAsyncUtils.asyncFx(canvas::isFlowing).get());
        double[] phase = new double[2];
        robot.interact(() -> phase[0] = canvas.flowPhase());
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.interact(() -> phase[1] = canvas.flowPhase());
        assertEquals(phase[0], phase[1], "the dots stand still");
        robot.moveBy(12, 8);
        assertTrue(org.testfx.util.WaitForAsyncUtils.asyncFx(canvas::isFlowing).get(), "a mouse move starts them again");
    }
}
