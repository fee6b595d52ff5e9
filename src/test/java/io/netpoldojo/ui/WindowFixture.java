package io.netpoldojo.ui;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What every TestFX class that opens the app's main window starts from: the shipped content,
 * a user folder of its own for each test, and a clean slate around it. Before the test class's
 * {@code @Start} method runs, the user-agent stylesheet is Modena again (it is global to the JVM
 * and would leak one class's theme into the next); after each test its windows are closed, the
 * stylesheet put back and the folder deleted.
 *
 * <p>A test class extends this and keeps its own {@code @Start} method for what it opens (TestFX
 * looks for that method in the test class itself, not in the classes it extends); most call
 * {@link #openWithContent()} there. Its own {@code @AfterEach} methods run before this class's.
 */
@ExtendWith(WindowFixture.CleanStart.class)
public abstract class WindowFixture {
    private static Content shipped;

    /** The content under {@code content/}, read once per test run: it is immutable and every test reads the same. */
    protected static final Content content = shippedContent();

    /** This test's own user folder, made for it and deleted after it. */
    protected final Path home = TestWindows.newHome();

    /** The window {@link #openWithContent()} opened, and its application context. */
    protected MainWindow window;
    protected AppContext context;

    public static synchronized Content shippedContent() {
        if (shipped == null) {
            shipped = new ContentLoader().load(Path.of("content"));
        }
        return shipped;
    }

    /** Opens the main window on {@link #home} with the shipped content, as the app would. Call on the FX thread. */
    protected MainWindow openWithContent() {
        window = TestWindows.open(home, ctx -> {
            context = ctx;
            ctx.content().set(content);
        });
        return window;
    }

    /** As {@link #openWithContent()}, the window at the screen's top-left corner and this size. Call on the FX thread. */
    protected MainWindow openWithContent(double width, double height) {
        openWithContent();
        window.stage().setX(0);
        window.stage().setY(0);
        window.stage().setWidth(width);
        window.stage().setHeight(height);
        return window;
    }

    @AfterEach
    protected final void closeWindowsAndDeleteHome() throws Exception {
        FxToolkit.cleanupStages();
        // JUnit may keep a test instance after its test (an extension's store holds the first one);
        // it must not keep the closed window with it.
        window = null;
        context = null;
        TestWindows.resetUserAgentStylesheet();
        TestWindows.delete(home);
    }

    /** TestFX's extension, with Modena put back on the FX thread before the class's {@code @Start} method runs. */
    public static final class CleanStart extends ApplicationExtension {
        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupFixture(TestWindows::resetUserAgentStylesheet);
            super.beforeEach(context);
        }
    }
}
