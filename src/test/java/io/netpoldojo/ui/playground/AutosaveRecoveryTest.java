package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.TestWindows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Playground's autosave after a crash, a kill or damage (issue 23): a damaged autosave is
 * noticed, reported by name and kept beside; a killed session comes back whole, with the file the
 * canvas belongs to.
 */
@ExtendWith(ApplicationExtension.class)
class AutosaveRecoveryTest {
    @RegisterExtension
    final PlaygroundFixture app = PlaygroundFixture.homeOnly();

    private Path autosave() {
        return app.home().resolve("playground.yaml");
    }

    /** A new start of the place on the same folder, as after a kill (no clean exit before it). */
    private PlaygroundPlace start(FxRobot robot) {
        PlaygroundPlace[] place = new PlaygroundPlace[1];
        robot.interact(() -> {
            AppContext ctx = TestWindows.context(app.home());
            ctx.content().set(PlaygroundFixture.content());
            place[0] = new PlaygroundPlace(ctx);
            place[0].view();
        });
        return place[0];
    }

    private static String banner(PlaygroundPlace place) {
        javafx.scene.Node banner = place.view().lookup("#playground-banner");
        return banner.isVisible() ? ((Label) ((javafx.scene.layout.HBox) banner).getChildren().get(0)).getText() : "";
    }

    private static String fileText(PlaygroundPlace place) {
        return ((Label) place.view().lookup("#status-file")).getText();
    }

    /** Makes an edit and waits until the autosave has it, then returns the autosave's bytes. */
    private byte[] editAndWaitForTheAutosave(FxRobot robot, PlaygroundPlace place) throws IOException {
        byte[] before = Files.exists(autosave()) ? Files.readAllBytes(autosave()) : new byte[0];
        robot.interact(() -> place.model().autoLayout());
        robot.interact(() -> place.model().deleteEndpoint(place.model().workspace().endpoints().get(0).endpoint().id()));
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            if (Files.exists(autosave()) && !java.util.Arrays.equals(before, Files.readAllBytes(autosave()))) {
                return Files.readAllBytes(autosave());
            }
            org.testfx.util.WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the autosave was not written");
    }

    /** What a person sees of a canvas: each endpoint where it stands, and the policies (IPs are assigned on load). */
    private static List<String> shape(io.netpoldojo.workspace.Workspace ws) {
        List<String> out = new java.util.ArrayList<>();
        ws.endpoints().forEach(e -> out.add(e.endpoint().id() + " at " + e.at()));
        ws.namespaces().forEach(z -> out.add(z.namespace().name() + " in " + z.rect()));
        ws.policies().forEach(p -> out.add(p.enabled() + " " + p.yaml()));
        return out;
    }

    private List<Path> setAside() throws IOException {
        try (Stream<Path> files = Files.list(app.home())) {
            return files.filter(f -> f.getFileName().toString().startsWith("playground.yaml.corrupt-")).toList();
        }
    }

    @Test
    void anAutosaveThatIsADirectoryIsSetAsideWithAMessageNamingIt(FxRobot robot) throws IOException {
        Files.createDirectories(autosave().resolve("inside"));
        PlaygroundPlace place = start(robot);

        assertTrue(banner(place).contains(autosave().toString()), banner(place));
        assertTrue(banner(place).contains("set aside as playground.yaml.corrupt-"), banner(place));
        assertEquals(1, setAside().size());
        assertTrue(Files.isDirectory(setAside().get(0).resolve("inside")), "the directory is kept as it was");
    }

    @Test
    void anAutosaveCutToNothingIsNoticedAndKept(FxRobot robot) throws IOException {
        editAndWaitForTheAutosave(robot, start(robot));
        Files.write(autosave(), new byte[0]);
        PlaygroundPlace place = start(robot);

        assertTrue(banner(place).contains(autosave().toString()), banner(place));
        assertTrue(banner(place).contains("set aside"), banner(place));
        assertEquals(1, setAside().size());
        assertEquals(0, Files.size(setAside().get(0)));
    }

    /** Cut at a document boundary the half still loads: the checksum tells that it is not whole. */
    @Test
    void anAutosaveCutInHalfIsNotRestoredAsIfWhole(FxRobot robot) throws IOException {
        byte[] whole = editAndWaitForTheAutosave(robot, start(robot));
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.indexOf("\n---\n", text.length() / 2) + 1;
        byte[] half = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        Files.write(autosave(), half);
        PlaygroundPlace place = start(robot);

        assertTrue(banner(place).contains("cut short"), banner(place));
        assertTrue(banner(place).contains(autosave().toString()), banner(place));
        assertEquals(1, setAside().size());
        assertArrayEquals(half, Files.readAllBytes(setAside().get(0)), "the damaged bytes are kept beside");
    }

    /** After a kill the canvas comes back with the file it belongs to, marked unsaved. */
    @Test
    void aKilledSessionComesBackWithItsFileAndItsUnsavedMark(FxRobot robot) throws IOException {
        PlaygroundPlace first = start(robot);
        Path scenario = app.home().resolve("my scenario.yaml");
        robot.interact(() -> assertTrue(first.saveTo(scenario)));
        assertEquals("my scenario.yaml", fileText(first));
        editAndWaitForTheAutosave(robot, first);
        assertEquals("my scenario.yaml \u2022 unsaved", fileText(first));
        var edited = first.model().workspace();

        PlaygroundPlace second = start(robot);

        assertEquals(shape(edited), shape(second.model().workspace()));
        assertEquals("my scenario.yaml \u2022 unsaved", fileText(second));
        robot.interact(() -> assertTrue(second.save()));
        assertEquals(shape(edited), shape(new io.netpoldojo.workspace.ScenarioFiles()
                .read("x.yaml", Files.readString(scenario)).workspace().orElseThrow()), "Save writes to that same file");
        assertEquals("my scenario.yaml", fileText(second));
    }
}
