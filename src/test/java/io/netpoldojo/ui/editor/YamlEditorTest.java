package io.netpoldojo.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.netpoldojo.ui.FxThread;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the editor as a person would: typing, keys, clicking a problem; checks what shows. */
@ExtendWith(ApplicationExtension.class)
class YamlEditorTest {
    private static final String POLICY = String.join("\n",
            "kind: NetworkPolicy",
            "spec:",
            "  podSelector: {}",
            "  ingress:",
            "    - from:",
            "        - ipBlock:",
            "            cidr: 10.0.0.0/33");

    private YamlEditor editor;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        editor = new YamlEditor();
        stage.setScene(new Scene(new StackPane(editor), 640, 420));
        stage.show();
    }

    @AfterAll
    static void restoreModena() {
        // The user-agent stylesheet is global to the JVM that other test classes share.
        Application.setUserAgentStylesheet(null);
    }

    private CodeArea area(FxRobot robot) {
        return robot.lookup("#yaml-editor-area").queryAs(CodeArea.class);
    }

    private void setText(FxRobot robot, String text) {
        robot.interact(() -> editor.setText(text));
    }

    /** Puts {@code text} on the clipboard and presses Ctrl+V. */
    private static void paste(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
    }

    private void caretTo(FxRobot robot, int line, int column) {
        robot.interact(() -> {
            editor.moveCaretTo(line, column);
            editor.requestFocus();
        });
    }

    @Test
    void typedTextReachesTheTextProperty(FxRobot robot) {
        robot.clickOn("#yaml-editor-area");
        robot.write("kind: NetworkPolicy");
        assertEquals("kind: NetworkPolicy", editor.getText());
    }

    @Test
    void textBindsBothWaysToAViewModel(FxRobot robot) {
        StringProperty draft = new SimpleStringProperty("a: 1");
        robot.interact(() -> editor.textProperty().bindBidirectional(draft));
        assertEquals("a: 1", area(robot).getText());
        caretTo(robot, 1, 5);
        robot.write("0");
        assertEquals("a: 10", draft.get());
        robot.interact(() -> draft.set("b: 2"));
        assertEquals("b: 2", area(robot).getText());
    }

    @Test
    void settingTheSameTextLeavesTheCaretWhereItWas(FxRobot robot) {
        setText(robot, POLICY);
        caretTo(robot, 3, 5);
        robot.interact(() -> editor.setText(POLICY));
        assertEquals(3, editor.getCaretLine());
        assertEquals(5, editor.getCaretColumn());
        // The same document with Windows line ends (a file saved on Windows) is still the same text.
        robot.interact(() -> editor.setText(POLICY.replace("\n", "\r\n")));
        assertEquals(POLICY, editor.getText());
        assertEquals(3, editor.getCaretLine());
        assertEquals(5, editor.getCaretColumn());
    }

    @Test
    void aProblemMarksExactlyItsLineAndIsListed(FxRobot robot) throws Exception {
        setText(robot, POLICY);
        robot.interact(() -> editor.setProblems(List.of(
                EditorProblem.error(7, 19, "spec.ingress[0].from[0].ipBlock.cidr: invalid CIDR \"10.0.0.0/33\""))));

        // The gutter draws its markers at the next layout pass, later on a loaded machine: wait
        // for one to be drawn (read on the JavaFX thread), then hold that it is the only one.
        Set<Node> markers = markersOnceDrawn(robot);
        assertEquals(1, markers.size());
        Node marker = markers.iterator().next();
        assertTrue(marker.getStyleClass().contains("error"));
        assertEquals("7", lineNumberBeside(marker));

        List<Node> entries = List.copyOf(robot.lookup("#yaml-editor-problems .yaml-editor-problem").queryAll());
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).isVisible());
        assertEquals("line 7: spec.ingress[0].from[0].ipBlock.cidr: invalid CIDR \"10.0.0.0/33\"",
                ((javafx.scene.control.Labeled) entries.get(0)).getText());

        // The squiggle sits under the bad value, and only there.
        assertEquals(Set.of("10.0.0.0/33"), textsStyled(robot, "yaml-problem-error"));
    }

    private static Set<Node> markersOnceDrawn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils
                .asyncFx(() -> !robot.lookup(".yaml-editor-problem-marker").queryAll().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.Callable<Set<Node>> drawn = () -> Set.copyOf(robot.lookup(".yaml-editor-problem-marker").queryAll());
        return WaitForAsyncUtils.asyncFx(drawn).get(5, TimeUnit.SECONDS);
    }

    @Test
    void hoveringTheMarkerOrTheLineShowsTheMessage(FxRobot robot) {
        setText(robot, POLICY);
        robot.interact(() -> editor.setProblems(List.of(EditorProblem.error(7, 19, "invalid CIDR \"10.0.0.0/33\""))));

        robot.moveTo(".yaml-editor-problem-marker");
        assertEquals(Optional.of("invalid CIDR \"10.0.0.0/33\""), showingTooltipText(robot));

        robot.moveTo(robot.lookup(".text.yaml-problem-error").queryAs(Text.class));
        assertEquals(Optional.of("invalid CIDR \"10.0.0.0/33\""), showingTooltipText(robot));
    }

    /** The text of the tooltip that shows once the pointer has rested, if any. */
    private static Optional<String> showingTooltipText(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> tooltips(robot).findAny().isPresent());
        } catch (TimeoutException e) {
            return Optional.empty();
        }
        return tooltips(robot).map(Tooltip::getText).findFirst();
    }

    private static Stream<Tooltip> tooltips(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing()).map(w -> (Tooltip) w);
    }

    @Test
    void clearingProblemsRemovesMarkersSquigglesAndTheList(FxRobot robot) {
        setText(robot, POLICY);
        robot.interact(() -> editor.setProblems(List.of(EditorProblem.warning(3, 3, "podSelector: {} selects every pod"))));
        assertEquals(1, robot.lookup(".yaml-editor-problem-marker.warning").queryAll().size());
        robot.interact(() -> editor.setProblems(List.of()));
        assertTrue(robot.lookup(".yaml-editor-problem-marker").queryAll().isEmpty());
        assertTrue(robot.lookup(".text.yaml-problem-warning").queryAll().isEmpty());
        assertFalse(robot.lookup("#yaml-editor-problems").query().isVisible());
    }

    @Test
    void clickingAProblemMovesTheCaretThereAndFocusesTheText(FxRobot robot) {
        setText(robot, POLICY);
        robot.interact(() -> editor.setProblems(List.of(
                EditorProblem.warning(3, 3, "first"),
                EditorProblem.error(7, 19, "second"))));
        caretTo(robot, 1, 1);

        robot.clickOn(robot.lookup(".yaml-editor-problem").match(n -> ((javafx.scene.control.Labeled) n).getText().endsWith("second"))
                .queryAs(Node.class));

        assertEquals(7, editor.getCaretLine());
        assertEquals(19, editor.getCaretColumn());
        assertTrue(area(robot).isFocused());
    }

    @Test
    void tabInsertsTwoSpacesAndShiftTabTakesThemAway(FxRobot robot) {
        setText(robot, "port: 80");
        caretTo(robot, 1, 1);
        robot.type(KeyCode.TAB);
        assertEquals("  port: 80", editor.getText());
        assertEquals(3, editor.getCaretColumn());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("port: 80", editor.getText());
    }

    @Test
    void controlTabLeavesTheEditorForKeyboardUsers(FxRobot robot) {
        Button previous = new Button("previous");
        Button next = new Button("next");
        robot.interact(() -> {
            StackPane root = (StackPane) editor.getParent();
            root.getChildren().add(0, new VBox(previous));
            root.getChildren().add(new VBox(new Region(), next));
            editor.setText("a: 1");
            editor.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertTrue(next.isFocused(), "Ctrl+Tab moved on, focus owner: " + editor.getScene().getFocusOwner());
        robot.interact(editor::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(previous.isFocused(), "Ctrl+Shift+Tab moved back, focus owner: " + editor.getScene().getFocusOwner());
        assertEquals("a: 1", editor.getText(), "no tab character typed");
    }

    @Test
    void enterAfterAKeyThatOpensAMappingIndents(FxRobot robot) {
        setText(robot, "spec:");
        caretTo(robot, 1, 6);
        robot.type(KeyCode.ENTER);
        robot.write("podSelector:");
        robot.type(KeyCode.ENTER);
        robot.write("matchLabels: {}");
        robot.type(KeyCode.ENTER);
        robot.write("x");
        assertEquals("spec:\n  podSelector:\n    matchLabels: {}\n    x", editor.getText());
    }

    @Test
    void controlSlashTogglesCommentsOnTheSelectedLines(FxRobot robot) {
        setText(robot, "a: 1\n  b: 2");
        robot.interact(() -> {
            area(robot).selectAll();
            editor.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        assertEquals("# a: 1\n#   b: 2", editor.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        assertEquals("a: 1\n  b: 2", editor.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("# a: 1\n#   b: 2", editor.getText(), "one Ctrl+Z undoes one toggle");
    }

    @Test
    void pastedTabsBecomeSpaces(FxRobot robot) {
        setText(robot, "spec:\n");
        caretTo(robot, 2, 1);
        paste(robot, "\tpodSelector: {}\r\n\tingress: []");
        assertEquals("spec:\n  podSelector: {}\n  ingress: []", editor.getText());
    }

    @Test
    void aBlockPastedOnAnIndentedBlankLineKeepsTheIndentationItWasCopiedWith(FxRobot robot) {
        setText(robot, "spec:");
        caretTo(robot, 1, 6);
        robot.type(KeyCode.ENTER); // the editor indents the new line by two
        paste(robot, "  podSelector: {}\n  policyTypes:\n  - Ingress");
        assertEquals("spec:\n  podSelector: {}\n  policyTypes:\n  - Ingress", editor.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        // The paste replaced the indentation Enter typed, so one undo takes back both.
        assertEquals("spec:", editor.getText().stripTrailing(), "one Ctrl+Z undoes the paste");
    }

    @Test
    void aLinePastedAfterWordsGoesWhereTheCaretIs(FxRobot robot) {
        setText(robot, "  port: ");
        caretTo(robot, 1, 9);
        paste(robot, " 8080");
        assertEquals("  port:  8080", editor.getText(), "after words, nothing before the caret is replaced");
    }

    @Test
    void undoWorksWithinADocumentButNotAcrossSetText(FxRobot robot) {
        setText(robot, "a: 1");
        caretTo(robot, 1, 5);
        robot.write("23");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("a: 1", editor.getText(), "Ctrl+Z undoes typing");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("a: 123", editor.getText(), "Ctrl+Shift+Z redoes it");

        setText(robot, "b: 2");
        robot.interact(editor::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("b: 2", editor.getText(), "Ctrl+Z after setText must not bring back the previous document");

        caretTo(robot, 1, 5);
        robot.write("0");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("b: 2", editor.getText(), "undo stops at the start of the new document");
    }

    @Test
    void readOnlyHidesCaretAndProblemListAndIgnoresTyping(FxRobot robot) throws Exception {
        setText(robot, POLICY);
        robot.interact(() -> {
            editor.setProblems(List.of(EditorProblem.error(1, 1, "x")));
            editor.setReadOnly(true);
        });
        assertFalse(robot.lookup("#yaml-editor-problems").query().isVisible());
        robot.clickOn("#yaml-editor-area");
        assertTrue(FxThread.call(() -> area(robot).isFocused()), "the click gives it the focus");
        assertFalse(FxThread.call(() -> area(robot).getCaretSelectionBind().getUnderlyingCaret().isVisible()),
                "but no caret shows in a block to read");
        robot.write("zzz");
        assertEquals(POLICY, editor.getText());
        assertTrue(editor.getStyleClass().contains("yaml-editor"));
        assertTrue(editor.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("read-only")));
    }

    @Test
    void aReadOnlyBlockInALessonPageShowsAllItsLines(FxRobot robot) {
        String block = "a: 1\n".repeat(20) + "end: 1";
        robot.interact(() -> {
            editor.setText(block);
            editor.setReadOnly(true);
            Scene scene = editor.getScene();
            ScrollPane page = new ScrollPane(new VBox(editor));
            page.setFitToWidth(true);
            scene.setRoot(page);
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(21, area(robot).getVisibleParagraphs().size(), "the page scrolls, not the block");
    }

    @Test
    void aKeystrokeInALongDocumentRestylesOnlyTheLinesItChanged(FxRobot robot) {
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            doc.append("- name: rule-").append(i).append('\n')
                    .append("  port: ").append(8000 + i).append('\n')
                    .append("  enabled: true\n")
                    .append("  cidr: 10.0.0.0/8\n")
                    .append("  # note ").append(i).append('\n');
        }
        setText(robot, doc.toString());
        int[] styleOnlyChanges = {0};
        robot.interact(() -> area(robot).richChanges()
                .filter(c -> c.toPlainTextChange().isIdentity())
                .subscribe(c -> styleOnlyChanges[0]++));
        caretTo(robot, 152, 13);
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(styleOnlyChanges[0] <= 1, "restyled " + styleOnlyChanges[0] + " paragraphs for one keystroke");
        assertEquals(Set.of("8030x"), textsStyled(robot, "yaml-string").stream().filter(t -> t.startsWith("8030")).collect(Collectors.toSet()),
                "the edited value is re-coloured: no longer a number");
    }

    private static Set<String> textsStyled(FxRobot robot, String styleClass) {
        return robot.lookup(".text." + styleClass).queryAllAs(Text.class).stream().map(Text::getText).collect(Collectors.toSet());
    }

    private static String lineNumberBeside(Node marker) {
        Parent gutter = marker.getParent().getParent();
        return gutter.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText().trim())
                .findFirst().orElse("");
    }
}
