package io.netpoldojo.ui.quiz;

import java.util.Optional;
import javafx.scene.Node;

/** The view of one question, replaced by the next one's; it lets go of the models it listened to. */
interface QuestionPane {
    Node node();

    /**
     * Where the keyboard goes when the question shows: the YAML editor for a policy. Empty means
     * the question screen itself, outside any scroll pane, since a scroll pane takes Space for
     * itself and Space must reach the quiz's shortcut.
     */
    Optional<Node> focusTarget();

    void dispose();
}
