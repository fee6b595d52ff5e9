package io.netpoldojo.ui.playground;

import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.BackgroundTaskRunner;
import io.netpoldojo.ui.FxThread;
import io.netpoldojo.userdata.UserDataDir;
import io.netpoldojo.userdata.UserFile;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Preset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Run in a separate JVM by {@link KillMidEditTest}: the Playground as the app runs it (its real
 * background task runner and autosave delay) on the user folder {@code args[0]}, adding a pod,
 * waiting until the autosave on disk has it, printing {@code saved NAME}, and going on until the
 * process is killed.
 */
public final class EditingChild {
    private EditingChild() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        PlaygroundPlace place = FxThread.call(() -> {
            PlaygroundPlace p = new PlaygroundPlace(AppContext.create(UserDataDir.at(home), new BackgroundTaskRunner(2),
                    Duration.millis(300)));
            p.model();
            return p;
        });
        UserFile autosave = new UserFile(home.resolve("playground.yaml"), "saved Playground", Clock.systemUTC());
        System.out.println("started");
        System.out.flush();
        for (int i = 0; ; i++) {
            int n = i;
            String id = FxThread.call(() -> place.model().addPreset(Preset.BLANK_POD, new Point(40 + 30 * (n % 20), 600 + 30 * (n / 20))));
            String name = id.substring(id.indexOf('/') + 1);
            while (!autosave.read().map(text -> text.contains("name: " + name + "\n")).orElse(false)) {
                Thread.sleep(5);
            }
            System.out.println("saved " + name);
            System.out.flush();
        }
    }
}
