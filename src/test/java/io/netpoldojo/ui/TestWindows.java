package io.netpoldojo.ui;

import io.netpoldojo.userdata.UserDataDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens real main windows for TestFX tests, each on its own stage and its own temporary user
 * folder, reached through the {@code netpoldojo.home} property as the app itself reaches it.
 * Work runs at once ({@link ImmediateTaskRunner}) and settings save at once, so a test sees
 * the file as soon as the UI changed. The user has already been welcomed, so the first-run
 * welcome does not cover the window; {@link #openAsTheApp} leaves that to the saved settings.
 */
public final class TestWindows {
    private TestWindows() {}

    public static Path newHome() {
        try {
            return Files.createTempDirectory("dojo-test-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context the app would build for this folder, for a user who has seen the welcome. Call on the FX thread. */
    public static AppContext context(Path home) {
        return context(home, Duration.ZERO);
    }

    /** As {@link #context(Path)}, with settings saved only after {@code saveDelay}, as in the app. */
    public static AppContext context(Path home, Duration saveDelay) {
        AppContext context = contextAsTheApp(home, saveDelay);
        context.settings().update(s -> s.withWelcomeSeen(true));
        return context;
    }

    private static AppContext contextAsTheApp(Path home, Duration saveDelay) {
        String before = System.getProperty(UserDataDir.OVERRIDE_PROPERTY);
        System.setProperty(UserDataDir.OVERRIDE_PROPERTY, home.toString());
        try {
            return AppContext.create(UserDataDir.fromSystem(), new ImmediateTaskRunner(), saveDelay);
        } finally {
            if (before == null) {
                System.clearProperty(UserDataDir.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(UserDataDir.OVERRIDE_PROPERTY, before);
            }
        }
    }

    /** Opens a main window with the standard places; {@code beforeWindow} may add shortcuts first. Call on the FX thread. */
    public static MainWindow open(Path home, Consumer<AppContext> beforeWindow) {
        AppContext context = context(home);
        DojoApp.registerPlaces(context);
        beforeWindow.accept(context);
        MainWindow window = new MainWindow(context, new Stage());
        window.show();
        return window;
    }

    public static MainWindow open(Path home) {
        return open(home, context -> { });
    }

    /**
     * Opens a main window exactly as the app would for this folder: on a fresh one that is the
     * first start, with the welcome. Call on the FX thread.
     */
    public static MainWindow openAsTheApp(Path home) {
        AppContext context = contextAsTheApp(home, Duration.ZERO);
        DojoApp.registerPlaces(context);
        MainWindow window = new MainWindow(context, new Stage());
        window.show();
        return window;
    }

    /** setUserAgentStylesheet is global to the JVM: put Modena back so no test class sees another's theme. */
    public static void resetUserAgentStylesheet() {
        Application.setUserAgentStylesheet(null);
    }

    public static void delete(Path home) {
        if (home == null || !Files.exists(home)) {
            return;
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is not worth failing a test for
        }
    }
}
