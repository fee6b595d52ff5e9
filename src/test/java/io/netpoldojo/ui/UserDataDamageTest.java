package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netpoldojo.quiz.Progress;
import io.netpoldojo.ui.learn.ProgressStore;
import io.netpoldojo.userdata.Settings;
import io.netpoldojo.userdata.SettingsStore;
import io.netpoldojo.userdata.ThemeMode;
import io.netpoldojo.userdata.UserFile;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Starter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23: each kind of damage, in all five files of the user's folder at once (settings,
 * reading progress, quiz progress, the Playground's autosave, the drill's unfinished answer). The app starts; each place shows a
 * message naming its file; the damaged file is kept beside, byte for byte (a folder or FIFO as it
 * was); and after the app has run and saved, the set-aside files are still untouched.
 */
class UserDataDamageTest extends WindowFixture {
    private static final String SETTINGS = SettingsStore.FILE_NAME;
    private static final String LEARN = ProgressStore.FILE_NAME;
    private static final String QUIZ = io.netpoldojo.quiz.ProgressStore.FILE_NAME;
    private static final String PLAYGROUND = "playground.yaml";
    private static final String DRILL = io.netpoldojo.ui.drill.DraftStore.FILE_NAME;
    private static final List<String> FILES = List.of(SETTINGS, LEARN, QUIZ, PLAYGROUND, DRILL);

    enum Damage { TRUNCATED, JUNK, DIRECTORY, UNREADABLE, FIFO, ALIAS_BOMB, MISTYPED_SCALAR, HUGE }

    /** Runs before the fixture deletes the folder: an unreadable file would stay behind. */
    @AfterEach
    void makeReadableAgain() throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            files.forEach(f -> f.toFile().setReadable(true, false));
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void theAppStartsNamesEachDamagedFileAndKeepsItsBytes(Damage damage, FxRobot robot) throws Exception {
        Map<String, byte[]> damaged = new LinkedHashMap<>();
        for (String name : FILES) {
            damaged.put(name, damage(damage, home.resolve(name)));
        }
        if (damage == Damage.UNREADABLE) {
            assumeTrue(!Files.isReadable(home.resolve(SETTINGS)), "running as root: every file is readable");
        }

        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = TestWindows.open(home, ctx -> ctx.content().set(content)));

        assertNamed(robot, "#notice-text", SETTINGS);
        assertNamed(robot, "#learn-notice-text", LEARN);
        robot.clickOn("#nav-quiz");
        assertNamed(robot, "#quiz-notice", QUIZ);
        assertNamed(robot, "#quiz-notice", DRILL);
        robot.clickOn("#nav-playground");
        Label banner = (Label) ((javafx.scene.layout.HBox) robot.lookup("#playground-banner").query()).getChildren().get(0);
        assertTrue(banner.getText().contains(home.resolve(PLAYGROUND).toString()), banner.getText());
        for (String name : FILES) {
            assertKeptBeside(damage, name, damaged.get(name));
        }

        robot.clickOn("#theme-toggle");
        robot.interact(() -> window[0].stage().close());
        for (String name : FILES) {
            assertKeptBeside(damage, name, damaged.get(name));
        }
        assertEquals(ThemeMode.DARK, SettingsStore.in(io.netpoldojo.userdata.UserDataDir.at(home)).load().settings()
                .theme(), "the app saves to a fresh file");
    }

    /**
     * The point of each message is where the damaged file now is, at the end of its sentence: in a
     * 1024x700 window and the usual 1360x860 one, on Learn, the Quiz and the Playground, every
     * message is shown whole (wrapped, not cut short with "..."), and so is the Quiz's Dismiss.
     */
    @Test
    void everyMessageIsShownWholeInSmallAndUsualWindows(FxRobot robot) throws Exception {
        for (String name : FILES) {
            damage(Damage.MISTYPED_SCALAR, home.resolve(name));
        }
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = TestWindows.open(home, ctx -> ctx.content().set(content)));
        for (double[] size : new double[][] {{1024, 700}, {1360, 860}}) {
            robot.interact(() -> {
                window[0].stage().setWidth(size[0]);
                window[0].stage().setHeight(size[1]);
            });
            for (String place : List.of("#nav-learn", "#nav-quiz", "#nav-playground")) {
                robot.clickOn(place);
                Pulses.afterLayout();
                WaitForAsyncUtils.waitForFxEvents();
                List<Labeled> shown = new ArrayList<>();
                robot.interact(() -> Stream.of(".notice-bar", "#playground-banner")
                        .flatMap(q -> window[0].stage().getScene().getRoot().lookupAll(q).stream())
                        .filter(Node::isVisible)
                        .flatMap(bar -> bar.lookupAll("*").stream())
                        .filter(n -> n instanceof Labeled l && l.isVisible() && !l.getText().isEmpty())
                        .forEach(n -> shown.add((Labeled) n)));
                // The settings file's notice shows on every place, and each place's own file's
                // notice on that place: two at least, or the look-up above found nothing to check.
                assertTrue(shown.size() >= 2, "notices found on " + place + ": " + shown.size());
                List<String> cut = new ArrayList<>();
                robot.interact(() -> shown.forEach(l -> {
                    String drawn = l.lookup(".text") instanceof Text t ? t.getText() : "(not drawn)";
                    if (!l.getText().equals(drawn)) {
                        cut.add(l.getText() + "\n  shown as: " + drawn);
                    }
                }));
                assertEquals(List.of(), cut, "on " + place + " at " + (int) size[0] + "x" + (int) size[1]);
            }
        }
    }

    private void assertNamed(FxRobot robot, String query, String file) {
        javafx.scene.Node node = robot.lookup(query).query();
        String text = node instanceof javafx.scene.control.Labeled l ? l.getText() : ((javafx.scene.text.Text) node).getText();
        assertTrue(text.contains(home.resolve(file).toString()), query + ": " + text);
        assertTrue(text.contains("set aside as " + file + ".corrupt-"), query + ": " + text);
    }

    private void assertKeptBeside(Damage damage, String name, byte[] bytes) throws IOException {
        List<Path> aside;
        try (Stream<Path> files = Files.list(home)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith(name + ".corrupt-")).toList();
        }
        assertEquals(1, aside.size(), name + " set aside once: " + aside);
        Path kept = aside.get(0);
        switch (damage) {
            case DIRECTORY -> assertTrue(Files.isRegularFile(kept.resolve("inside.txt")), "the folder as it was");
            case FIFO -> assertTrue(Files.readAttributes(kept, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isOther(), "the FIFO itself");
            default -> {
                kept.toFile().setReadable(true, false);
                assertArrayEquals(bytes, Files.readAllBytes(kept), name + ": the damaged bytes, byte for byte");
            }
        }
    }

    /** Damages {@code file}; returns the bytes it now holds (empty for a folder or FIFO). */
    private static byte[] damage(Damage damage, Path file) throws Exception {
        byte[] bytes = switch (damage) {
            case TRUNCATED -> {
                byte[] whole = sealed(file);
                yield Arrays.copyOf(whole, whole.length / 2);
            }
            case JUNK -> {
                byte[] junk = new byte[3000];
                new Random(file.getFileName().hashCode()).nextBytes(junk);
                yield junk;
            }
            case ALIAS_BOMB -> billionLaughs().getBytes(StandardCharsets.UTF_8);
            case MISTYPED_SCALAR -> "version: !!int abc\n".getBytes(StandardCharsets.UTF_8);
            case HUGE -> ("# " + "x".repeat(98) + "\n").repeat(90_000).getBytes(StandardCharsets.UTF_8);
            case UNREADABLE -> {
                byte[] whole = sealed(file);
                Files.write(file, whole);
                file.toFile().setReadable(false, false);
                yield whole;
            }
            case DIRECTORY -> {
                Files.createDirectories(file);
                Files.writeString(file.resolve("inside.txt"), "kept");
                yield new byte[0];
            }
            case FIFO -> {
                assumeTrue(new ProcessBuilder("mkfifo", file.toString()).start().waitFor() == 0, "mkfifo is available");
                yield new byte[0];
            }
        };
        if (damage != Damage.DIRECTORY && damage != Damage.FIFO && damage != Damage.UNREADABLE) {
            Files.write(file, bytes);
        }
        return bytes;
    }

    /** What the app writes to this file, sealed: a real file of the kind, so that cutting it is cutting a real one. */
    private static byte[] sealed(Path file) throws IOException {
        String name = file.getFileName().toString();
        Clock clock = Clock.systemDefaultZone();
        if (name.equals(SETTINGS)) {
            new SettingsStore(file, clock).save(Settings.DEFAULTS.withTheme(ThemeMode.DARK).withLastPlace("quiz"));
        } else if (name.equals(LEARN)) {
            new ProgressStore(file, clock).save(io.netpoldojo.ui.learn.Progress.NONE.withRead("peers")
                    .withRead("flat-network").withLastLesson("ports"));
        } else if (name.equals(QUIZ)) {
            new io.netpoldojo.quiz.ProgressStore(file, clock).save(Progress.EMPTY, 1);
        } else {
            new UserFile(file, "saved Playground", clock).write("# netpoldojo.io/canvas: {unsaved: false}\n"
                    + new ScenarioFiles().write(Starter.microservices(), new PolicyDrafts()));
        }
        return Files.readAllBytes(file);
    }

    static String billionLaughs() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i > 0 ? "," : "").append('*').append(previous);
            }
            sb.append("]\n");
            previous = c;
        }
        return sb.toString();
    }
}
