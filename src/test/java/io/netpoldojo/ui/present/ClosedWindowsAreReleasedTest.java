package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.MainWindow;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.ui.learn.LearnScenes;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.playground.PlaygroundScenes;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window that was used and closed, and the presenter window it opened, are let go: nothing
 * of the app keeps them (a running animation, a listener on something that outlives them). A kept
 * window keeps everything it drew, the arrows' raster images too; the test suite, which opens
 * hundreds of windows in one JVM, held several GB of them until this held.
 *
 * <p>The window is used as a teacher preparing a class would: a lesson with code, the microservices
 * on the Playground with the policy editor in use, the Quiz, and the microservices demo with a
 * presenter window on a second screen. Then it is closed while one place or another is shown.
 */
class ClosedWindowsAreReleasedTest extends WindowFixture {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1600, 1000);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1600, 0, 1024, 768);
    /** Full collections to wait through; one is enough when nothing holds the window. */
    private static final int COLLECTIONS = 10;

    @Start
    void start(Stage stage) {
        // Nothing: each test opens its own window, so that no field of the test holds it.
    }

    @ParameterizedTest(name = "closed while {0} is shown")
    @ValueSource(strings = {"learn", "playground", "quiz", "present"})
    void aClosedWindowAndItsPresenterWindowAreLetGo(String shownAtClose, FxRobot robot) throws Exception {
        List<WeakReference<Object>> closed = useAndClose(robot, shownAtClose);
        focusAnotherWindow(robot);
        for (int i = 0; i < COLLECTIONS && closed.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        // Not assertNull: a failure would keep the window as its "actual" value.
        assertTrue(closed.get(0).get() == null, "the main window is still held after " + COLLECTIONS + " full collections");
        assertTrue(closed.get(1).get() == null, "the presenter window is still held after " + COLLECTIONS + " full collections");
    }

    /** Opens a window, uses every place, closes it with {@code shownAtClose} shown; returns the main and presenter windows, weakly. */
    private List<WeakReference<Object>> useAndClose(FxRobot robot, String shownAtClose) throws Exception {
        AtomicReference<AppContext> context = new AtomicReference<>();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(TestWindows.open(home, ctx -> {
            context.set(ctx);
            ctx.content().set(content);
        })));
        MainWindow main = window.get();
        PresentWaits.clickWhenShown(robot, "#nav-learn");
        LearnScenes.openLesson(robot, "peers");
        PresentWaits.untilShown(robot, "#learn-page .lesson-code-block");

        PresentWaits.clickWhenShown(robot, "#nav-playground");
        PlaygroundPlace playground = (PlaygroundPlace) context.get().places().find(PlaygroundPlace.ID).orElseThrow();
        PlaygroundScenes.seedPolicies(robot, playground);
        PresentWaits.clickWhenShown(robot, "#place-playground #yaml-editor-area");
        robot.type(KeyCode.END);

        PresentWaits.clickWhenShown(robot, "#nav-quiz");
        PresentWaits.untilShown(robot, "#place-quiz");

        PresentPlace present = (PresentPlace) context.get().places().find(PresentPlace.ID).orElseThrow();
        present.useScreens(new PresenterScreens.Source() {
            @Override
            public List<Rectangle2D> all() {
                return List.of(LAPTOP, PROJECTOR);
            }

            @Override
            public Rectangle2D primary() {
                return LAPTOP;
            }
        });
        PresentWaits.startDemo(robot, "microservices");
        PresenterWindow presenter = present.presenterWindow().orElseThrow(() -> new AssertionError("no presenter window"));
        robot.clickOn(robot.from(presenter.window().getScene().getRoot()).lookup("#presenter-forward").queryButton());

        // The presenter window covers the main one on the laptop's screen: the rail is out of the mouse's reach.
        robot.interact(() -> main.model().navigation().show(shownAtClose));
        if (shownAtClose.equals("playground")) {
            // The policy editor has the keyboard (its caret blinks) as the window closes.
            robot.interact(() -> {
                main.stage().requestFocus();
                main.stage().getScene().lookup("#place-playground #yaml-editor-area").requestFocus();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<WeakReference<Object>> refs = List.of(new WeakReference<>(main), new WeakReference<>(presenter));
        robot.interact(() -> main.model().quit());
        assertFalse(presenter.isShowing(), "the presenter window closes with the main window");
        return refs;
    }

    /**
     * Gives the keyboard to another window, full screen, then closes it. The headless toolkit and
     * TestFX remember the window that last had the focus, the robot's attention or the full screen
     * until another one has (JavaFX forgets a full-screen window only when the platform says it
     * left full screen, which Monocle does not); that is one window at a time, not what this test
     * is about.
     */
    private static void focusAnotherWindow(FxRobot robot) {
        Button button = new Button("Next");
        AtomicReference<Stage> other = new AtomicReference<>();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(button, 200, 100));
            stage.show();
            stage.setFullScreen(true);
            other.set(stage);
        });
        robot.clickOn(button).type(KeyCode.SHIFT);
        robot.interact(() -> other.get().close());
    }
}
