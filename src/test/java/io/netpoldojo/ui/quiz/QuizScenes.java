package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.Question;
import io.netpoldojo.ui.Pulses;
import io.netpoldojo.ui.editor.YamlEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.netpoldojo.ui.text.SpanFlow;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Puts the Quiz into the states the tests and screenshots look at, through the model's public commands and keys. */
public final class QuizScenes {
    private QuizScenes() {}

    /** Practice with exactly these content cards, in this order. */
    public static void practise(FxRobot robot, QuizPlace place, Content content, String... cardIds) {
        List<Question> questions = List.of(cardIds).stream()
                .map(id -> Question.of(content.card(id).orElseThrow(), content)).toList();
        robot.interact(() -> place.model().practise(questions));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The words a node shows, as a reader sees them: a label's text, a rich-text flow's runs joined
     * (no markup left), a container's parts one per line.
     */
    public static String shown(Node node) {
        if (node instanceof SpanFlow flow) {
            return flow.text();
        }
        if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
            return labeled.getText();
        }
        if (node instanceof Parent parent) {
            return parent.getChildrenUnmodifiable().stream().map(QuizScenes::shown).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining("\n"));
        }
        return "";
    }

    /** What the node found by a query shows; see {@link #shown(Node)}. */
    public static String shown(FxRobot robot, String query) {
        return shown(robot.lookup(query).query());
    }

    public static void press(FxRobot robot, KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl+Enter: checks a policy, from the YAML editor too. */
    public static void checkPolicy(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text in the question's YAML editor, as a paste would. */
    public static void setPolicy(FxRobot robot, String yaml) {
        YamlEditor editor = robot.lookup("#quiz-policy-editor").queryAs(YamlEditor.class);
        robot.interact(() -> {
            editor.setText(yaml);
            editor.requestFocus();
        });
    }

    /** Lock mysql down to the backend, but with every pod of the namespace let in: too permissive. */
    public static final String TOO_PERMISSIVE = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: mysql-from-backend
              namespace: default
            spec:
              podSelector:
                matchLabels:
                  app: mysql
              policyTypes:
              - Ingress
              ingress:
              - from:
                - podSelector: {}
                ports:
                - protocol: TCP
                  port: 3306
            """;

    /**
     * Sits interview set {@code seed} with the keyboard, answering the questions at the positions in
     * {@code right} correctly and the others wrongly, waiting {@code pause} seconds per question so the
     * report's times are not all zero.
     */
    public static void sitInterview(FxRobot robot, QuizPlace place, long seed, Set<Integer> right, int[] pause) {
        robot.interact(() -> place.model().startInterview(seed));
        WaitForAsyncUtils.waitForFxEvents();
        int n = 0;
        while (place.model().screenProperty().get() == QuizModel.Screen.QUESTION) {
            AnswerModel a = place.model().answerProperty().get().orElseThrow();
            boolean correct = right.contains(n);
            if (pause.length > 0) {
                WaitForAsyncUtils.sleep(pause[n % pause.length], TimeUnit.MILLISECONDS);
            }
            if (a.isPolicyTask()) {
                Card.PolicyTask task = (Card.PolicyTask) a.card().body();
                setPolicy(robot, correct ? task.solution() : a.startingText());
                checkPolicy(robot);
            } else {
                for (int pick : correct ? rightOptions(a) : List.of(wrongOption(a))) {
                    press(robot, KeyCode.getKeyCode(String.valueOf(pick + 1)));
                }
                press(robot, KeyCode.ENTER);
            }
            n++;
        }
    }

    /** The right options of a choice, true/false or prediction card, by the place they are shown at, 0-based. */
    static List<Integer> rightOptions(AnswerModel a) {
        Card.Body body = a.card().body();
        if (body instanceof Card.Choice c) {
            return c.answer().stream().map(a.question()::shownPlace).sorted().toList();
        }
        if (body instanceof Card.TrueFalse t) {
            return List.of(t.answer() ? 0 : 1);
        }
        boolean allowed = new io.netpoldojo.quiz.Grader().grade(a.question(), new io.netpoldojo.quiz.Answer.YesNo(true))
                .correct();
        return List.of(allowed ? 0 : 1);
    }

    /** The answer on screen. */
    static AnswerModel answer(QuizPlace place) {
        return place.model().answerProperty().get().orElseThrow();
    }

    /** The row (1 for the top one) of the first right option of the question on screen. */
    public static int rightRow(QuizPlace place) {
        return rightOptions(answer(place)).get(0) + 1;
    }

    /** The row (1 for the top one) of a wrong option of the question on screen. */
    public static int wrongRow(QuizPlace place) {
        return wrongOption(answer(place)) + 1;
    }

    /** The row (1 for the top one) showing the option whose written words contain {@code words}. */
    public static int row(QuizPlace place, String words) {
        AnswerModel a = answer(place);
        List<Card.Option> shown = a.question().shownOptions();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).text().contains(words)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no option of " + a.card().id() + " says " + words);
    }

    /** The number key that picks row {@code row}. */
    public static KeyCode key(int row) {
        return KeyCode.getKeyCode(String.valueOf(row));
    }

    /** An option that is not right. */
    static int wrongOption(AnswerModel a) {
        List<Integer> right = rightOptions(a);
        for (int i = 0; i < a.optionCount(); i++) {
            if (!right.contains(i)) {
                return i;
            }
        }
        throw new IllegalStateException("every option of " + a.card().id() + " is right");
    }

    /**
     * What the explanation hides once it has settled: two readings a layout pulse apart agree and
     * find nothing hidden (see {@link #hidden}). The column scrolls the explanation into view a
     * pulse or two after it fills in (later under load); one that never comes right is given with
     * its last reading after 10 s, and null when the explanation was never shown.
     */
    static String hiddenBySettledExplanation(FxRobot robot) {
        String[] last = {null};
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                String first = WaitForAsyncUtils.asyncFx(() -> hidden(robot)).get();
                Pulses.afterLayout();
                String second = WaitForAsyncUtils.asyncFx(() -> hidden(robot)).get();
                last[0] = second;
                return second != null && second.equals(first) && second.isEmpty();
            });
        } catch (TimeoutException e) {
            // given as the last reading
        }
        return last[0];
    }

    /** The cards and zone titles the explanation covers by more than a sliver; null while it is not shown. */
    static String hidden(FxRobot robot) {
        Node explanation = robot.lookup("#explanation").tryQuery().orElse(null);
        if (explanation == null || !explanation.isVisible() || explanation.getScene() == null) {
            return null;
        }
        for (Node n = explanation; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return null;
            }
        }
        Bounds over = explanation.localToScene(explanation.getLayoutBounds());
        List<String> hidden = new ArrayList<>();
        // At 1024 x 700 the column is narrow, and the feedback's first lines can fill it: there the
        // card may start at the foot of the window, scrolled to.
        if (explanation.getScene().getHeight() > 800 && over.getMinY() > explanation.getScene().getHeight() - 40) {
            hidden.add("nothing, but it starts below the window, at y " + over.getMinY());
        }
        for (Node n : robot.lookup("#quiz-diagram .endpoint-node").queryAll()) {
            if (n.isVisible() && covers(over, n.localToScene(n.getLayoutBounds()))) {
                hidden.add(n.getId() == null ? "a card" : n.getId());
            }
        }
        for (Node n : robot.lookup("#quiz-diagram .zone-title").queryAll()) {
            if (n.isVisible() && covers(over, n.localToScene(n.getLayoutBounds()))) {
                hidden.add("title " + ((javafx.scene.control.Labeled) n).getText());
            }
        }
        return String.join(", ", hidden);
    }

    private static boolean covers(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 3 && h > 3;
    }

    /** Scrolls the page that holds the node found by {@code query} until the node is in view, as a learner would. */
    public static void scrollIntoView(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Parent up = node.getParent();
            while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            if (up instanceof javafx.scene.control.ScrollPane scroller) {
                javafx.scene.Node content = scroller.getContent();
                javafx.geometry.Bounds target = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double overflow = content.getBoundsInLocal().getHeight() - scroller.getViewportBounds().getHeight();
                if (overflow > 0) {
                    scroller.setVvalue(Math.max(0, Math.min(1, (target.getMinY() - 24) / overflow)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
