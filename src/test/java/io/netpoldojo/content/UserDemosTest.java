package io.netpoldojo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A teacher's own demos: what {@link DemoYaml} writes, the loader reads back as the same demo
 * (every shipped demo, and texts that would break a careless writer), and a damaged file in the
 * folder is named with its line and field and left out, while the others still load.
 */
class UserDemosTest {
    private static Content content;

    @TempDir
    Path home;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(RealContentTest.CONTENT);
    }

    static Stream<Arguments> demos() {
        Demo.DemoStep open = new Demo.DemoStep("The db is open", "Nothing selects it.", Optional.empty(),
                Optional.empty(), List.of(), List.of(), Optional.empty());
        Demo.DemoStep tricky = new Demo.DemoStep("Colons: \"quotes\", # hashes & \\ backslashes",
                "Two lines,\nthen a tab\tand \u00e9t\u00e9 \u2014 and an emoji \ud83d\ude80; - a dash; [brackets]: {braces}",
                Optional.of("prod/and-one-peer"), Optional.empty(), List.of("prod/db"),
                List.of(new Demo.Arrow("alice/web", "prod/db")), Optional.of(new Demo.Question("Can web: reach db?",
                        new Ask("alice/web", "prod/db", Port.parse("5432/TCP").orElseThrow()),
                        List.of(new Demo.Arrow("prod/client", "prod/db")))));
        Demo.DemoStep swap = new Demo.DemoStep("yes", "no", Optional.of("prod/or-two-peers"),
                Optional.of("prod/and-one-peer"), List.of(), List.of(), Optional.empty());
        Stream<Arguments> shipped = content.demos().stream().map(d -> Arguments.of("shipped " + d.id(),
                new Demo("copy-of-" + d.id(), d.title(), d.description(), d.scenario(), d.steps(), d.order())));
        return Stream.concat(shipped, Stream.of(
                Arguments.of("texts a careless writer breaks", new Demo("tricky", "Title: with \"quotes\" and #",
                        "A description\nover two lines", "and-vs-or", List.of(open, tricky, swap))),
                Arguments.of("words YAML reads as other types", new Demo("scalars", "true", "null", "and-vs-or",
                        List.of(new Demo.DemoStep("no", "1.5e3", Optional.empty(), Optional.empty(), List.of(),
                                List.of(), Optional.empty())))),
                Arguments.of("over the user's own scenario", new Demo("recorded", "Recorded", "From the Playground",
                        "my-canvas", List.of(open, tricky, swap)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void aWrittenDemoReadsBackAsTheSameDemo(String name, Demo demo) throws IOException {
        writeOwnScenario();
        write("demos/" + demo.id() + ".yaml", DemoYaml.write(demo, "Saved by a test.\n\nEdit freely."));
        UserDemos read = loadUser();
        assertEquals(List.of(), read.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(List.of(demo), read.demos());
    }

    @Test
    void theUsersOwnScenarioLoadsWithItsDemo() throws IOException {
        writeOwnScenario();
        UserDemos read = loadUser();
        assertEquals(List.of("my-canvas"), read.scenarios().stream().map(Scenario::id).toList());
        assertTrue(read.scenario("my-canvas").isPresent());
    }

    /** A damaged file, and the problem the teacher is told about: file, line, field. */
    static Stream<Arguments> damage() {
        return Stream.of(
                Arguments.of("a policy the scenario does not have", "id: bad\ntitle: t\ndescription: d\nscenario: and-vs-or\n"
                        + "steps:\n- title: a\n  narration: b\n  apply: prod/no-such-policy\n",
                        "demos/bad.yaml:8:10: steps[0].apply: "),
                Arguments.of("a mistyped scalar", "id: bad\norder: !!int abc\ntitle: t\ndescription: d\n"
                        + "scenario: and-vs-or\nsteps:\n- {title: a, narration: b}\n", "demos/bad.yaml:2:"),
                Arguments.of("cut short", "id: bad\ntitle: t\ndescription: d\nscenario: and-vs-or\nsteps:\n- title: \"a",
                        "demos/bad.yaml:"),
                Arguments.of("junk", "\u0000\u0001 not yaml: [", "demos/bad.yaml:"),
                Arguments.of("an unknown scenario", "id: bad\ntitle: t\ndescription: d\nscenario: gone\n"
                        + "steps:\n- {title: a, narration: b}\n", "demos/bad.yaml:4:11: scenario: unknown scenario"),
                Arguments.of("the id of a shipped demo", "id: stars\ntitle: t\ndescription: d\nscenario: and-vs-or\n"
                        + "steps:\n- {title: a, narration: b}\n", "demos/bad.yaml:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void aDamagedDemoIsNamedAndSkippedWhileTheOthersLoad(String name, String text, String where) throws IOException {
        Demo good = new Demo("good", "Good", "Loads", "and-vs-or", List.of(new Demo.DemoStep("a", "b",
                Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty())));
        write("demos/good.yaml", DemoYaml.write(good, ""));
        String file = name.equals("the id of a shipped demo") ? "demos/stars.yaml" : "demos/bad.yaml";
        write(file, text);
        UserDemos read = loadUser();
        assertEquals(List.of(good), read.demos(), "the good demo still loads");
        List<String> errors = read.errors().stream().map(Diagnostic::toString).toList();
        String expected = where.replace("demos/bad.yaml", file);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(expected)), "expected " + expected + " in " + errors);
        assertEquals(text, Files.readString(home.resolve(file)), "the damaged file is kept as it was");
    }

    @Test
    void aFolderOrAFifoNamedLikeADemoIsPassedOverWithoutHanging() throws Exception {
        Files.createDirectories(home.resolve("demos/folder.yaml"));
        Path fifo = home.resolve("demos/pipe.yaml");
        boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        UserDemos read = loadUser();
        assertEquals(List.of(), read.demos());
        assertEquals(List.of(), read.errors());
        assertTrue(!made || Files.exists(fifo));
    }

    @Test
    void noFolderIsNoDemos() {
        assertEquals(UserDemos.NONE.demos(), loadUser().demos());
        assertEquals(List.of(), loadUser().diagnostics());
    }

    /** {@code demos/scenarios/my-canvas.yaml}: the AND/OR scenario under a name of the user's. */
    private void writeOwnScenario() throws IOException {
        String text = content.scenario("and-vs-or").orElseThrow().yaml().replace("name: and-vs-or", "name: my-canvas");
        write("demos/scenarios/my-canvas.yaml", text);
    }

    private void write(String relative, String text) throws IOException {
        Path p = home.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private UserDemos loadUser() {
        return new ContentLoader().loadUserDemos(home, content.scenarios(), content.demos());
    }
}
