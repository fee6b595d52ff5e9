package io.netpoldojo.screenshots;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.classroom.bench.SimulatedDevice;
import io.netpoldojo.ui.present.PresentPlace;
import io.netpoldojo.userdata.ThemeMode;
import java.net.URI;
import java.net.http.HttpClient;
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
    private final HttpClient http = SimulatedDevice.newHttpClient();

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
            start(s);
            List<SimulatedDevice> phones = phones(s.robot, PHONES);
            s.robot.push(KeyCode.V);
            // Step 2: "Can the ALB still reach the frontend on port 80?" after default deny.
            s.robot.push(KeyCode.RIGHT);
            s.robot.push(KeyCode.RIGHT);
            vote(s.robot, phones, 15);
            s.robot.push(KeyCode.H);
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theSecondRoundAndTheAnswer(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "classroom-reveal", theme, s -> {
            start(s);
            List<SimulatedDevice> phones = phones(s.robot, PHONES);
            s.robot.push(KeyCode.V);
            s.robot.push(KeyCode.RIGHT);
            s.robot.push(KeyCode.RIGHT);
            vote(s.robot, phones, 15);
            s.robot.push(KeyCode.H);
            s.robot.push(KeyCode.R);
            vote(s.robot, phones, 4);
            s.robot.push(KeyCode.RIGHT);
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theClassReport(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "classroom-report", theme, s -> {
            start(s);
            List<SimulatedDevice> phones = phones(s.robot, PHONES);
            s.robot.push(KeyCode.V);
            vote(s.robot, phones, 20);
            s.robot.push(KeyCode.RIGHT);
            s.robot.push(KeyCode.RIGHT);
            vote(s.robot, phones, 15);
            s.robot.push(KeyCode.R);
            vote(s.robot, phones, 4);
            s.robot.push(KeyCode.RIGHT);
            s.robot.push(KeyCode.C);
        });
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
