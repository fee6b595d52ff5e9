package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.ImmediateTaskRunner;
import io.netpoldojo.ui.Pulses;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.Themes;
import io.netpoldojo.ui.classroom.ClassVoteModel;
import io.netpoldojo.ui.classroom.ClassVoteStage;
import io.netpoldojo.userdata.ThemeMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The back row: every demo, every step, on a 1024×768 and a 1920×1080 projector, at the smallest,
 * the usual and the largest stage size. Measured as rendered: the code at least 24 px at 1080
 * lines and never under 16 px, line numbers no larger than the code, no word under 16 px, no text
 * cut short with an ellipsis, and nothing out of the window or out of its part of the stage: the
 * drawing inside the canvas, the column's cards inside the column. The canvas's cards are drawn
 * zoomed: their names are measured as the room sees them, at the same floors as the code (16 px at
 * 768 lines, 24 px at 1080), since a teacher's "look at the backend" needs the backend to be read,
 * and so are the zones' titles ("namespace: prod"). The class vote's row under the canvas is held
 * to the stage's floor too. {@link StageMeasures} does the measuring.
 */
@ExtendWith(ApplicationExtension.class)
class StageSizesTest {
    private static Content content;
    private Stage stage;
    /** The smallest zone title drawn in this test, for the log. */
    private double smallestZoneTitle = Double.MAX_VALUE;

    /** A projector's screen, and the least the code and the cards' names may be on it, as drawn. */
    record Screen(int width, int height, double codeAtLeast, double cardsAtLeast) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    static final List<Screen> SCREENS = List.of(new Screen(1024, 768, 16, 16), new Screen(1920, 1080, 24, 24));
    /** While the class's votes show under a 1024×768 canvas, the least its cards' names are drawn at (see the vote's test). */
    private static final double VOTES_SHOWN_CARDS_AT_LEAST = 13;
    /** The smallest, the usual and the largest stage size (A- and A+ as far as they go). */
    static final double[] SCALES = {Presentation.MIN_SCALE, 1, Presentation.MAX_SCALE};

    @BeforeAll
    static void loadContent() {
        content = new ContentLoader().load(Path.of("content"));
        // A 1920x1080 window is larger than the 1600x1000 headless screen: copying its pixels to the
        // screen may fail (BufferOverflowException on the renderer's thread), its layout does not.
        WaitForAsyncUtils.autoCheckException = false;
    }

    @AfterAll
    static void checkAgain() {
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = true;
    }

    /** Each demo at each stage size. */
    static Stream<org.junit.jupiter.params.provider.Arguments> demosAndScales() {
        return new ContentLoader().load(Path.of("content")).demos().stream().map(Demo::id)
                .flatMap(id -> java.util.Arrays.stream(SCALES).mapToObj(s -> org.junit.jupiter.params.provider.Arguments.of(id, s)));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindows.resetUserAgentStylesheet();
    }

    @AfterEach
    void close() throws Exception {
        // The shared primary stage keeps a size set on it into the next test class: give it back
        // one that fits the 1600x1000 headless screen, or that class draws past the screen's edge.
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
        TestWindows.resetUserAgentStylesheet();
    }

    /** The stage alone in a window of a projector's size, as the place builds it. */
    private Presentation show(FxRobot robot, Demo demo, Screen screen) {
        return show(robot, demo, screen, view -> { });
    }

    /** The same, with something added to the stage before it shows (the class vote). */
    private Presentation show(FxRobot robot, Demo demo, Screen screen, java.util.function.Consumer<StageView> add) {
        Presentation[] made = new Presentation[1];
        robot.interact(() -> {
            BareStages.Built built = BareStages.of(content, demo);
            Presentation p = built.presentation();
            StageView view = built.view();
            add.accept(view);
            // Themed before the stage joins it, as the app's window is: the stage styles itself as soon as
            // it is sized (StageView.columnFits), and in a scene without the theme's named colours that
            // logged a "Could not resolve" warning for each of them.
            Scene scene = new Scene(new javafx.scene.Group(), screen.width(), screen.height());
            Themes.apply(ThemeMode.LIGHT, scene);
            scene.setRoot(view);
            stage.setScene(scene);
            stage.setWidth(screen.width());
            stage.setHeight(screen.height());
            stage.show();
            made[0] = p;
        });
        return made[0];
    }

    @ParameterizedTest(name = "{0} at scale {1}")
    @MethodSource("demosAndScales")
    void atEveryStepAndSizeTheBackRowReadsEverythingAndNothingLeavesTheScreen(String demoId, double scale, FxRobot robot) {
        Demo demo = content.demo(demoId).orElseThrow();
        List<String> failures = new ArrayList<>();
        for (Screen screen : SCREENS) {
            Presentation p = show(robot, demo, screen);
            robot.interact(() -> {
                p.first();
                p.scaleProperty().set(scale);
                p.codeScaleProperty().set(1);
            });
            while (true) {
                settle();
                String where = demoId + " at " + screen + ", scale " + scale + ", step "
                        + (p.stepProperty().get() + 1) + (p.revealedProperty().get() ? " revealed" : "");
                failures.addAll(check(robot, screen, where));
                if (!p.canGoForwardProperty().get()) {
                    break;
                }
                robot.interact(p::forward);
            }
            robot.interact(() -> p.codeScaleProperty().set(Presentation.MAX_CODE_SCALE));
            settle();
            failures.addAll(check(robot, screen, demoId + " at " + screen + ", scale " + scale + ", the largest code"));
        }
        System.out.printf(java.util.Locale.ROOT, "zone titles of %s at scale %.1f: at least %.1f px%n", demoId, scale,
                smallestZoneTitle);
        assertEquals("", String.join("\n", failures));
    }

    @org.junit.jupiter.api.Test
    void theOneDashIsMarkedAndInViewOnASmallProjector(FxRobot robot) {
        Presentation p = show(robot, content.demo("and-vs-or").orElseThrow(), SCREENS.get(0));
        robot.interact(() -> {
            while (!p.currentStep().title().equals("One peer, both selectors")) {
                p.forward();
            }
        });
        settle();
        StageCode code = robot.lookup("#present-policy-yaml").queryAs(StageCode.class);
        assertEquals(List.of(), code.linesShown().stream().filter(l -> l.contains(" + ")).toList(),
                "a step that only applies a policy marks nothing");
        robot.interact(() -> {
            while (!p.currentStep().title().equals("Add one dash")) {
                p.forward();
            }
        });
        settle();
        CodeLine dash = CodeLine.find(code, "- podSelector:");
        assertTrue(dash.changed(), "the line with the dash is marked: " + code.linesShown());
        assertEquals(List.of("-"), dash.changedText(), "and within it, the dash alone");
        ScrollPane box = robot.lookup(".present-policy-scroll").queryAs(ScrollPane.class);
        Bounds view = box.localToScene(box.getLayoutBounds());
        Bounds line = dash.row().localToScene(dash.row().getLayoutBounds());
        assertTrue(line.getMinY() >= view.getMinY() - 1 && line.getMaxY() <= view.getMaxY() + 1,
                "the dash's line shows without scrolling: " + line + " in " + view);
    }

    /**
     * The class vote's places at the stage's floor: the join card in the canvas's place, then the
     * count, the join line and the keys under the canvas, then the votes beside them, at every
     * beat of the stars demo, on both projectors. Nothing in them under 16 px, cut short or out
     * of the window. The row takes its height from the canvas, whose cards keep their places (the
     * layout is made for the canvas and the row together, so nothing moves when the votes show):
     * with the count and the join line the names may be a pixel under their floor (15.4 px for
     * "management-ui" at 1024×768); while the votes show beside them, as low as 13.4 px there.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void theClassVoteIsReadFromTheBackRowToo(Screen screen, FxRobot robot) throws Exception {
        Demo demo = content.demo("stars").orElseThrow();
        ClassVoteModel[] vote = new ClassVoteModel[1];
        Presentation p = show(robot, demo, screen, view -> {
            vote[0] = new ClassVoteModel(new ImmediateTaskRunner(), Platform::runLater, ClassVoteModel.SERVER);
            view.attachVote(new ClassVoteStage(vote[0], new ImmediateTaskRunner(),
                    new ClassVoteStage.Keys("V", "H", "R", "C"), view::requestFocus, () -> { }));
        });
        try {
            List<String> failures = new ArrayList<>();
            settle();
            failures.addAll(check(robot, screen, screen + ", the vote off"));
            WaitForAsyncUtils.asyncFx(() -> vote[0].start(BindAddresses.loopback())).get(10, TimeUnit.SECONDS);
            PresentWaits.until(() -> vote[0].statusProperty().get() == ClassVoteModel.Status.ON, "the vote to start");
            settle();
            failures.addAll(check(robot, screen, screen + ", the join card"));
            robot.interact(() -> vote[0].ask(new Poll("sizes/1", "Can the frontend reach the backend?",
                    List.of("Yes, allowed", "No, denied"))));
            for (boolean votesShown : new boolean[] {false, true}) {
                if (votesShown) {
                    robot.interact(vote[0]::showVotes);
                }
                robot.interact(p::first);
                while (true) {
                    settle();
                    failures.addAll(check(robot, screen, screen + (votesShown ? ", the votes shown" : ", the vote on")
                            + ", step " + (p.stepProperty().get() + 1) + (p.revealedProperty().get() ? " revealed" : ""),
                            votesShown ? VOTES_SHOWN_CARDS_AT_LEAST : StageView.FLOOR_PX - 1));
                    if (!p.canGoForwardProperty().get()) {
                        break;
                    }
                    robot.interact(p::forward);
                }
            }
            assertTrue(robot.lookup("#classroom-join-line").tryQuery().filter(StageSizesTest::treeVisible).isPresent(),
                    "the join line was measured");
            assertTrue(robot.lookup("#classroom-histogram").tryQuery().filter(StageSizesTest::treeVisible).isPresent(),
                    "the votes were measured");
            assertEquals("", String.join("\n", failures));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> vote[0].stop()).get(10, TimeUnit.SECONDS);
        }
    }

    static Stream<Screen> screens() {
        return SCREENS.stream();
    }

    /** A line of the stage's code, as the class sees it. */
    private record CodeLine(javafx.scene.layout.HBox row) {
        static CodeLine find(StageCode code, String text) {
            return code.getChildren().stream().map(n -> new CodeLine((javafx.scene.layout.HBox) n))
                    .filter(r -> r.text().strip().equals(text)).findFirst().orElseThrow(() -> new AssertionError(
                            "no line \"" + text + "\" in " + code.linesShown()));
        }

        private List<Text> parts() {
            return ((javafx.scene.text.TextFlow) row.getChildren().get(1)).getChildren().stream().map(n -> (Text) n).toList();
        }

        String text() {
            return parts().stream().map(t -> t.getText().replace("\u200b", "")).reduce("", String::concat);
        }

        boolean changed() {
            return row.getStyleClass().contains(StageCode.CHANGED_LINE);
        }

        List<String> changedText() {
            return parts().stream().filter(t -> t.getStyleClass().contains(StageCode.CHANGED_TEXT)).map(Text::getText).toList();
        }
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is wrong with the stage as shown, one line per place. */
    private List<String> check(FxRobot robot, Screen screen, String where) {
        return check(robot, screen, where, screen.cardsAtLeast());
    }

    private List<String> check(FxRobot robot, Screen screen, String where, double cardsAtLeast) {
        StageMeasures.Found found = settled(robot, screen, cardsAtLeast);
        smallestZoneTitle = Math.min(smallestZoneTitle, found.smallestZoneTitle());
        return found.problems().isEmpty() ? List.of()
                : List.of(where + " (" + stage.getScene().getRoot().getStyle() + "): " + found.problems());
    }

    /**
     * The stage's measures once it has settled: read on the JavaFX thread, and taken when two
     * readings a layout pulse apart agree and find nothing wrong. After a step the header's text and
     * the canvas's fit catch up over a pulse or two (later on a loaded machine: the lead's full suite
     * once read step 8's header with the previous step's words and the cards at the old zoom), so
     * one early reading could be a stage half-way between two steps. A stage that never comes right
     * is reported with its last reading after 10 s.
     */
    private StageMeasures.Found settled(FxRobot robot, Screen screen, double cardsAtLeast) {
        StageMeasures.Found[] last = new StageMeasures.Found[1];
        java.util.concurrent.Callable<StageMeasures.Found> read = () -> StageMeasures.check(robot,
                stage.getScene().getRoot(), screen, cardsAtLeast);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                StageMeasures.Found first = WaitForAsyncUtils.asyncFx(read).get();
                Pulses.afterLayout(); // the second reading after a layout pulse
                StageMeasures.Found second = WaitForAsyncUtils.asyncFx(read).get();
                last[0] = second;
                return second.problems().isEmpty() && second.equals(first);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // Reported by the caller from the last reading.
        }
        return last[0];
    }

    static boolean treeVisible(Node node) {
        return StageMeasures.treeVisible(node);
    }
}
