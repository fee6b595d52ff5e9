package io.netpoldojo.ui.present;

import io.netpoldojo.ui.ShortcutRegistry;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * The stage's keys, wherever the focus is: on the stage (a clicked arrow focuses the canvas, which
 * would otherwise scroll on the arrow keys) and in the presenter window. The registry is the one
 * list of them, so the help shows exactly these.
 */
final class StageKeys {
    private StageKeys() {}

    static void forward(Node node, ShortcutRegistry shortcuts, String scope) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> run(e, shortcuts, scope));
    }

    static void forward(Scene scene, ShortcutRegistry shortcuts, String scope) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> run(e, shortcuts, scope));
    }

    private static void run(KeyEvent e, ShortcutRegistry shortcuts, String scope) {
        shortcuts.find(e, scope)
                .filter(s -> s.scope().equals(scope))
                .ifPresent(s -> {
                    e.consume();
                    s.action().orElseThrow().run();
                });
    }
}
