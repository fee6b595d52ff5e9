package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.TestWindows;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QuizDebugTest {
    AppContext context;
    @Start
    void start(Stage stage) {
        TestWindows.resetUserAgentStylesheet();
        Content content = new ContentLoader().load(Path.of("content"));
        TestWindows.open(TestWindows.newHome(), ctx -> { context = ctx; ctx.content().set(content); });
    }
    @Test
    void debug(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        QuizPlace place = (QuizPlace) context.places().find("quiz").orElseThrow();
        Content content = context.content().contentProperty().get().get();
        QuizScenes.practise(robot, place, content, "dns-after-default-deny-predict");
        System.err.println("FOCUS " + robot.targetWindow().getScene().getFocusOwner());
        QuizScenes.press(robot, KeyCode.DIGIT1);
        System.err.println("FOCUS " + robot.targetWindow().getScene().getFocusOwner() + " phase " + place.model().phaseProperty().get());
        QuizScenes.press(robot, KeyCode.ENTER);
        System.err.println("FOCUS " + robot.targetWindow().getScene().getFocusOwner() + " phase " + place.model().phaseProperty().get());
    }
}
