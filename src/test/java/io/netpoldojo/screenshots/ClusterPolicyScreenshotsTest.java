package io.netpoldojo.screenshots;

import io.netpoldojo.ui.learn.LearnPlace;
import io.netpoldojo.ui.learn.LearnScenes;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.playground.PlaygroundScenes;
import io.netpoldojo.userdata.ThemeMode;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * ClusterNetworkPolicy's pictures in {@code screenshots/}: a canvas where an Admin policy decides
 * an arrow, with "Why?" naming the tier, and lesson 14 at its diagram. Regenerate with
 * {@code ./mvnw test -Dtest=ClusterPolicyScreenshotsTest -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ClusterPolicyScreenshotsTest {

    /** A Baseline default deny, a team's NetworkPolicy, and an Admin guard on mysql; frontend -> mysql explained. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void anAdminPolicyDecidingAnArrow(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "playground-cluster-policy", theme, s -> {
            PlaygroundPlace place = s.show(PlaygroundPlace.ID, PlaygroundPlace.class);
            PlaygroundScenes.clusterTiers(s.robot, place);
            PlaygroundScenes.explain(s.robot, place, "default/frontend", "default/mysql");
        });
    }

    /** Lesson 14 at its live diagram of the three tiers, every policy applied. */
    @ParameterizedTest
    @EnumSource(ThemeMode.class)
    void theLessonAtItsDiagram(ThemeMode theme, FxRobot robot) throws Exception {
        Shots.shoot(robot, "learn-cluster-tiers", theme, s -> {
            s.show(LearnPlace.ID, LearnPlace.class);
            LearnScenes.openLesson(s.robot, "cluster-network-policy");
            LearnScenes.scrollTo(s.robot, "#lesson-diagram-cluster-tiers", 28);
            s.robot.clickOn("#lesson-diagram-cluster-tiers #diagram-all");
        });
    }
}
