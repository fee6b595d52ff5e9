package io.netpoldojo.ui.quiz;

import javafx.scene.Node;

/** The view of one question, replaced by the next one's; it lets go of the models it listened to. */
interface QuestionPane {
    Node node();

    /** Where the keyboard goes when the question shows: the YAML editor for a policy, the pane otherwise. */
    Node focusTarget();

    void dispose();
}
