package io.netpoldojo.ui.learn;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps shared by the Learn tests and screenshots, done the way a reader does them. */
public final class LearnScenes {
    private LearnScenes() {}

    /** Scrolls the list to the lesson, as a reader would with the wheel, and clicks it. */
    @SuppressWarnings("unchecked")
    public static void openLesson(FxRobot robot, String lessonId) {
        ListView<LearnModel.LessonEntry> list = robot.lookup("#learn-lessons").queryAs(ListView.class);
        robot.interact(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).lesson().id().equals(lessonId)) {
                    list.scrollTo(i);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-item-" + lessonId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the page to its end, where "Mark as read" and the next lesson are. */
    public static void scrollToEnd(FxRobot robot) {
        ScrollPane scroller = robot.lookup("#learn-scroller").queryAs(ScrollPane.class);
        robot.interact(() -> scroller.setVvalue(scroller.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the page so the node found by {@code query} sits {@code margin} pixels below the top. */
    public static void scrollTo(FxRobot robot, String query, double margin) {
        ScrollPane scroller = robot.lookup("#learn-scroller").queryAs(ScrollPane.class);
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node content = scroller.getContent();
            Bounds target = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double overflow = content.getBoundsInLocal().getHeight() - scroller.getViewportBounds().getHeight();
            scroller.setVvalue(Math.max(0, Math.min(1, (target.getMinY() - margin) / overflow)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}

