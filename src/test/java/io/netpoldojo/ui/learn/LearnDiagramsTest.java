package io.netpoldojo.ui.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Section;
import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.ui.playground.ArrowStates;
import io.netpoldojo.ui.playground.canvas.CanvasView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson diagrams as a reader meets them: every arrow the text talks about can be seen and clicked, at any size. */
class LearnDiagramsTest extends WindowFixture {
    private void open(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            openWithContent(width, height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-learn");
    }

    @Test
    void theStatefulLessonsClientToServerArrowCanBeClicked(FxRobot robot) {
        open(robot, 1360, 860);
        LearnScenes.openLesson(robot, "stateful-replies");
        String diagram = "#lesson-diagram-replies";
        LearnScenes.scrollTo(robot, diagram, 20);
        robot.clickOn(diagram + " #diagram-all");
        ArrowStates.Drawn arrow = ArrowStates.arrow(robot, diagram, "app/client", "app/server");
        assertTrue(arrow.isDrawn(), "the arrow the lesson is about is drawn");
        assertTrue(arrow.isPaintedNearItsMiddleIn(robot, arrow.lineColour()), "and seen where it runs");
        robot.clickOn(arrow.middleOnScreen());
        Label title = robot.lookup(diagram + " .explanation-title").queryAs(Label.class);
        assertTrue(title.isVisible() && title.getText().startsWith("app/client \u2192 app/server: allowed"),
                "a click on its middle explains it: " + title.getText());
    }

    @Test
    void at1024By700EveryLessonAndItsDiagramAreShownWhole(FxRobot robot) {
        open(robot, 1024, 700);
        for (Lesson lesson : content.lessons()) {
            LearnScenes.openLesson(robot, lesson.id());
            ScrollPane page = robot.lookup("#learn-scroller").queryAs(ScrollPane.class);
            Bounds view = page.localToScreen(page.getLayoutBounds());
            Node text = page.getContent();
            assertTrue(text.getLayoutBounds().getWidth() <= page.getViewportBounds().getWidth() + 1,
                    lesson.id() + ": the page is no wider than the window shows");
            for (Section.Diagram d : LearnScenes.diagramsOf(lesson)) {
                String id = "#lesson-diagram-" + d.scenario();
                LearnScenes.scrollTo(robot, id, 10);
                Node diagram = robot.lookup(id).query();
                Bounds box = diagram.localToScreen(diagram.getLayoutBounds());
                assertTrue(box.getMinX() >= view.getMinX() - 1 && box.getMaxX() <= view.getMaxX() + 1,
                        lesson.id() + ": the diagram " + d.scenario() + " fits the page's width");
                CanvasView canvas = robot.lookup(id + " .dojo-canvas").queryAs(CanvasView.class);
                double zoom = canvas.zoomProperty().get();
                assertTrue(canvas.drawingWidth() * zoom <= canvas.getViewportBounds().getWidth() + 1
                        && canvas.drawingHeight() * zoom <= canvas.getViewportBounds().getHeight() + 1,
                        lesson.id() + ": the whole of " + d.scenario() + " is drawn, nothing cut off");
                assertTrue(zoom >= 0.6, lesson.id() + ": " + d.scenario() + " is drawn large enough to read (zoom "
                        + zoom + ")");
            }
        }
    }

    /** How large the cards' words are then is {@link LessonDiagramsInWindowTest}'s. */
    @Test
    void at1360WideEveryDiagramFillsTheColumnOrTheWindowsHeight(FxRobot robot) throws Exception {
        open(robot, 1360, 860);
        int checked = LearnScenes.eachDiagram(robot, content, (lesson, id) -> {
            CanvasView canvas = robot.lookup(id + " .dojo-canvas").queryAs(CanvasView.class);
            double zoom = canvas.zoomProperty().get();
            double filled = canvas.drawingWidth() * zoom / canvas.getViewportBounds().getWidth();
            // Or it is as tall as the window lets it be (LessonDiagramsInWindowTest holds it in the window).
            ScrollPane page = robot.lookup("#learn-scroller").queryAs(ScrollPane.class);
            Node view = robot.lookup(id).query();
            double heldBy = page.getViewportBounds().getHeight() - 2 * DiagramSection.WINDOW_MARGIN;
            assertTrue(filled > 0.97 || zoom >= DiagramSection.MAX_ZOOM - 1e-9
                    || view.getLayoutBounds().getHeight() >= heldBy - 2,
                    lesson.id() + ": " + id + " fills the column's width (" + filled + ")");
        });
        assertTrue(checked >= 15, "every lesson diagram was looked at: " + checked);
    }
}
