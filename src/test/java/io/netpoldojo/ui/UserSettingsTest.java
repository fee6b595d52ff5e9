package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.userdata.Settings;
import io.netpoldojo.userdata.SettingsStore;
import io.netpoldojo.userdata.ThemeMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The settings view-model: saving after a pause, at close, and failing politely. Runs on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class UserSettingsTest {
    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("settings.yaml"), Clock.systemUTC());
    }

    @Test
    void changesAreSavedAfterThePauseNotAtOnce(FxRobot robot) throws Exception {
        SettingsStore store = store();
        UserSettings[] settings = new UserSettings[1];
        robot.interact(() -> {
            settings[0] = new UserSettings(store, Settings.DEFAULTS, new ImmediateTaskRunner(), Duration.millis(400));
            settings[0].setTheme(ThemeMode.DARK);
            settings[0].update(s -> s.withLastPlace("quiz"));
        });
        assertFalse(Files.exists(store.file()), "nothing is written while changes are still coming");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(store.file()));
        assertEquals(Settings.DEFAULTS.withTheme(ThemeMode.DARK).withLastPlace("quiz"), store.load().settings());
    }

    @Test
    void flushSavesAtOnce(FxRobot robot) {
        SettingsStore store = store();
        robot.interact(() -> {
            UserSettings settings = new UserSettings(store, Settings.DEFAULTS, new ImmediateTaskRunner(), Duration.seconds(30));
            settings.toggleTheme();
            settings.flush();
        });
        assertEquals(ThemeMode.DARK, store.load().settings().theme());
    }

    @Test
    void aChangeThatChangesNothingWritesNothing(FxRobot robot) {
        SettingsStore store = store();
        robot.interact(() -> {
            UserSettings settings = new UserSettings(store, Settings.DEFAULTS, new ImmediateTaskRunner(), Duration.ZERO);
            settings.setTheme(ThemeMode.LIGHT);
            settings.flush();
        });
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void aFailedSaveBecomesASentenceNotAnException(FxRobot robot) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        SettingsStore store = new SettingsStore(notAFolder.resolve("settings.yaml"), Clock.systemUTC());
        UserSettings[] settings = new UserSettings[1];
        robot.interact(() -> {
            settings[0] = new UserSettings(store, Settings.DEFAULTS, new ImmediateTaskRunner(), Duration.ZERO);
            settings[0].toggleTheme();
        });
        String problem = settings[0].saveProblemProperty().get();
        assertTrue(problem.startsWith("Your settings could not be saved to " + store.file()), problem);
        assertTrue(problem.endsWith("They will last until you close NetPol Dojo."), problem);
        assertEquals(ThemeMode.DARK, settings[0].get().theme(), "the change still holds for this run");
    }

    @Test
    void theLastSaveWinsEvenWhenSavesRunInParallel(FxRobot robot) throws Exception {
        SettingsStore store = store();
        BackgroundTaskRunner tasks = new BackgroundTaskRunner(4);
        try {
            robot.interact(() -> {
                UserSettings settings = new UserSettings(store, Settings.DEFAULTS, tasks, Duration.ZERO);
                for (int i = 0; i < 40; i++) {
                    settings.update(s -> s.withLastPlace("place-" + s.lastPlace().map(p -> p.length()).orElse(0)));
                    settings.toggleTheme();
                }
            });
            tasks.shutdown();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(200);
            WaitForAsyncUtils.waitForFxEvents();
            // 80 toggles end on LIGHT; the saved file must show the final state, not an older one.
            Settings saved = store.load().settings();
            assertEquals(ThemeMode.LIGHT, saved.theme());
            assertEquals("place-7", saved.lastPlace().orElseThrow());
        } finally {
            tasks.shutdown();
        }
    }
}
