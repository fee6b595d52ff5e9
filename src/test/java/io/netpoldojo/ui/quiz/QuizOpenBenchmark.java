package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How long the JavaFX thread is busy while a quiz card with the busiest diagram opens for the
 * first time in a run (nothing laid out yet, after two small cards): from the learner's start of a practice to the card's
 * diagram on screen, as the FX thread's CPU time, with the wall time beside it. platform-traffic
 * is laid out for a policy task's pane, then for a prediction's. A benchmark, not a timed test:
 * {@code ./mvnw test -Dtest=QuizOpenBenchmark -Dbenchmarks=true}, read the figures it prints.
 */
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
@org.junit.jupiter.api.extension.ExtendWith(org.testfx.framework.junit5.ApplicationExtension.class)
class QuizOpenBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private io.netpoldojo.content.Content content;
    private QuizPlace place;
    private java.nio.file.Path home;

    /** The app's window as the app builds it, with its background task runner (tests run work at once). */
    @Start
    void start(Stage stage) {
        content = new io.netpoldojo.content.ContentLoader().load(java.nio.file.Path.of("content"));
        home = io.netpoldojo.ui.TestWindows.newHome();
        System.setProperty(io.netpoldojo.userdata.UserDataDir.OVERRIDE_PROPERTY, home.toString());
        io.netpoldojo.ui.AppContext context = io.netpoldojo.ui.AppContext.create(
                io.netpoldojo.userdata.UserDataDir.fromSystem(), new io.netpoldojo.ui.BackgroundTaskRunner(2),
                javafx.util.Duration.ZERO);
        context.settings().update(s -> s.withWelcomeSeen(true));
        context.places().add(new QuizPlace(context));
        context.content().set(content);
        new io.netpoldojo.ui.MainWindow(context, stage).show();
        place = (QuizPlace) context.places().find(QuizPlace.ID).orElseThrow();
    }

    @Test
    void openingTheBusiestCardsForTheFirstTime(FxRobot robot) throws Exception {
        QuizDiagramTextSizeTest.resize(robot, 1360, 860);
        robot.clickOn("#nav-quiz");
        long fx = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getId()).get();
        // Two small cards first, so the figures are the busy diagram's and not the first card's
        // class loading and cold code.
        for (String card : new String[] {"recipes-lock-down-mysql", "dns-after-default-deny-predict",
            "production-write-metadata-block", "production-operator-predict"}) {
            long cpu = THREADS.getThreadCpuTime(fx);
            long wall = System.nanoTime();
            // Started as a click would start it: on the FX thread, which is then free again.
            Platform.runLater(() -> place.model().practise(java.util.List.of(
                    io.netpoldojo.quiz.Question.of(content.card(card).orElseThrow(), content))));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> robot.lookup("#quiz-diagram .endpoint-detail").tryQuery().isPresent()).get());
            WaitForAsyncUtils.waitForFxEvents();
            double cpuMs = (THREADS.getThreadCpuTime(fx) - cpu) / 1e6;
            double wallMs = (System.nanoTime() - wall) / 1e6;
            System.out.printf("benchmark %s: FX thread %.0f ms CPU, %.0f ms to the diagram on screen (load %.1f)%n",
                    card, cpuMs, wallMs, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertTrue(cpuMs > 0);
        }
    }
}
