package io.netpoldojo.screenshots;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.classroom.bench.SimulatedDevice;
import io.netpoldojo.ui.present.PresentPlace;
import io.netpoldojo.userdata.ThemeMode;
import java.net.URI;
import org.eclipse.jetty.client.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class vote on Present's stage, in both stage colours: the join card, the votes on the
 * teacher's key, and round 2 beside round 1 after the reveal. Phones are simulated over HTTP on
 * loopback (so the address shown is 127.0.0.1). Regenerate with
 * {@code ./mvnw test -Dtest='Classroom*ScreenshotsTest' -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ClassroomStageScreenshotsTest {
    private static final int PHONES = 24;
    private final HttpClient http = SimulatedDevice.newHttpClient(32);

    @org.junit.jupiter.api.AfterEach
    void stopPhones() throws Exception {
        http.stop();
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theJoinCard(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "classroom-join", theme, s -> {
            start(s);
            phones(s.robot, 5);
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theVotesOnTheTeachersKey(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "classroom-histogram", theme, s -> {
            voteOnTheSecondQuestion(s, 0);
            s.robot.push(KeyCode.H);
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theSecondRoundAndTheAnswer(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "classroom-reveal", theme, s -> secondRoundAndReveal(s, voteOnTheSecondQuestion(s, 0)));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theClassReport(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "classroom-report", theme, s -> {
            secondRoundAndReveal(s, voteOnTheSecondQuestion(s, 20));
            s.robot.push(KeyCode.C);
        });
    }

    /**
     * Starts the vote, lets {@link #PHONES} phones join (and {@code firstYes} of them answer the first
     * question yes), then steps to "Can the ALB still reach the frontend on port 80?" after default
     * deny, where 15 vote yes and the rest no.
     */
    private List<SimulatedDevice> voteOnTheSecondQuestion(Shots.Session s, int firstYes) {
        start(s);
        List<SimulatedDevice> phones = phones(s.robot, PHONES);
        s.robot.push(KeyCode.V);
        if (firstYes > 0) {
            vote(s.robot, phones, firstYes);
        }
        s.robot.push(KeyCode.RIGHT);
        s.robot.push(KeyCode.RIGHT);
        vote(s.robot, phones, 15);
        return phones;
    }

    /** Shows the votes, opens round 2 (4 stay with yes), and reveals the engine's answer. */
    private static void secondRoundAndReveal(Shots.Session s, List<SimulatedDevice> phones) {
        s.robot.push(KeyCode.H);
        s.robot.push(KeyCode.R);
        vote(s.robot, phones, 4);
        s.robot.push(KeyCode.RIGHT);
    }

    private static void start(Shots.Session s) {
        s.show(PresentPlace.ID, PresentPlace.class);
        s.robot.clickOn("#present-start-microservices");
        s.robot.push(KeyCode.V);
        s.robot.interact(() -> s.robot.lookup("#classroom-address").queryAs(ChoiceBox.class)
                .setValue(BindAddresses.loopback()));
        s.robot.clickOn("#classroom-start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<SimulatedDevice> phones(FxRobot robot, int n) {
        String url = robot.lookup("#classroom-url").queryAs(Label.class).getText();
        String pin = robot.lookup("#classroom-pin").queryAs(Label.class).getText().replace(" ", "");
        List<SimulatedDevice> phones = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                SimulatedDevice phone = new SimulatedDevice(http, URI.create(url + "/"));
                int status = phone.join(pin).get(10, TimeUnit.SECONDS).status();
                if (status != 200) {
                    throw new AssertionError("phone " + i + " could not join: HTTP " + status);
                }
                phones.add(phone);
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#classroom-joined")
                    .queryAs(Label.class).getText().startsWith(n + " "));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return phones;
    }

    /** The first {@code yes} phones vote yes, the rest no, and the stage shows them all. */
    private static void vote(FxRobot robot, List<SimulatedDevice> phones, int yes) {
        try {
            long ballot = SimulatedDevice.ballot(phones.get(0).state().get().body()).orElseThrow();
            for (int i = 0; i < phones.size(); i++) {
                phones.get(i).vote(ballot, i < yes ? 0 : 1).get(10, TimeUnit.SECONDS);
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#classroom-vote-count")
                    .queryAs(Label.class).getText().contains(phones.size() + " of " + phones.size()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
