package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The toolkit is started (ApplicationExtension) because matching the Shortcut modifier asks it which key that is. */
@ExtendWith(ApplicationExtension.class)
class ShortcutRegistryTest {
    private static final KeyCombination CTRL_E = new KeyCodeCombination(KeyCode.E, KeyCombination.CONTROL_DOWN);
    private static final Runnable NOTHING = () -> { };

    private final ShortcutRegistry registry = new ShortcutRegistry();

    private static KeyEvent pressed(KeyCode code, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, control, false, false);
    }

    private static KeyEvent typed(String character, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, shift, control, false, false);
    }

    @Test
    void theSameKeysInTheSameScopeAreRefused() {
        registry.register("playground", CTRL_E, "Export", NOTHING);
        assertThrows(IllegalArgumentException.class, () -> registry.register("playground", CTRL_E, "Edit", NOTHING));
    }

    @Test
    void keysTakenEverywhereAreTakenInEveryPlaceAndTheOtherWayRound() {
        registry.register(ShortcutRegistry.EVERYWHERE, CTRL_E, "Everywhere", NOTHING);
        assertThrows(IllegalArgumentException.class, () -> registry.register("quiz", CTRL_E, "Quiz", NOTHING));

        ShortcutRegistry other = new ShortcutRegistry();
        other.register("quiz", CTRL_E, "Quiz", NOTHING);
        assertThrows(IllegalArgumentException.class, () -> other.describe(ShortcutRegistry.EVERYWHERE, CTRL_E, "Everywhere"));
    }

    @Test
    void twoPlacesMayUseTheSameKeysAndTheCurrentPlaceDecides() {
        Runnable export = () -> { };
        Runnable check = () -> { };
        registry.register("playground", CTRL_E, "Export", export);
        registry.register("quiz", CTRL_E, "Check answer", check);

        assertEquals("Export", registry.find(pressed(KeyCode.E, true), "playground").orElseThrow().description());
        assertEquals("Check answer", registry.find(pressed(KeyCode.E, true), "quiz").orElseThrow().description());
        assertEquals(Optional.empty(), registry.find(pressed(KeyCode.E, true), "learn"));
        assertEquals(Optional.empty(), registry.find(pressed(KeyCode.E, false), "quiz"), "the modifier matters");
    }

    @Test
    void describedShortcutsAreListedButNeverRun() {
        registry.describe(ShortcutRegistry.EVERYWHERE, CTRL_E, "Handled by a menu");
        assertEquals(1, registry.all().size());
        assertEquals(Optional.empty(), registry.find(pressed(KeyCode.E, true), "learn"));
    }

    @Test
    void aCharacterShortcutMatchesTheTypedCharacterWhateverShiftDid() {
        Shortcut help = registry.register(ShortcutRegistry.EVERYWHERE, new KeyCharacterCombination("?"), "Help", NOTHING);
        assertTrue(help.matches(typed("?", true, false)));
        assertTrue(help.matches(typed("?", false, false)), "some layouts type ? without shift");
        assertFalse(help.matches(typed("?", true, true)), "Ctrl+? is another shortcut");
        assertFalse(help.matches(typed("/", false, false)));
        assertFalse(help.matches(pressed(KeyCode.SLASH, false)), "matched once, on the typed character");
        assertTrue(help.isUnmodified());
        assertFalse(registry.register(ShortcutRegistry.EVERYWHERE, CTRL_E, "x", NOTHING).isUnmodified());
        assertTrue(registry.register("place", new javafx.scene.input.KeyCodeCombination(KeyCode.OPEN_BRACKET), "step",
                NOTHING).isUnmodified(), "a bare [ belongs to a text field that has the focus");
    }

    @Test
    void theListIsReadOnlyAndFollowsRemovals() {
        Shortcut s = registry.register("quiz", CTRL_E, "Check", NOTHING);
        assertThrows(UnsupportedOperationException.class, () -> registry.all().clear());
        registry.remove(s);
        assertTrue(registry.all().isEmpty());
        registry.register("quiz", CTRL_E, "Check again", NOTHING);
    }
}
