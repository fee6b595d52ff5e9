package io.netpoldojo.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A paragraph on screen: inline code sits on its background, links are hyperlinks that open their lesson. */
@ExtendWith(ApplicationExtension.class)
class SpanFlowTest {
    private final List<String> followed = new ArrayList<>();
    private SpanFlow flow;

    @Start
    void start(Stage stage) {
        // A link before the code: it counts as one character of the flow, which the background must allow for.
        flow = new SpanFlow(InlineParser.parse("Read [the lesson on peers](lesson:peers) first, then run"
                        + " `kubectl describe networkpolicy db` and compare it with **the YAML you wrote** word for word."),
                new CodeFont(), followed::add);
        flow.setLineSpacing(6);
        StackPane root = new StackPane(flow);
        flow.setMaxWidth(260);
        stage.setScene(new Scene(root, 400, 400));
        stage.show();
    }

    @Test
    void inlineCodeHasItsBackgroundBehindItEvenAcrossALineBreak(FxRobot robot) {
        Text code = robot.lookup(".inline-code").queryAs(Text.class);
        assertEquals("kubectl describe networkpolicy db", code.getText());
        Path background = flow.codeBackground().orElseThrow();
        Bounds text = code.getBoundsInParent();
        Bounds drawn = background.getBoundsInParent();
        assertTrue(drawn.getHeight() > 20, "at 260 px the code wraps, so its background spans two lines: " + drawn);
        assertEquals(text.getMinY(), drawn.getMinY(), 4, "background starts on the code's first line");
        assertEquals(text.getMaxY() - flow.getLineSpacing(), drawn.getMaxY(), 4, "and ends on its last line");
        // Its first corner is on the code's first character (the link before it is one character of the flow).
        MoveTo corner = (MoveTo) background.getElements().get(0);
        int codeStart = "Read ".length() + 1 + " first, then run ".length();
        assertEquals(codeStart, flow.hitTest(new Point2D(corner.getX() + 2, corner.getY() + 4)).getCharIndex());
    }

    @Test
    void aLinkIsAHyperlinkThatOpensItsLesson(FxRobot robot) {
        Hyperlink link = robot.lookup(".lesson-link").queryAs(Hyperlink.class);
        assertEquals("the lesson on peers", link.getText());
        robot.clickOn(link);
        assertEquals(List.of("peers"), followed);
        assertEquals("Read the lesson on peers first, then run kubectl describe networkpolicy db and compare it with"
                + " the YAML you wrote word for word.", flow.text());
        assertTrue(robot.lookup(".inline-bold").queryAs(Text.class).getText().equals("the YAML you wrote"));
    }
}
