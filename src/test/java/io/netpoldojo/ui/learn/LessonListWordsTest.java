package io.netpoldojo.ui.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.WindowFixture;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lesson list keeps every word of a title whole at any window size: in the 1024-pixel
 * window's narrower list, "ClusterNetworkPolicy" (lesson 13's title) was broken into
 * "ClusterNetworkPoli" and "cy".
 */
class LessonListWordsTest extends WindowFixture {
    private static final String CLUSTER_LESSON = "cluster-network-policy";

    @Test
    void noTitleWordIsBrokenAt1024Or1360(FxRobot robot) throws Exception {
        assertTrue(content.lesson(CLUSTER_LESSON).isPresent(), "the lesson with the longest title word is there");
        for (double[] size : new double[][] {{1024, 700}, {1360, 860}}) {
            open(robot, size[0], size[1]);
            ListView<?> list = robot.lookup("#learn-lessons").queryAs(ListView.class);
            List<String> broken = new ArrayList<>();
            boolean sawCluster = false;
            for (int i = 0; i < list.getItems().size(); i++) {
                int at = i;
                robot.interact(() -> list.scrollTo(at));
                WaitForAsyncUtils.waitForFxEvents();
                for (Label title : robot.lookup("#learn-lessons .lesson-cell-title").queryAllAs(Label.class)) {
                    if (!title.isVisible() || title.getScene() == null) {
                        continue;
                    }
                    sawCluster |= title.getText().contains("ClusterNetworkPolicy");
                    Text word = new Text();
                    word.setFont(title.getFont());
                    for (String w : title.getText().split("\\s+")) {
                        word.setText(w);
                        double needed = word.getLayoutBounds().getWidth();
                        double room = title.getWidth() - title.getPadding().getLeft() - title.getPadding().getRight();
                        if (needed > room + 0.5) {
                            broken.add(String.format("\"%s\" (%.0f px) in a title %.0f px wide", w, needed, room));
                        }
                    }
                }
            }
            assertTrue(sawCluster, "the ClusterNetworkPolicy lesson was shown in the list");
            assertTrue(broken.isEmpty(), "at " + size[0] + " x " + size[1] + ", words broken in the middle: "
                    + String.join("; ", broken.stream().distinct().toList()));
            // Closed between sizes, so each size starts as a person would open the app.
            FxToolkit.cleanupStages();
        }
    }

    private void open(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            openWithContent(width, height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-learn");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
