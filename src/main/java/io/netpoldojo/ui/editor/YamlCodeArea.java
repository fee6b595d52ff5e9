package io.netpoldojo.ui.editor;

import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;

/**
 * The code area, with pasting that cannot bring in a tab (YAML forbids tabs for indentation) and
 * keeps the indentation a block was copied with ({@link LineEdits#pasteReplacesBefore}).
 */
final class YamlCodeArea extends CodeArea {
    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (isEditable() && clipboard.hasString()) {
            String text = LineEdits.normalizeInserted(clipboard.getString());
            int start = getSelection().getStart();
            Position at = offsetToPosition(start, Bias.Forward);
            String before = getParagraph(at.getMajor()).getText().substring(0, at.getMinor());
            replaceText(start - LineEdits.pasteReplacesBefore(before, text), getSelection().getEnd(), text);
        }
    }
}
