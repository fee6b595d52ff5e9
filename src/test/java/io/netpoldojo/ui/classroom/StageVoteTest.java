package io.netpoldojo.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.classroom.bench.SimulatedDevice;
import io.netpoldojo.screenshots.Shots;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.ui.present.PresentPlace;
import java.net.URI;
import org.eclipse.jetty.client.HttpClient;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class vote on Present's stage, driven with the teacher's keys while a phone (over HTTP, as
 * the page does) joins and votes: V, start on this computer only, the join card, the question as
 * the stage asks it, the count, H for the votes, R for round 2, the reveal with the engine's
 * explanation, and the vote ending with the presentation.
 */
class StageVoteTest extends WindowFixture {
    private final HttpClient http = SimulatedDevice.newHttpClient(32);

    @AfterEach
    void stopTheClient() throws Exception {
        http.stop();
    }

    @Test
    void theTeacherRunsAVoteWithTheStagesKeys(FxRobot robot) throws Exception {
        robot.interact(() -> window = TestWindows.open(home, ctx -> ctx.content().set(Shots.content())));
        robot.clickOn("#nav-" + PresentPlace.ID);
        robot.clickOn("#present-start-microservices");
        assertFalse(shown(robot, "#classroom-setup"));

        robot.push(KeyCode.V);
        assertTrue(shown(robot, "#classroom-setup"));
        startOnLoopback(robot);
        assertTrue(shown(robot, "#classroom-join-card"), "the join card, even on an asking step");
        String url = robot.lookup("#classroom-url").queryAs(Label.class).getText();
        String pin = robot.lookup("#classroom-pin").queryAs(Label.class).getText().replace(" ", "");

        SimulatedDevice phone = new SimulatedDevice(http, URI.create(url + "/"));
        assertEquals(200, phone.join(pin).get().status());
        Waits.forText(robot, "#classroom-joined", "1 has joined");
        String state = phone.state().get().body();
        assertTrue(state.contains("With no policies, can the frontend open a connection to mysql on 3306?"), state);
        assertTrue(state.contains("\"choices\":[\"Yes, allowed\",\"No, denied\"]"), state);

        robot.push(KeyCode.V);
        assertFalse(shown(robot, "#classroom-join-card"), "V hides the join card");
        assertTrue(shown(robot, "#classroom-join-line"), "latecomers still see where to join");
        long ballot = SimulatedDevice.ballot(state).orElseThrow();
        assertEquals(200, phone.vote(ballot, 1).get().status());
        Waits.forText(robot, "#classroom-vote-count", "1 of 1 voted");
        assertFalse(shown(robot, "#classroom-histogram"), "no votes shown before H");

        robot.push(KeyCode.H);
        assertTrue(shown(robot, "#classroom-histogram"));
        Waits.forText(robot, "#classroom-count-1", "1");
        robot.push(KeyCode.R);
        Waits.forText(robot, "#classroom-vote-count", "Round 2: 0 of 1 voted");
        long second = SimulatedDevice.ballot(phone.state().get().body()).orElseThrow();
        assertEquals(200, phone.vote(second, 0).get().status());
        Waits.forText(robot, "#classroom-vote-count", "Round 2: 1 of 1 voted");

        robot.push(KeyCode.RIGHT);
        String revealed = phone.state().get().body();
        assertTrue(revealed.contains("\"reveal\":{\"correct\":0,\"headline\":\"\u2713 Yes: allowed\""), revealed);
        assertTrue(revealed.contains("Replies from mysql back to frontend are allowed too"), "the engine's why: "
                + revealed);
        assertTrue(shown(robot, "#classroom-histogram"), "the votes beside the answer");
        Waits.forText(robot, "#classroom-count-0", "0 \u2192 1");

        robot.push(KeyCode.RIGHT);
        assertTrue(phone.state().get().body().contains("Can the ALB still reach the frontend on port 80?"),
                "the next step's question reaches the phone");

        robot.push(KeyCode.C);
        assertTrue(shown(robot, "#classroom-report"));
        assertTrue(robot.lookup(".classroom-report-cell").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("1 of 1 (100%)")), "round 2: one of one right");
        robot.push(KeyCode.C);

        robot.push(new KeyCodeCombination(KeyCode.ESCAPE, KeyCombination.SHIFT_DOWN));
        ExecutionException ended = assertThrows(ExecutionException.class,
                () -> phone.state().get(10, TimeUnit.SECONDS), "leaving the presentation ends the vote");
        assertTrue(ended.getCause() instanceof java.net.ConnectException, ended.toString());
    }

    @Test
    void anAddressThatCannotBeUsedSaysSoAndThePresentationGoesOn(FxRobot robot) throws Exception {
        robot.interact(() -> window = TestWindows.open(home, ctx -> ctx.content().set(Shots.content())));
        robot.clickOn("#nav-" + PresentPlace.ID);
        robot.clickOn("#present-start-microservices");
        robot.push(KeyCode.V);
        robot.interact(() -> addressBox(robot).getItems().add(new BindAddresses.Choice("gone",
                java.net.InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}))));
        robot.interact(() -> addressBox(robot).setValue(addressBox(robot).getItems().get(
                addressBox(robot).getItems().size() - 1)));
        robot.clickOn("#classroom-start");
        WaitForAsyncUtils.waitForFxEvents();
        String problem = robot.lookup("#classroom-problem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("The class vote could not start on 192.0.2.1"), problem);
        String before = robot.lookup("#present-step-title").queryAs(Label.class).getText();
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        assertFalse(before.equals(robot.lookup("#present-step-title").queryAs(Label.class).getText()),
                "the stage still steps on");
    }

    /** Whether the node and everything around it is visible: what a person would see. */
    private static boolean shown(FxRobot robot, String query) {
        for (javafx.scene.Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void startOnLoopback(FxRobot robot) {
        // Tests stay on loopback: never a LAN address of the machine they run on.
        robot.interact(() -> addressBox(robot).setValue(BindAddresses.loopback()));
        robot.clickOn("#classroom-start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<BindAddresses.Choice> addressBox(FxRobot robot) {
        return robot.lookup("#classroom-address").queryAs(ChoiceBox.class);
    }
}
