package io.netpoldojo.ui.editor;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.consumeWhen;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CaretSelectionBind;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * YAML-friendly keys: Tab and Shift+Tab indent by two spaces, Enter keeps (or deepens) the
 * indentation, Ctrl+/ toggles "# " comments. Each edit is one replace, so one Ctrl+Z undoes it.
 * When the area is not editable the keys fall through (Tab then moves focus as usual).
 */
final class YamlKeys {
    private final CodeArea area;
    private final YamlHighlighter highlighter;
    private final Node exitBefore;
    private final Node exitAfter;

    private YamlKeys(CodeArea area, YamlHighlighter highlighter, Node exitBefore, Node exitAfter) {
        this.area = area;
        this.highlighter = highlighter;
        this.exitBefore = exitBefore;
        this.exitAfter = exitAfter;
    }

    /**
     * {@code exitBefore} and {@code exitAfter} are unfocusable nodes just before and just after the
     * area in focus order; Ctrl+Tab and Ctrl+Shift+Tab move focus on from them.
     */
    static void install(CodeArea area, YamlHighlighter highlighter, Node exitBefore, Node exitAfter) {
        YamlKeys keys = new YamlKeys(area, highlighter, exitBefore, exitAfter);
        Nodes.addInputMap(area, sequence(
                consumeWhen(keyPressed(KeyCode.TAB), area::isEditable, e -> keys.tab()),
                consumeWhen(keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN), area::isEditable, e -> keys.apply(LineEdits::outdent)),
                consumeWhen(keyPressed(KeyCode.ENTER), area::isEditable, e -> keys.enter()),
                consumeWhen(keyPressed(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN), area::isEditable, e -> keys.apply(LineEdits::toggleComment)),
                consumeWhen(keyPressed(KeyCode.DIVIDE, KeyCombination.SHORTCUT_DOWN), area::isEditable, e -> keys.apply(LineEdits::toggleComment)),
                consume(keyPressed(KeyCode.TAB, KeyCombination.CONTROL_DOWN), e -> keys.leave(false)),
                consume(keyPressed(KeyCode.TAB, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN), e -> keys.leave(true))));
    }

    /**
     * Ctrl+Tab leaves the editor, as in a JavaFX TextArea, since Tab itself indents. JavaFX 21 has
     * no public "move focus on" call, so a plain Tab is fired at a marker node beside the area and
     * the scene's own focus traversal moves on from there. (Fired at the area it would indent.)
     */
    private void leave(boolean backwards) {
        KeyEvent tab = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, backwards, false, false, false);
        Event.fireEvent(backwards ? exitBefore : exitAfter, tab);
    }

    private void tab() {
        CaretSelectionBind<?, ?, ?> bind = area.getCaretSelectionBind();
        if (bind.getAnchorParIndex() != area.getCurrentParagraph()) {
            apply(LineEdits::indent);
        } else {
            area.replaceSelection(LineEdits.INDENT);
        }
    }

    private void enter() {
        int start = area.getSelection().getStart();
        var position = area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        String line = area.getParagraph(position.getMajor()).getText();
        area.replaceSelection("\n" + LineEdits.newlineIndent(line, position.getMinor(), highlighter));
        area.requestFollowCaret();
    }

    private interface BlockOperation {
        LineEdits.BlockEdit edit(List<String> lines, LineEdits.Position anchor, LineEdits.Position caret);
    }

    private void apply(BlockOperation operation) {
        CaretSelectionBind<?, ?, ?> bind = area.getCaretSelectionBind();
        List<String> lines = new ArrayList<>(area.getParagraphs().size());
        area.getParagraphs().forEach(p -> lines.add(p.getText()));
        LineEdits.BlockEdit edit = operation.edit(lines,
                new LineEdits.Position(bind.getAnchorParIndex(), bind.getAnchorColPosition()),
                new LineEdits.Position(area.getCurrentParagraph(), area.getCaretColumn()));
        int lastLength = area.getParagraphLength(edit.lastLine());
        // A block edit is its own undo step: merged with the typing before it, or with a second
        // toggle right after it (which would cancel out to nothing), one Ctrl+Z would undo too much.
        area.getUndoManager().preventMerge();
        area.replaceText(edit.firstLine(), 0, edit.lastLine(), lastLength, String.join("\n", edit.replacement()));
        area.getUndoManager().preventMerge();
        bind.selectRange(edit.anchor().line(), edit.anchor().column(), edit.caret().line(), edit.caret().column());
    }
}
