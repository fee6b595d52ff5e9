package io.netpoldojo.ui.quiz;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a node into view inside the scroll pane that holds it, by as little as it takes: the
 * feedback that appears under an answer, or a hint under the feedback, is seen without the
 * learner hunting for it, and what they read above stays in place when it fits.
 */
final class Reveal {
    private Reveal() {}

    static void node(Node node) {
        span(node, node);
    }

    /**
     * Scrolls from the top of {@code first} to the foot of {@code last} (a node inside it, or below
     * it in the same pane) into view; when that is taller than the view, its top. What {@code first}
     * holds below {@code last} may stay out of view.
     */
    static void span(Node first, Node last) {
        ScrollPane scroll = enclosing(first);
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        // Lay out now, so the new node has its size before the scroll position is worked out.
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        Bounds head = content.sceneToLocal(first.localToScene(first.getLayoutBounds()));
        Bounds foot = content.sceneToLocal(last.localToScene(last.getLayoutBounds()));
        Bounds target = head == null || foot == null ? null : new javafx.geometry.BoundingBox(head.getMinX(),
                head.getMinY(), head.getWidth(), foot.getMaxY() - head.getMinY());
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (target == null || scrollable <= 0) {
            return;
        }
        double top = scroll.getVvalue() * scrollable;
        double wanted = top;
        if (target.getHeight() > viewport || target.getMinY() < top) {
            wanted = target.getMinY();
        } else if (target.getMaxY() > top + viewport) {
            wanted = target.getMaxY() - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / scrollable)));
    }

    private static ScrollPane enclosing(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }
}
