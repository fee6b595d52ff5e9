package io.netpoldojo.ui.playground;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.MainWindow;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.playground.canvas.CanvasView;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The setup every Playground TestFX test shares: before each test a fresh user folder and, unless
 * the test starts the place itself, the app's main window on it with the content loaded; after it,
 * the windows closed, Modena back as the stylesheet (it is global to the JVM) and the folder deleted.
 *
 * <p>Use it beside TestFX's extension, which it follows:
 * <pre>{@code
 * @ExtendWith(ApplicationExtension.class)
 * class SomeTest {
 *     @RegisterExtension
 *     final PlaygroundFixture app = PlaygroundFixture.onThePlayground();
 * }</pre>
 */
public final class PlaygroundFixture implements BeforeEachCallback, AfterEachCallback {
    /** The content is immutable and the same for every test: it is read once per test run. */
    private static Content content;

    private enum Opens { NOTHING, WINDOW, PLAYGROUND }

    private final Opens opens;
    private Path home;
    private AppContext context;
    private MainWindow window;

    private PlaygroundFixture(Opens opens) {
        this.opens = opens;
    }

    /** The main window, showing the Playground, as a person who clicked it in the sidebar. */
    public static PlaygroundFixture onThePlayground() {
        return new PlaygroundFixture(Opens.PLAYGROUND);
    }

    /** The main window as it opens, on its first place: the test goes to the Playground itself. */
    public static PlaygroundFixture window() {
        return new PlaygroundFixture(Opens.WINDOW);
    }

    /** A user folder and the content, no window: the test starts the place itself (as after a restart). */
    public static PlaygroundFixture homeOnly() {
        return new PlaygroundFixture(Opens.NOTHING);
    }

    public static synchronized Content content() {
        if (content == null) {
            content = new ContentLoader().load(Path.of("content"));
        }
        return content;
    }

    @Override
    public void beforeEach(ExtensionContext extension) throws Exception {
        Content loaded = content();
        FxToolkit.setupFixture(() -> {
            TestWindows.resetUserAgentStylesheet();
            home = TestWindows.newHome();
            if (opens != Opens.NOTHING) {
                window = TestWindows.open(home, ctx -> {
                    context = ctx;
                    ctx.content().set(loaded);
                });
            }
        });
        if (opens == Opens.PLAYGROUND) {
            new FxRobot().clickOn("#nav-playground");
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) throws Exception {
        FxToolkit.cleanupStages();
        TestWindows.resetUserAgentStylesheet();
        TestWindows.delete(home);
    }

    /** The test's own user folder. */
    public Path home() {
        return home;
    }

    /** The window's application context (none for {@link #homeOnly()}). */
    public AppContext context() {
        return context;
    }

    public MainWindow mainWindow() {
        return window;
    }

    /** The window's Playground. */
    public PlaygroundPlace place() {
        return (PlaygroundPlace) context.places().find(PlaygroundPlace.ID).orElseThrow();
    }

    /** The Playground's canvas (other places have canvases with the same id). */
    public CanvasView canvas() {
        return (CanvasView) place().view().lookup("#canvas");
    }
}
