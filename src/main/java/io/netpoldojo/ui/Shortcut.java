package io.netpoldojo.ui;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;
import javafx.scene.input.KeyEvent;

/**
 * One keyboard shortcut as the help overlay lists it.
 *
 * @param keys        the key combination
 * @param description what it does, in a few words ("Switch to Playground")
 * @param scope       {@link ShortcutRegistry#EVERYWHERE} or the id of the place where it works
 * @param action      what to run; empty when something else handles the keys (a menu item's
 *                    accelerator, a control's own key handling) and the entry is only listed
 */
public record Shortcut(KeyCombination keys, String description, String scope, Optional<Runnable> action) {
    public Shortcut {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(action, "action");
    }

    /** The keys as the platform writes them ("Ctrl+1" here, "⌘1" on a Mac). */
    public String keysText() {
        return keys.getDisplayText();
    }

    /**
     * Whether this key event means this shortcut. Character shortcuts such as {@code ?} are
     * matched on the typed character, so they work whatever the keyboard layout; the rest on
     * the pressed key.
     */
    boolean matches(KeyEvent event) {
        if (keys instanceof KeyCharacterCombination) {
            return event.getEventType() == KeyEvent.KEY_TYPED
                    && ((KeyCharacterCombination) keys).getCharacter().equals(event.getCharacter())
                    // Shift is how the character was typed, so it is not compared.
                    && modifierMatches(keys.getControl(), event.isControlDown())
                    && modifierMatches(keys.getAlt(), event.isAltDown())
                    && modifierMatches(keys.getMeta(), event.isMetaDown())
                    && modifierMatches(keys.getShortcut(), event.isShortcutDown());
        }
        return event.getEventType() == KeyEvent.KEY_PRESSED && keys.match(event);
    }

    /**
     * True when no Ctrl, Alt, Meta or Shortcut key is part of it ({@code [}, {@code ]}, Delete, a
     * digit, Space): such keys belong to a text field or editor that has the focus.
     */
    boolean isUnmodified() {
        return keys.getControl() != ModifierValue.DOWN
                && keys.getAlt() != ModifierValue.DOWN
                && keys.getMeta() != ModifierValue.DOWN
                && keys.getShortcut() != ModifierValue.DOWN;
    }

    private static boolean modifierMatches(ModifierValue wanted, boolean down) {
        return wanted == ModifierValue.ANY || (wanted == ModifierValue.DOWN) == down;
    }
}
