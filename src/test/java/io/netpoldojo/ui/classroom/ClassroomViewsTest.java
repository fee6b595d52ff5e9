package io.netpoldojo.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.Reveal;
import io.netpoldojo.classroom.RoomSnapshot;
import io.netpoldojo.classroom.bench.SimulatedDevice;
import io.netpoldojo.ui.ImmediateTaskRunner;
import io.netpoldojo.ui.Themes;
import io.netpoldojo.userdata.ThemeMode;
import java.net.URI;
import javafx.scene.Group;
import org.eclipse.jetty.client.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The teacher's views of the vote, with phones voting over HTTP: what the stage shows as they do. */
@ExtendWith(ApplicationExtension.class)
class ClassroomViewsTest {
    private static final Poll QUESTION = new Poll("q1", "Will backend reach redis?", List.of("Yes, allowed",
            "No, denied"));
    private ClassVoteModel model;
    private final HttpClient http = SimulatedDevice.newHttpClient(32);

    @Start
    void start(Stage stage) {
        model = new ClassVoteModel(new ImmediateTaskRunner(), Platform::runLater, ClassVoteModel.SERVER);
        VBox root = new VBox(new JoinCard(model), new VoteCount(model), new HistogramView(model));
        root.getStylesheets().add(ClassVoteModel.class.getResource("classroom.css").toExternalForm());
        root.getStyleClass().add("root");
        // Themed before the views join it, as the stage's window is: unthemed, the class vote's
        // rules looked up named colours that only the theme defines.
        Scene scene = new Scene(new Group(), 900, 700);
        Themes.apply(ThemeMode.LIGHT, scene);
        scene.setRoot(root);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        http.stop();
        WaitForAsyncUtils.asyncFx(model::stop).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theJoinCardShowsTheAddressAndThePinOnlyWhileTheVoteIsOn(FxRobot robot) throws Exception {
        assertFalse(robot.lookup("#classroom-join-card").query().isVisible());
        fx(() -> model.start(BindAddresses.loopback()));
        assertTrue(robot.lookup("#classroom-join-card").query().isVisible());
        String url = robot.lookup("#classroom-url").queryAs(Label.class).getText();
        assertTrue(url.matches("http://127\\.0\\.0\\.1:[0-9]+"), url);
        String pin = robot.lookup("#classroom-pin").queryAs(Label.class).getText();
        assertEquals(pin(), pin.replace(" ", ""));
        assertEquals("Nobody has joined yet", robot.lookup("#classroom-joined").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#classroom-qr").query().getBoundsInLocal().getWidth() >= 120);

        phones(3);
        Waits.forText(robot, "#classroom-joined", "3 have joined");
    }

    @Test
    void theCountFollowsTheVotesAndTheHistogramWaitsForTheTeachersKey(FxRobot robot) throws Exception {
        fx(() -> model.start(BindAddresses.loopback()));
        List<SimulatedDevice> phones = phones(3);
        fx(() -> model.ask(QUESTION));
        Waits.forText(robot, "#classroom-vote-count", "0 of 3 voted");
        long ballot = SimulatedDevice.ballot(phones.get(0).state().get().body()).orElseThrow();
        phones.get(0).vote(ballot, 1).get();
        phones.get(1).vote(ballot, 1).get();
        phones.get(2).vote(ballot, 0).get();
        Waits.forText(robot, "#classroom-vote-count", "3 of 3 voted");
        assertFalse(robot.lookup("#classroom-histogram").query().isVisible(), "no spoilers before the key");

        fx(model::showVotes);
        assertTrue(robot.lookup("#classroom-histogram").query().isVisible());
        assertEquals("1", text(robot, "#classroom-count-0"));
        assertEquals("2", text(robot, "#classroom-count-1"));
        List<Double> bars = barWidths(robot);
        assertEquals(bars.get(1) / 2, bars.get(0), 2.0, "bars as long as their share: " + bars);

        fx(model::secondRound);
        assertFalse(robot.lookup("#classroom-histogram").query().isVisible());
        Waits.forText(robot, "#classroom-vote-count", "Round 2: 0 of 3 voted");
        long second = SimulatedDevice.ballot(phones.get(2).state().get().body()).orElseThrow();
        phones.get(2).vote(second, 1).get();
        fx(() -> model.reveal(new Reveal(1, "No: denied", List.of())));
        Waits.forText(robot, "#classroom-count-1", "2 \u2192 1");
        assertTrue(robot.lookup(".classroom-choice").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("\u2713 No, denied")), "the right answer is marked");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private List<SimulatedDevice> phones(int n) throws Exception {
        URI url = URI.create(WaitForAsyncUtils.asyncFx(() -> model.urlProperty().get()).get());
        String pin = pin();
        List<SimulatedDevice> phones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SimulatedDevice phone = new SimulatedDevice(http, url);
            assertEquals(200, phone.join(pin).get().status());
            phones.add(phone);
        }
        return phones;
    }

    private String pin() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> model.roomProperty().get().map(RoomSnapshot::pin).orElseThrow()).get();
    }

    private static List<Double> barWidths(FxRobot robot) {
        return robot.lookup(".classroom-bar").queryAll().stream().map(Node::getLayoutBounds).map(b -> b.getWidth())
                .toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
