package io.netpoldojo.screenshots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.MainWindow;
import io.netpoldojo.ui.Place;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.userdata.ThemeMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the pictures in {@code screenshots/}: opens the real main window (1440 x 900) in a theme
 * on a fresh user folder, lets a set-up step drive it as a person would, waits for animations to
 * settle, and saves the window as {@code screenshots/NAME-light.png} or {@code NAME-dark.png}.
 * Screenshot classes are enabled with {@code -Dscreenshots=true}; see the README.
 */
public final class Shots {
    public static final Path OUT = Path.of("screenshots");
    private static Content content;

    private Shots() {}

    /** The real content folder, loaded once per JVM. */
    public static synchronized Content content() {
        if (content == null) {
            content = new ContentLoader().load(Path.of("content"));
        }
        return content;
    }

    /** What a set-up step can reach. */
    public static final class Session {
        public final FxRobot robot;
        public MainWindow window;
        public AppContext context;
        public Path home;

        Session(FxRobot robot) {
            this.robot = robot;
        }

        /** Clicks the place in the navigation and returns it. */
        public <P extends Place> P show(String placeId, Class<P> type) {
            robot.clickOn("#nav-" + placeId);
            return type.cast(context.places().find(placeId).orElseThrow());
        }
    }

    public static void shoot(FxRobot robot, String name, ThemeMode theme, Consumer<Session> setUp) throws Exception {
        shoot(robot, name, theme, setUp, false);
    }

    /** As {@link #shoot}, with the menus and dialogs the set-up left open drawn over the window where they are. */
    public static void shootWithPopups(FxRobot robot, String name, ThemeMode theme, Consumer<Session> setUp)
            throws Exception {
        shoot(robot, name, theme, setUp, true);
    }

    private static void shoot(FxRobot robot, String name, ThemeMode theme, Consumer<Session> setUp, boolean popups)
            throws Exception {
        Session session = new Session(robot);
        session.home = TestWindows.newHome();
        try {
            robot.interact(() -> {
                session.window = TestWindows.open(session.home, ctx -> {
                    session.context = ctx;
                    ctx.settings().setTheme(theme);
                    ctx.content().set(content());
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
            robot.interact(() -> {
                image[0] = session.window.stage().getScene().snapshot(null);
                if (popups) {
                    image[0] = Popups.drawnOver(session.window.stage(), image[0]);
                }
            });
            Path file = OUT.resolve(name + "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png");
            Png.write(image[0], file);
            assertTrue(Files.size(file) > 20_000, "a picture with something on it: " + file);
        } finally {
            FxToolkit.cleanupStages();
            TestWindows.resetUserAgentStylesheet();
            TestWindows.delete(session.home);
        }
    }
}
