package io.netpoldojo.screenshots;

import io.netpoldojo.content.Scenario;
import io.netpoldojo.ui.playground.ArrowStates;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.present.PresentPlace;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import io.netpoldojo.userdata.ThemeMode;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Present mode's pictures in {@code screenshots/}, in both stage colours: the stage is full screen,
 * so these are the headless screen's size. Regenerate with
 * {@code ./mvnw test -Dtest='PresentScreenshotsTest' -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class PresentScreenshotsTest {

    /**
     * The microservices demo's "Default deny all" while the class predicts: the arrow asked about is
     * a dotted line in the question's colour and every arrow the step closed is grey, so the stage
     * does not tell; the presenter window, on the teacher's screen, already has the answer.
     */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void anOpenQuestionAndThePresenterWindow(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "present-question", theme, s -> {
            s.show(PresentPlace.ID, PresentPlace.class);
            start(s.robot, "microservices");
            press(s.robot, KeyCode.RIGHT, 2);
            s.robot.push(KeyCode.P);
            waitUntil(() -> presenter().filter(Window::isShowing).isPresent(), "the presenter window");
            Stage presenter = presenter().orElseThrow();
            WritableImage[] image = new WritableImage[1];
            s.robot.interact(() -> image[0] = presenter.getScene().snapshot(null));
            try {
                Png.write(image[0], Shots.OUT.resolve("present-presenter-" + theme.name().toLowerCase(Locale.ROOT) + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // The stage's picture follows, taken by Shots: give it the keyboard back.
            s.robot.interact(() -> s.window.stage().requestFocus());
        });
    }

    /** The same question revealed: the engine's verdict and why, the arrows in their colours, the counts. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theQuestionRevealed(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "present", theme, s -> {
            s.show(PresentPlace.ID, PresentPlace.class);
            start(s.robot, "microservices");
            press(s.robot, KeyCode.RIGHT, 3);
        });
    }

    /** The list of demos. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theDemos(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "present-list", theme, s -> s.show(PresentPlace.ID, PresentPlace.class));
    }

    /**
     * Record as demo in the Playground: the red indicator over the canvas counts the steps, and an
     * arrow's menu offers to ask the class about it.
     */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void recordingADemo(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shootWithPopups(robot, "present-recording", theme, s -> {
            recordAndOfVersusOr(s);
            s.robot.moveTo(ArrowStates.arrow(s.robot, "#place-playground", "prod/client", "prod/db").middleOnScreen())
                    .press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
            waitUntil(() -> s.robot.lookup("#menu-arrow-ask").tryQuery().isPresent(), "the arrow's menu");
        });
    }

    /** That recording saved and played on the stage: its question about alice/web revealed. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void aRecordedDemoReplayed(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "present-recorded", theme, s -> {
            recordAndOfVersusOr(s);
            ArrowStates.Drawn arrow = ArrowStates.arrow(s.robot, "#place-playground", "alice/web", "prod/db");
            s.robot.moveTo(arrow.middleOnScreen()).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
            waitUntil(() -> s.robot.lookup("#menu-arrow-ask").tryQuery().isPresent(), "the arrow's menu");
            s.robot.clickOn("#menu-arrow-ask");
            s.robot.clickOn("#policy-toggle-or-two-peers");
            s.robot.clickOn("#record-stop");
            waitUntil(() -> s.robot.lookup("#record-title").tryQuery().isPresent(), "the title dialog");
            s.robot.clickOn("#record-title").write("AND vs OR, recorded live");
            s.robot.clickOn("#record-save");
            waitUntil(() -> s.robot.lookup("Present it now").tryQuery().isPresent(), "the saved demo's note");
            s.robot.clickOn("Present it now");
            waitUntil(() -> s.robot.lookup("#present-stage").tryQuery().isPresent(), "the stage");
            press(s.robot, KeyCode.RIGHT, 2);
        });
    }

    /** The AND/OR scenario in the Playground with its policies off, recording, one policy applied. */
    private static void recordAndOfVersusOr(Shots.Session s) {
        Scenario scenario = Shots.content().scenario("and-vs-or").orElseThrow();
        Workspace ws = new ScenarioFiles().read("and-vs-or.yaml", scenario.yaml()).workspace().orElseThrow();
        PlaygroundPlace playground = s.show(PlaygroundPlace.ID, PlaygroundPlace.class);
        s.robot.interact(() -> playground.openScenario("and-vs-or", ws.withPolicies(ws.policies().stream()
                .map(d -> d.withEnabled(false)).toList())));
        WaitForAsyncUtils.waitForFxEvents();
        s.robot.clickOn("#menu-canvas").clickOn("#menu-record-demo");
        waitUntil(() -> s.robot.lookup("#record-indicator").tryQuery().filter(javafx.scene.Node::isVisible).isPresent(),
                "the recording indicator");
        s.robot.clickOn("#policy-toggle-and-one-peer");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts a demo once its button shows (the list is filled when the content has loaded), and waits for its stage. */
    private static void start(FxRobot robot, String demo) {
        waitUntil(() -> robot.lookup("#present-start-" + demo).tryQuery().isPresent(), "the demo's button");
        robot.clickOn("#present-start-" + demo);
        waitUntil(() -> robot.lookup("#present-stage").tryQuery().isPresent(), "the stage");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 15 s for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.util.Optional<Stage> presenter() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && st.getTitle() != null && st.getTitle().contains("presenter"))
                .map(w -> (Stage) w).findFirst();
    }

    private static void press(FxRobot robot, KeyCode key, int times) {
        for (int i = 0; i < times; i++) {
            robot.push(key);
        }
    }
}
