package io.netpoldojo.ui.learn;

import java.util.function.DoubleConsumer;
import javafx.scene.Node;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse wheel over a code block or a diagram scrolls the lesson, not the block: the YAML
 * editor and the canvas would take the wheel for themselves (the editor even when it has
 * nothing to scroll), and the reader would get stuck on them. A filter, so it runs before theirs.
 * Ctrl (Cmd) with the wheel is left to the node.
 */
final class PageWheel {
    private PageWheel() {}

    static void install(Node node, DoubleConsumer scrollPage) {
        node.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (!e.isShortcutDown() && e.getDeltaY() != 0) {
                scrollPage.accept(-e.getDeltaY());
                e.consume();
            }
        });
    }
}
