package io.netpoldojo.screenshots;

import io.netpoldojo.ui.drill.DrillModel;
import io.netpoldojo.ui.quiz.QuizPlace;
import io.netpoldojo.userdata.ThemeMode;
import javafx.scene.control.Button;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explain drill's pictures in {@code screenshots/}, in both themes. Regenerate with
 * {@code ./mvnw test -Dtest='DrillScreenshotsTest' -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class DrillScreenshotsTest {
    /** A partial answer with one myth: points covered with their sentences, points missed, the myth. */
    static final String ANSWER = "By default every pod can reach every other pod. A NetworkPolicy selects pods by their"
            + " labels and is enforced by the CNI plugin, like Calico. Once a pod has a policy, all of its traffic is"
            + " blocked in both directions except what the rules allow. Policies add up, and the order does not matter.";

    private static DrillModel openDrill(Shots.Session s, String cardId) {
        QuizPlace place = s.show(QuizPlace.ID, QuizPlace.class);
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> s.robot.lookup("#quiz-start-drill").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Quiz home never showed the drill's way in", e);
        }
        s.robot.interact(() -> s.robot.lookup("#quiz-start-drill").queryAs(Button.class).fire());
        DrillModel drill = place.drill();
        s.robot.interact(() -> drill.choose(Shots.content().explainCard(cardId).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return drill;
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void feedback(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "drill-feedback", theme, s -> {
            DrillModel drill = openDrill(s, "explain-what-are-netpols");
            s.robot.interact(() -> {
                drill.start();
                drill.answerProperty().set(ANSWER);
                drill.check();
            });
        });
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void answering(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "drill-answering", theme, s -> {
            DrillModel drill = openDrill(s, "explain-dns-broke");
            s.robot.interact(() -> {
                drill.start();
                drill.answerProperty().set("The default deny also covers egress, so the frontend cannot");
            });
        });
    }

    /** A mock interview walked to its end: the first explanation partial, a follow-up right, the rest thin. */
    private static void mockSession(Shots.Session s, boolean toTheEnd) {
        QuizPlace place = s.show(QuizPlace.ID, QuizPlace.class);
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> s.robot.lookup("#quiz-start-mock").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Quiz home never showed the mock interview's way in", e);
        }
        s.robot.interact(() -> s.robot.lookup("#quiz-start-mock").queryAs(Button.class).fire());
        io.netpoldojo.ui.drill.mock.MockModel mock = place.mock();
        s.robot.interact(() -> {
            mock.start();
            mock.textProperty().set(ANSWER);
            mock.next();
            if (toTheEnd) {
                mock.choiceProperty().set(java.util.Optional.of(true));
                mock.next();
                mock.textProperty().set("Egress is denied, so the DNS lookup fails.");
                mock.next();
                mock.choiceProperty().set(java.util.Optional.of(false));
                mock.next();
                mock.next();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void mockReport(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "mock-report", theme, s -> mockSession(s, true));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void mockFollowUp(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "mock-follow-up", theme, s -> mockSession(s, false));
    }
}
