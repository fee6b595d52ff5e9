package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.TestWindows;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Kill -9 in the middle of editing, for real (issue 23): a separate JVM runs the Playground as the
 * app does ({@link EditingChild}: background saves, the autosave's delay) and adds pods one after
 * another; it is killed at a random moment, mostly while its next save is pending or being
 * written. The next start must bring back every pod the killed process had seen saved, say that
 * the last session did not end normally, and set nothing aside as damaged.
 */
@ExtendWith(ApplicationExtension.class)
class KillMidEditTest {
    private final List<Path> homes = new ArrayList<>();

    @Start
    void start(Stage stage) {
        TestWindows.resetUserAgentStylesheet();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        homes.forEach(TestWindows::delete);
    }

    @Test
    void aKilledSessionLosesNothingItHadSaved(FxRobot robot) throws Exception {
        Random random = new Random(23);
        for (int round = 0; round < 3; round++) {
            Path home = TestWindows.newHome();
            homes.add(home);
            List<String> saved = runAndKill(home, 2 + random.nextInt(4), random.nextInt(500));

            PlaygroundPlace[] place = new PlaygroundPlace[1];
            robot.interact(() -> {
                AppContext ctx = TestWindows.context(home);
                place[0] = new PlaygroundPlace(ctx);
                place[0].view();
            });
            Set<String> restored = place[0].model().workspace().endpoints().stream()
                    .map(e -> e.endpoint().name()).collect(Collectors.toSet());
            String where = "round " + round + ", saved before the kill " + saved + ", restored " + restored;
            assertTrue(restored.containsAll(saved), where);
            String banner = ((Label) ((javafx.scene.layout.HBox) place[0].view().lookup("#playground-banner"))
                    .getChildren().get(0)).getText();
            assertTrue(banner.startsWith("NetPol Dojo did not close normally last time."), where + ": " + banner);
            try (Stream<Path> files = Files.list(home)) {
                assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                        .filter(f -> f.contains(".corrupt-")).toList(), where + ": nothing set aside as damaged");
            }
        }
    }

    /** Starts the editing child, lets it confirm {@code saves} saves, waits {@code afterMillis}, kills it. */
    private static List<String> runAndKill(Path home, int saves, int afterMillis) throws Exception {
        Process child = new ProcessBuilder(childCommand(home)).redirectErrorStream(true).start();
        List<String> saved = new ArrayList<>();
        List<String> other = new ArrayList<>();
        // A child that stops writing (its main threw, and the JavaFX thread keeps it alive) would
        // leave readLine() blocked for ever: at the deadline it is killed, its output ends, and
        // the count below fails with what it said.
        CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS).execute(child::destroyForcibly);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (saved.size() < saves) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                if (line.startsWith("saved ")) {
                    saved.add(line.substring("saved ".length()));
                } else {
                    other.add(line);
                }
            }
            assertEquals(saves, saved.size(), "the child saved too little; it said: " + other);
            Thread.sleep(afterMillis);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean exit
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        return saved;
    }

    private static List<String> childCommand(Path home) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", classPath, EditingChild.class.getName(), home.toString()));
        return command;
    }
}
