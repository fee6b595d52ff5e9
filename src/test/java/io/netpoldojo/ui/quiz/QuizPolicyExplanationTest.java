package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.ui.FxThread;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Once a policy is checked and a goal is still unmet, the engine explains the arrow the check
 * points at, in every policy task, at 1360 x 860 and 1024 x 700: its card hides no endpoint's
 * card and no zone's title, and "Show a hint" and the editor are still there to use, inside the
 * window. Laid over the drawing, the card hid the kube-system zone (recipes-lock-down-mysql).
 */
class QuizPolicyExplanationTest extends QuizWindowFixture {
    /** Valid, and changes nothing: it selects no pod, so every goal the scenario misses stays missed. */
    private static final String SELECTS_NOTHING = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: selects-nothing
              namespace: default
            spec:
              podSelector:
                matchLabels:
                  selects: nothing
              policyTypes:
              - Ingress
            """;

    @Start
    void start(Stage stage) {
        openQuiz();
    }

    @Test
    void theExplanationHidesNothingAndLeavesTheHintAndTheEditorInTheWindow(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        int explained = 0;
        for (double[] size : new double[][] {{1360, 860}, {1024, 700}}) {
            QuizDiagramTextSizeTest.resize(robot, size[0], size[1]);
            robot.clickOn("#nav-quiz");
            for (Card card : content.cards()) {
                if (!(card.body() instanceof Card.PolicyTask task)) {
                    continue;
                }
                QuizScenes.practise(robot, place, content, card.id());
                if (task.starter().isBlank()) {
                    QuizScenes.setPolicy(robot, SELECTS_NOTHING);
                }
                QuizScenes.checkPolicy(robot);
                String where = card.id() + " at " + (int) size[0];
                if (!QuizScenes.answer(place).gradeProperty().get().map(g -> !g.correct()).orElse(false)) {
                    wrong.add(where + ": the check did not leave a goal unmet");
                    continue;
                }
                String hidden = java.util.Objects.requireNonNullElse(QuizScenes.hiddenBySettledExplanation(robot),
                        "nothing, but the explanation is not shown");
                explained++;
                String controls = FxThread.call(() -> controlsOutOfReach(robot));
                System.out.printf("%s: %s; %s%n", where, hidden.isEmpty() ? "clear" : "hides " + hidden,
                        controls.isEmpty() ? "hint and editor in reach" : controls);
                if (!hidden.isEmpty()) {
                    wrong.add(where + ": hides " + hidden);
                }
                if (!controls.isEmpty()) {
                    wrong.add(where + ": " + controls);
                }
            }
        }
        assertTrue(explained >= 40, "every policy task is checked and explained at both sizes: " + explained);
        assertTrue(wrong.isEmpty(), wrong.size() + " checks go wrong:\n" + String.join("\n", wrong));
    }

    /**
     * What a learner could not reach after the check: "Show a hint" outside the window or scrolled
     * out of the column, or the editor pushed out of the window or squeezed under 150 px.
     */
    private static String controlsOutOfReach(FxRobot robot) {
        List<String> out = new ArrayList<>();
        Node hint = robot.lookup("#quiz-show-hint").tryQuery().orElse(null);
        if (hint == null || !hint.isVisible()) {
            out.add("no \"Show a hint\"");
        } else {
            Bounds b = hint.localToScene(hint.getLayoutBounds());
            ScrollPane column = robot.lookup(".quiz-side-scroller").queryAs(ScrollPane.class);
            Bounds view = column.localToScene(column.getLayoutBounds());
            if (!inside(b, view) || !inside(b, window(hint))) {
                out.add("\"Show a hint\" at " + box(b) + ", out of the column " + box(view));
            }
        }
        Node editor = robot.lookup("#quiz-policy-editor").query();
        Bounds e = editor.localToScene(editor.getLayoutBounds());
        Bounds w = window(editor);
        if (e.getMinX() < w.getMinX() || e.getMaxX() > w.getMaxX() || e.getHeight() < 150) {
            out.add("the editor at " + box(e) + " in a window " + box(w));
        }
        return String.join(", ", out);
    }

    private static Bounds window(Node n) {
        return new javafx.geometry.BoundingBox(0, 0, n.getScene().getWidth(), n.getScene().getHeight());
    }

    private static boolean inside(Bounds b, Bounds in) {
        return b.getMinX() >= in.getMinX() - 1 && b.getMaxX() <= in.getMaxX() + 1
                && b.getMinY() >= in.getMinY() - 1 && b.getMaxY() <= in.getMaxY() + 1;
    }

    private static String box(Bounds b) {
        return String.format("(%.0f, %.0f)-(%.0f, %.0f)", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }
}
