package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Section;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
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

    /** A lesson's diagrams, in the order the page shows them. */
    public static List<Section.Diagram> diagramsOf(Lesson lesson) {
        return lesson.sections().stream().filter(s -> s instanceof Section.Diagram).map(Section.Diagram.class::cast)
                .toList();
    }

    /**
     * Opens each lesson that has a diagram, as a reader would, and scrolls to each of its diagrams
     * in turn (10 px below the top of the page's view), once it is laid out; {@code each} is then
     * given the lesson and the diagram's query, {@code #lesson-diagram-SCENARIO}. Returns how many
     * diagrams were visited.
     */
    public static int eachDiagram(FxRobot robot, Content content, BiConsumer<Lesson, String> each)
            throws TimeoutException {
        int visited = 0;
        for (Lesson lesson : content.lessons()) {
            List<Section.Diagram> diagrams = diagramsOf(lesson);
            if (diagrams.isEmpty()) {
                continue;
            }
            openLesson(robot, lesson.id());
            for (Section.Diagram d : diagrams) {
                String id = "#lesson-diagram-" + d.scenario();
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
                scrollTo(robot, id, 10);
                each.accept(lesson, id);
                visited++;
            }
        }
        return visited;
    }
}
