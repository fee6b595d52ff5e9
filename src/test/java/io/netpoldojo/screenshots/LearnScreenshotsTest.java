package io.netpoldojo.screenshots;

import io.netpoldojo.ui.learn.LearnPlace;
import io.netpoldojo.ui.learn.LearnScenes;
import io.netpoldojo.userdata.ThemeMode;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Learn screen's pictures in {@code screenshots/}, in both themes. Regenerate every picture
 * with {@code ./mvnw test -Dtest='*ScreenshotsTest' -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class LearnScreenshotsTest {

    /** The peers lesson at its AND-versus-OR diagram, one step in, with the trap under it. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void aLessonWithADiagramAndACallout(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "learn", theme, s -> {
            s.show(LearnPlace.ID, LearnPlace.class);
            // Two lessons read before, so the list shows progress.
            LearnScenes.openLesson(s.robot, "flat-network");
            LearnScenes.scrollToEnd(s.robot);
            s.robot.clickOn("#learn-next");
            LearnScenes.openLesson(s.robot, "peers");
            LearnScenes.scrollTo(s.robot, "#lesson-diagram-and-vs-or", 28);
            s.robot.clickOn("#lesson-diagram-and-vs-or #diagram-forward");
        });
    }

    /** The top of a lesson: title, summary, the first paragraphs and the list. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theTopOfALesson(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "learn-lesson-top", theme, s -> {
            s.show(LearnPlace.ID, LearnPlace.class);
            LearnScenes.openLesson(s.robot, "peers");
        });
    }

    /** A long lesson scrolled down to its YAML. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void aLongLessonAtItsCode(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "learn-code", theme, s -> {
            s.show(LearnPlace.ID, LearnPlace.class);
            LearnScenes.openLesson(s.robot, "recipes");
            LearnScenes.scrollTo(s.robot, "#lesson-section-9", 28);
        });
    }

    /** Searching: the list narrowed to the lessons with the words, each saying where. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void searchingTheLessons(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "learn-search", theme, s -> {
            s.show(LearnPlace.ID, LearnPlace.class);
            s.robot.clickOn("#learn-search").write("default deny");
            LearnScenes.openLesson(s.robot, "worked-example");
        });
    }

    /** Every kind of callout in a row: traps, a note, what to say in the interview. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void calloutsOfEveryKind(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "learn-callouts", theme, s -> {
            s.show(LearnPlace.ID, LearnPlace.class);
            LearnScenes.openLesson(s.robot, "ports");
            LearnScenes.scrollTo(s.robot, "#lesson-section-4", 28);
        });
    }

    /** The interview lesson: the one-minute answer, a numbered list, questions in italics. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theInterviewLesson(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "learn-interview", theme, s -> {
            s.show(LearnPlace.ID, LearnPlace.class);
            LearnScenes.openLesson(s.robot, "interview");
            LearnScenes.scrollTo(s.robot, "#lesson-section-1", 28);
        });
    }

    /** A myth beside its correction: the client's egress policy closes report -> db although the db admits it. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void aMythAndTheDiagramThatCorrectsIt(ThemeMode theme, FxRobot robot) throws Exception {
        shootDiagramStep(robot, theme, "learn-myths", "myths", "#lesson-section-2", "other-end", 2);
    }

    /** The production rollout stepped to the ingress default deny, which closes nothing that worked. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theRolloutAtItsDefaultDeny(ThemeMode theme, FxRobot robot) throws Exception {
        shootDiagramStep(robot, theme, "learn-production", "production-rollout", "#lesson-diagram-rollout", "rollout", 4);
    }

    /** The worked example stepped to "redis", where every arrow to the cluster DNS is shut. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theWorkedExampleAtTheDnsTrap(ThemeMode theme, FxRobot robot) throws Exception {
        shootDiagramStep(robot, theme, "learn-diagram", "worked-example", "#lesson-diagram-microservices", "microservices", 5);
    }

    /** Opens a lesson, scrolls to {@code top}, and steps the lesson's diagram of {@code scenario} forward {@code steps} times. */
    private static void shootDiagramStep(FxRobot robot, ThemeMode theme, String picture, String lesson, String top,
            String scenario, int steps) throws Exception {
        Shots.shoot(robot, picture, theme, s -> {
            s.show(LearnPlace.ID, LearnPlace.class);
            LearnScenes.openLesson(s.robot, lesson);
            LearnScenes.scrollTo(s.robot, top, 28);
            // The step buttons sit under the diagram, below the window when the diagram is tall
            // (rollout's): pressed as a keyboard user would, without scrolling the diagram away.
            javafx.scene.control.Button forward = s.robot.lookup("#lesson-diagram-" + scenario + " #diagram-forward")
                    .queryButton();
            for (int step = 0; step < steps; step++) {
                s.robot.interact(forward::fire);
            }
        });
    }
}
