package io.netpoldojo.ui.quiz;

import io.netpoldojo.ui.ShortcutRegistry;
import io.netpoldojo.ui.editor.YamlEditor;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keys that take a whole quiz without a mouse, registered in the shortcut registry for the
 * Quiz place so the help lists them: 1 to 9 pick an answer, 0 says "I don't know", Space toggles the highlighted one in
 * multiple choice, Enter checks or goes on, Ctrl+Enter checks a policy from inside the editor.
 * The plain keys do nothing while the keyboard is in a text field or the YAML editor, where they
 * are typing.
 */
final class QuizKeys {
    static final KeyCombination CHECK_FROM_EDITOR = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private QuizKeys() {}

    /**
     * @param scene the scene of the place's view, once it has one
     */
    static void register(ShortcutRegistry shortcuts, String placeId, QuizModel model, Supplier<Scene> scene) {
        for (int i = 0; i < DIGITS.length; i++) {
            int index = i;
            shortcuts.register(placeId, new KeyCodeCombination(DIGITS[i]), "Choose answer 1 to 9 (1 = yes, 2 = no)",
                    () -> unlessTyping(scene, () -> model.choose(index)));
        }
        shortcuts.register(placeId, new KeyCodeCombination(KeyCode.DIGIT0), "I don't know (shows the answer)",
                () -> unlessTyping(scene, model::dontKnow));
        shortcuts.register(placeId, new KeyCodeCombination(KeyCode.SPACE),
                "Toggle the highlighted answer (multiple choice)", () -> unlessTyping(scene, model::toggleHighlighted));
        shortcuts.register(placeId, new KeyCodeCombination(KeyCode.ENTER),
                "Check the answer, or go to the next question", () -> unlessTyping(scene, model::enter));
        shortcuts.register(placeId, CHECK_FROM_EDITOR, "Check the policy (also from the YAML editor)", model::submit);
    }

    private static void unlessTyping(Supplier<Scene> scene, Runnable action) {
        if (!typing(scene.get())) {
            action.run();
        }
    }

    /** True when the keyboard is in a text field or the YAML editor. */
    static boolean typing(Scene scene) {
        if (scene == null) {
            return false;
        }
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof YamlEditor) {
                return true;
            }
        }
        return false;
    }
}
