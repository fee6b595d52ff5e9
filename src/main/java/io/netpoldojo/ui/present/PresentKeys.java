package io.netpoldojo.ui.present;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Present mode's keys. Presentation clickers send Right/Left or Page Down/Page Up (some Space),
 * and "B" or "." for a black screen; all are plain keys, so they work on any layout.
 */
final class PresentKeys {
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT);
    static final KeyCombination NEXT_SPACE = new KeyCodeCombination(KeyCode.SPACE);
    static final KeyCombination NEXT_PAGE = new KeyCodeCombination(KeyCode.PAGE_DOWN);
    static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT);
    static final KeyCombination BACK_PAGE = new KeyCodeCombination(KeyCode.PAGE_UP);
    static final KeyCombination FIRST = new KeyCodeCombination(KeyCode.HOME);
    static final KeyCombination LAST = new KeyCodeCombination(KeyCode.END);
    static final KeyCombination BLANK = new KeyCodeCombination(KeyCode.B);
    static final KeyCombination BLANK_PERIOD = new KeyCodeCombination(KeyCode.PERIOD);
    static final KeyCombination NOTES = new KeyCodeCombination(KeyCode.N);
    static final KeyCombination LIVE = new KeyCodeCombination(KeyCode.E);
    static final KeyCombination LARGER = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ACTUAL_SIZE = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FULL_SCREEN = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination PRESENTER = new KeyCodeCombination(KeyCode.P);
    /** The code's own size: Ctrl+Shift with the stage's size keys. */
    static final KeyCombination CODE_LARGER = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination CODE_SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /**
     * Esc, with or without Shift. The frame lists a bare Esc for closing its panels (and closes an
     * open panel before any place hears the key); a different combination is what lets this
     * place register Esc for its own action without clashing with that entry.
     */
    static final KeyCombination LEAVE = new KeyCodeCombination(KeyCode.ESCAPE, KeyCombination.SHIFT_ANY);

    private PresentKeys() {}

    /** "→", "Space", "Esc": a key as the platform writes it. */
    static String text(KeyCombination keys) {
        return keys.getDisplayText();
    }
}
