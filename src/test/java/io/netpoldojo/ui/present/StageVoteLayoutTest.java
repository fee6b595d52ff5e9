package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.RoomSnapshot;
import io.netpoldojo.classroom.bench.SimulatedDevice;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.ImmediateTaskRunner;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.Themes;
import io.netpoldojo.ui.classroom.ClassVoteModel;
import io.netpoldojo.ui.classroom.ClassVoteStage;
import io.netpoldojo.userdata.ThemeMode;
import java.net.URI;
import org.eclipse.jetty.client.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class vote has its own places on the stage: at every step of the stars demo (where the
 * "Let the class vote" button once covered a card), at 1024×768 and 1920×1080, no vote control,
 * count, join line or histogram covers a card of the canvas, a card of the column or the
 * teacher's controls, and the join card takes the canvas's place rather than lying over it.
 */
@ExtendWith(ApplicationExtension.class)
class StageVoteLayoutTest {
    private static Content content;
    private Stage stage;
    private ClassVoteModel model;
    private final HttpClient http = SimulatedDevice.newHttpClient(8);

    @BeforeAll
    static void loadContent() {
        content = new ContentLoader().load(Path.of("content"));
        // A 1920x1080 window is larger than the 1600x1000 headless screen: copying its pixels to the
        // screen fails (BufferOverflowException on the renderer's thread), its layout does not.
        WaitForAsyncUtils.autoCheckException = false;
    }

    @AfterAll
    static void checkAgain() {
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = true;
    }

    static Stream<StageSizesTest.Screen> screens() {
        return StageSizesTest.SCREENS.stream();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindows.resetUserAgentStylesheet();
    }

    @AfterEach
    void close() throws Exception {
        http.stop();
        WaitForAsyncUtils.asyncFx(() -> {
            if (model != null) {
                model.stop();
            }
            // The shared primary stage keeps its size into the next test class: one that fits the headless screen.
            stage.setWidth(1024);
            stage.setHeight(768);
        }).get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
        TestWindows.resetUserAgentStylesheet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void noVoteControlCoversACardAtAnyStep(StageSizesTest.Screen screen, FxRobot robot) throws Exception {
        Demo demo = content.demo("stars").orElseThrow();
        Presentation p = show(robot, demo, screen);
        String where = screen.width() + "x" + screen.height();

        // Before the vote: the button alone, at every beat.
        List<String> overlaps = new ArrayList<>();
        walk(robot, p, () -> overlaps.addAll(overlaps(robot, where + ", vote off, " + beat(p))));
        assertEquals(List.of(), overlaps);
        assertTrue(shown(robot.lookup("#classroom-let-vote").query()), "the button is on the stage");

        // The vote on: the join card in the canvas's place.
        robot.interact(p::first);
        WaitForAsyncUtils.asyncFx(() -> model.start(BindAddresses.loopback())).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Node join = robot.lookup("#classroom-join-card").query();
        assertTrue(shown(join), where + ": the join card shows");
        assertFalse(shown(robot.lookup("#present-stage .endpoint-node").query()), where + ": the canvas gives it its place");
        assertTrue(inside(join, robot.lookup(".present-canvas-box").query()), where + ": the join card fits the canvas's place");
        assertEquals(List.of(), overlapsWith(join, columnCards(robot), where + ", join card"));

        // A question, three votes and the histogram: the row under the canvas grows, the canvas is fitted above it.
        URI url = URI.create(WaitForAsyncUtils.asyncFx(() -> model.urlProperty().get()).get());
        String pin = WaitForAsyncUtils.asyncFx(() -> model.roomProperty().get().map(RoomSnapshot::pin).orElseThrow()).get();
        robot.interact(() -> model.ask(new Poll("layout/1", "Can the frontend reach the backend?", List.of("Yes, allowed",
                "No, denied"))));
        List<SimulatedDevice> phones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SimulatedDevice phone = new SimulatedDevice(http, url);
            assertEquals(200, phone.join(pin).get().status());
            phones.add(phone);
        }
        long ballot = SimulatedDevice.ballot(phones.get(0).state().get().body()).orElseThrow();
        for (SimulatedDevice phone : phones) {
            assertEquals(200, phone.vote(ballot, 1).get().status());
        }
        robot.interact(model::showVotes);
        PresentWaits.until(() -> shown(robot.lookup("#classroom-histogram").query())
                && shown(robot.lookup("#present-stage .endpoint-node").query()), "the histogram and the canvas");
        walk(robot, p, () -> overlaps.addAll(overlaps(robot, where + ", votes shown, " + beat(p))));
        assertEquals(List.of(), overlaps);
    }

    /** Every beat of the demo from the first, running {@code check} at each. */
    private static void walk(FxRobot robot, Presentation p, Runnable check) {
        robot.interact(p::first);
        while (true) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(check);
            if (!p.canGoForwardProperty().get()) {
                return;
            }
            robot.interact(p::forward);
        }
    }

    private static String beat(Presentation p) {
        return "step " + (p.stepProperty().get() + 1) + (p.revealedProperty().get() ? " revealed" : "");
    }

    /** What a vote node covers: canvas cards, column cards, controls; and whether it leaves the window. */
    private List<String> overlaps(FxRobot robot, String where) {
        List<Node> cards = new ArrayList<>(robot.lookup("#present-stage .endpoint-node").queryAll());
        cards.addAll(columnCards(robot));
        cards.add(robot.lookup("#present-controls").query());
        List<String> found = new ArrayList<>();
        for (String id : List.of("#classroom-let-vote", "#classroom-vote-count", "#classroom-join-line",
                "#classroom-histogram")) {
            Node vote = robot.lookup(id).query();
            if (!shown(vote)) {
                continue;
            }
            found.addAll(overlapsWith(vote, cards, where + ", " + id));
            Bounds b = vote.localToScene(vote.getLayoutBounds());
            if (b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > stage.getScene().getWidth() + 0.5
                    || b.getMaxY() > stage.getScene().getHeight() + 0.5) {
                found.add(where + ", " + id + " leaves the window: " + b);
            }
        }
        return found;
    }

    private static List<Node> columnCards(FxRobot robot) {
        return robot.lookup(".present-card").queryAll().stream().filter(StageVoteLayoutTest::shown).toList();
    }

    private static List<String> overlapsWith(Node vote, List<Node> cards, String where) {
        Bounds v = vote.localToScene(vote.getLayoutBounds());
        List<String> found = new ArrayList<>();
        for (Node card : cards) {
            if (!shown(card)) {
                continue;
            }
            Bounds c = card.localToScene(card.getLayoutBounds());
            double w = Math.min(v.getMaxX(), c.getMaxX()) - Math.max(v.getMinX(), c.getMinX());
            double h = Math.min(v.getMaxY(), c.getMaxY()) - Math.max(v.getMinY(), c.getMinY());
            if (w > 0.5 && h > 0.5) {
                found.add(where + " covers " + (card.getId() == null ? card.getStyleClass() : card.getId()));
            }
        }
        return found;
    }

    private static boolean inside(Node inner, Node outer) {
        Bounds i = inner.localToScene(inner.getLayoutBounds());
        Bounds o = outer.localToScene(outer.getLayoutBounds());
        return i.getMinX() >= o.getMinX() - 0.5 && i.getMinY() >= o.getMinY() - 0.5 && i.getMaxX() <= o.getMaxX() + 0.5
                && i.getMaxY() <= o.getMaxY() + 0.5;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The stage with the vote attached, alone in a window of the screen's size, as the place builds it. */
    private Presentation show(FxRobot robot, Demo demo, StageSizesTest.Screen screen) {
        Presentation[] made = new Presentation[1];
        robot.interact(() -> {
            BareStages.Built built = BareStages.of(content, demo);
            Presentation p = built.presentation();
            StageView view = built.view();
            model = new ClassVoteModel(new ImmediateTaskRunner(), Platform::runLater, ClassVoteModel.SERVER);
            view.attachVote(new ClassVoteStage(model, new ImmediateTaskRunner(),
                    new ClassVoteStage.Keys("V", "H", "R", "C"), view::requestFocus, () -> { }));
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
}
