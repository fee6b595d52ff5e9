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

    /** Where a mock interview's picture is taken. */
    private enum Stop { FOLLOW_UP, WHAT_IF, END_CONFIRM, REPORT }

    /**
     * A mock interview walked to a stop: the first explanation partial, the prediction right, the
     * what-if right, the second explanation thin, its prediction wrong, no policy, the last what-if
     * wrong.
     */
    private static void mockSession(Shots.Session s, Stop stop) {
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
            if (stop == Stop.FOLLOW_UP) {
                return;
            }
            mock.choiceProperty().set(java.util.Optional.of(true));
            mock.next();
            int whatIfs = 0;
            while (mock.screenProperty().get() == io.netpoldojo.ui.drill.mock.MockModel.Screen.QUESTION) {
                io.netpoldojo.ui.drill.mock.MockStep step = mock.stepProperty().get().orElseThrow();
                switch (step.kind()) {
                    case WHAT_IF -> {
                        if (stop == Stop.WHAT_IF) {
                            return;
                        }
                        boolean right = step.whatIf().orElseThrow().answer();
                        mock.choiceProperty().set(java.util.Optional.of(whatIfs++ == 0 ? right : !right));
                    }
                    case EXPLAIN -> {
                        mock.textProperty().set("Egress is denied, so the DNS lookup fails.");
                        if (stop == Stop.END_CONFIRM) {
                            return;
                        }
                    }
                    case FOLLOW_UP -> mock.choiceProperty().set(java.util.Optional.of(false));
                    case TASK -> { }
                }
                mock.next();
            }
        });
        if (stop == Stop.END_CONFIRM) {
            s.robot.interact(() -> s.robot.lookup("#mock-end").queryAs(Button.class).fire());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void mockReport(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "mock-report", theme, s -> mockSession(s, Stop.REPORT));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void mockFollowUp(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "mock-follow-up", theme, s -> mockSession(s, Stop.FOLLOW_UP));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void mockWhatIf(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "mock-what-if", theme, s -> mockSession(s, Stop.WHAT_IF));
    }

    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void mockEndConfirm(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "mock-end-confirm", theme, s -> mockSession(s, Stop.END_CONFIRM));
    }
}
