package io.netpoldojo.ui.editor;

import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.CodeArea;

/** The code area, with pasting that cannot bring in a tab: YAML forbids tabs for indentation. */
final class YamlCodeArea extends CodeArea {
    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (isEditable() && clipboard.hasString()) {
            replaceSelection(LineEdits.normalizeInserted(clipboard.getString()));
        }
    }
}
