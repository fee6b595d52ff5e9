package io.netpoldojo.screenshots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.MainWindow;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.playground.PlaygroundScenes;
import io.netpoldojo.userdata.ThemeMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regenerates every picture in {@code screenshots/} from the current code, headless, in both
 * themes: {@code ./mvnw test -Dtest=ScreenshotsTest -Dscreenshots=true}. Each picture is the
 * whole main window at 1440 x 900, driven into its state as a person would drive it.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsTest {
    static final Path OUT = Path.of("screenshots");
    private static Content content;
    private Path home;

    @BeforeAll
    static void loadContent() {
        content = new ContentLoader().load(Path.of("content"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        TestWindows.resetUserAgentStylesheet();
        TestWindows.delete(home);
    }

    /** Opens the app in a theme, lets {@code setUp} drive it, then saves the window as a PNG. */
    private void shoot(FxRobot robot, String name, ThemeMode theme, Consumer<Session> setUp) throws Exception {
        home = TestWindows.newHome();
        Session session = new Session(robot);
        robot.interact(() -> {
            session.window = TestWindows.open(home, ctx -> {
                session.context = ctx;
                ctx.settings().setTheme(theme);
                ctx.content().set(content);
            });
            session.window.stage().setWidth(1440);
            session.window.stage().setHeight(900);
            session.window.stage().setX(0);
            session.window.stage().setY(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        setUp.accept(session);
        // Let animations settle (arrow pulses last 1.4 s) so the picture shows the steady state.
        WaitForAsyncUtils.sleep(1700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = session.window.stage().getScene().snapshot(null));
        Path file = OUT.resolve(name + "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png");
        Png.write(image[0], file);
        assertTrue(Files.size(file) > 20_000, "a picture with something on it: " + file);
    }

    /** What a set-up step can reach. */
    static final class Session {
        final FxRobot robot;
        MainWindow window;
        AppContext context;

        Session(FxRobot robot) {
            this.robot = robot;
        }

        PlaygroundPlace playground() {
            robot.clickOn("#nav-playground");
            return (PlaygroundPlace) context.places().find(PlaygroundPlace.ID).orElseThrow();
        }
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void playgroundWithTheSeedPolicies(ThemeMode theme, FxRobot robot) throws Exception {
        shoot(robot, "playground", theme, s -> PlaygroundScenes.seedPolicies(s.robot, s.playground()));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void playgroundExplainingAnArrow(ThemeMode theme, FxRobot robot) throws Exception {
        shoot(robot, "playground-explanation", theme, s -> {
            PlaygroundPlace place = s.playground();
            PlaygroundScenes.seedPolicies(s.robot, place);
            PlaygroundScenes.explain(s.robot, place, "default/frontend", "default/mysql");
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void playgroundWithAYamlError(ThemeMode theme, FxRobot robot) throws Exception {
        shoot(robot, "playground-yaml-error", theme, s -> {
            PlaygroundPlace place = s.playground();
            PlaygroundScenes.seedPolicies(s.robot, place);
            PlaygroundScenes.typeError(s.robot, place);
        });
    }
}
