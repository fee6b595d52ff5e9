package io.netpoldojo.ui.editor;

import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ListProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * A YAML editor to embed: line numbers, syntax colours, problem markers with a clickable list,
 * two-space indentation keys, undo/redo. Bind {@link #textProperty()} both ways to a view-model and
 * feed {@link #problemsProperty()} from the loader's diagnostics; set {@link #readOnlyProperty()}
 * for a code block in a lesson.
 *
 * <p>Style hooks: {@code .yaml-editor} (with {@code :read-only}), {@code .code-area},
 * {@code .yaml-editor-gutter}, {@code .yaml-editor-problem-marker.error|.warning},
 * {@code #yaml-editor-problems} holding {@code .yaml-editor-problem} entries, and text classes
 * {@code yaml-key}, {@code yaml-string}, ... from {@link YamlHighlighter}.
 */
public class YamlEditor extends VBox {
    public static final String STYLE_CLASS = "yaml-editor";
    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");
    /** Preferred code fonts, first one installed wins; JavaFX's logical "Monospaced" is Courier New on Windows. */
    private static final List<String> CODE_FONTS = List.of("JetBrains Mono", "Cascadia Mono", "Consolas", "SF Mono",
            "Menlo", "DejaVu Sans Mono", "Liberation Mono", "Monospaced");

    private final YamlHighlighter highlighter = new YamlHighlighter();
    private final YamlCodeArea area = new YamlCodeArea();
    private final VirtualizedScrollPane<YamlCodeArea> scrollPane = new VirtualizedScrollPane<>(area);
    private final SyntaxStyler styler = new SyntaxStyler(area, highlighter);
    private final EditorGutter gutter = new EditorGutter(area);
    private final ProblemList problemList = new ProblemList(this::goTo);
    private final Region focusExitBefore = focusExit();
    private final Region focusExitAfter = focusExit();

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly", false);
    private final ListProperty<EditorProblem> problems =
            new SimpleListProperty<>(this, "problems", FXCollections.observableArrayList());
    /** True while one side of the text binding writes the other, so neither echoes back. */
    private boolean syncingText;

    public YamlEditor() {
        this("");
    }

    public YamlEditor(String initialText) {
        buildView();
        bindText();
        bindModes();
        problems.addListener((InvalidationListener) o -> showProblems());
        area.multiPlainChanges().subscribe(changes -> styler.restyle());
        YamlKeys.install(area, highlighter, focusExitBefore, focusExitAfter);
        // A CodeArea builds the cell of its first, empty paragraph before it is in a scene, and
        // Flowless styles that cell while the scene is still being attached, before the root has
        // its .root class: every theme colour lookup then fails with a logged warning. Replacing
        // that paragraph first drops the early cell; the real cells come with the first layout.
        area.replaceText(" ");
        area.getUndoManager().forgetHistory();
        replaceDocument(initialText);
    }

    private void buildView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(YamlEditor.class.getResource("yaml-editor.css").toExternalForm());
        area.setStyle("-fx-font-family: '" + codeFont() + "';");
        area.setId("yaml-editor-area");
        VBox.setVgrow(scrollPane, Priority.ALWAYS);
        getChildren().addAll(focusExitBefore, scrollPane, focusExitAfter, problemList);
    }

    /** The code font: the first of the preferred ones that is installed (other code views use it too). */
    public static String codeFont() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return CODE_FONTS.stream().filter(installed::contains).findFirst().orElse("Monospaced");
    }

    /** An invisible, unfocusable place in focus order from which Ctrl+Tab moves on (see {@link YamlKeys}). */
    private static Region focusExit() {
        Region exit = new Region();
        exit.setManaged(false);
        exit.setMouseTransparent(true);
        exit.setFocusTraversable(false);
        return exit;
    }

    private void bindText() {
        area.textProperty().addListener((obs, old, now) -> {
            if (!syncingText && !text.isBound()) {
                syncingText = true;
                try {
                    text.set(now);
                } finally {
                    syncingText = false;
                }
            }
        });
        text.addListener((obs, old, now) -> {
            if (!syncingText) {
                replaceDocument(now);
            }
        });
    }

    /**
     * Text set from outside is a different document (another policy, a reset challenge): it
     * replaces the area's text and forgets the undo history, so Ctrl+Z cannot undo into the
     * previous document. The same text again is no change at all and leaves the caret alone.
     */
    private void replaceDocument(String newText) {
        String normalized = newText == null ? "" : newText.replace("\r\n", "\n").replace('\r', '\n');
        syncingText = true;
        try {
            if (!normalized.equals(area.getText())) {
                area.replaceText(normalized);
                area.getUndoManager().forgetHistory();
                area.moveTo(0);
                area.requestFollowCaret();
            }
            if (!text.isBound()) {
                text.set(normalized);
            }
        } finally {
            syncingText = false;
        }
    }

    private void bindModes() {
        area.editableProperty().bind(editable.and(readOnly.not()));
        problemList.visibleProperty().bind(readOnly.not().and(problems.emptyProperty().not()));
        problemList.managedProperty().bind(problemList.visibleProperty());
        // A code block in a lesson is as tall as its text; the page scrolls, not the block.
        area.autoHeightProperty().bind(readOnly);
        readOnly.addListener((obs, was, now) -> applyReadOnly(now));
    }

    /**
     * A read-only block shows no caret because its area is not editable (RichTextFX's automatic
     * caret blinks only in a focused, editable area). Setting the caret OFF instead subscribed it
     * to a stream RichTextFX keeps in a static field, which then held every code block ever shown,
     * and with it its window, for the rest of the run.
     */
    private void applyReadOnly(boolean on) {
        pseudoClassStateChanged(READ_ONLY, on);
    }

    private void showProblems() {
        ProblemIndex index = new ProblemIndex(List.copyOf(problems));
        styler.setProblems(index);
        gutter.setProblems(index);
        problemList.setProblems(index.all());
    }

    /**
     * The document; bind it both ways to a view-model's property. Typing updates it; a different
     * value set from outside is a new document (caret to the start, undo history forgotten), so a
     * view-model should store the text as given rather than reformat it on every change.
     */
    public final StringProperty textProperty() {
        return text;
    }

    public final String getText() {
        return text.get();
    }

    public final void setText(String value) {
        text.set(value);
    }

    /** False locks the text (for example while a quiz answer is being graded); problems still show. */
    public final BooleanProperty editableProperty() {
        return editable;
    }

    public final boolean isEditable() {
        return editable.get();
    }

    public final void setEditable(boolean value) {
        editable.set(value);
    }

    /** A code block to read (Learn): not editable, no caret, no problem list, as tall as its text. */
    public final BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public final boolean isReadOnly() {
        return readOnly.get();
    }

    public final void setReadOnly(boolean value) {
        readOnly.set(value);
    }

    /**
     * Problems to mark, with 1-based line and column in the text they were found in. They stay
     * where they are while the user types; the host re-validates (debounced) and sets new ones.
     */
    public final ListProperty<EditorProblem> problemsProperty() {
        return problems;
    }

    public final ObservableList<EditorProblem> getProblems() {
        return problems.get();
    }

    public final void setProblems(List<EditorProblem> value) {
        problems.setAll(value);
    }

    /** The caret's line, 1-based. */
    public int getCaretLine() {
        return area.getCurrentParagraph() + 1;
    }

    /** The caret's column, 1-based. */
    public int getCaretColumn() {
        return area.getCaretColumn() + 1;
    }

    /** Puts the caret at a 1-based line and column (clamped to the text) and scrolls it into view. */
    public void moveCaretTo(int line, int column) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        int col = Math.max(0, Math.min(column - 1, area.getParagraphLength(paragraph)));
        area.moveTo(paragraph, col);
        area.requestFollowCaret();
    }

    /** Moves the caret to a problem and gives the editor the keyboard, as a click on its list entry does. */
    public void goTo(EditorProblem problem) {
        moveCaretTo(problem.line(), problem.column());
        area.requestFocus();
    }

    /** Focus goes to the text, not to this container. */
    @Override
    public void requestFocus() {
        area.requestFocus();
    }
}
