package io.netpoldojo.ui.present;

import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.Workspace;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Off the script: what the teacher can change by hand (drag pods on the canvas, switch policies
 * on and off here) and the way back to the script's step.
 */
final class LivePanel extends VBox {
    private final Presentation presentation;
    private final Label where = new Label();
    private final VBox policies = new VBox(6);

    /** @param liveKeys the key that returns to the script, for the text */
    LivePanel(Presentation presentation, String liveKeys) {
        this.presentation = presentation;
        setId("present-live");
        getStyleClass().addAll("present-card", "present-live");
        Label title = new Label("Editing live");
        title.getStyleClass().add("present-live-title");
        where.setWrapText(true);
        where.getStyleClass().add("present-hint");
        Button back = new Button("Back to the script (" + liveKeys + ")");
        back.setId("present-live-back");
        back.setFocusTraversable(false);
        back.setOnAction(e -> presentation.toggleLive());
        policies.setId("present-live-policies");
        getChildren().addAll(title, where, policies, back);

        InvalidationListener refresh = o -> refresh();
        presentation.liveProperty().addListener(refresh);
        presentation.canvas().workspaceProperty().addListener(refresh);
        refresh();
    }

    private void refresh() {
        boolean live = presentation.liveProperty().get();
        setVisible(live);
        setManaged(live);
        if (!live) {
            return;
        }
        where.setText("Drag pods on the canvas; switch policies on or off below. The script waits at step "
                + (presentation.stepProperty().get() + 1) + " and puts its state back when you return.");
        Workspace ws = presentation.canvas().workspace();
        policies.getChildren().clear();
        for (PolicyDraft d : ws.policies()) {
            CheckBox box = new CheckBox(presentation.policyLabel(d));
            box.setId("present-live-policy-" + d.key());
            box.setFocusTraversable(false);
            box.setSelected(d.enabled());
            box.setOnAction(e -> presentation.setPolicyEnabled(d.key(), box.isSelected()));
            policies.getChildren().add(box);
        }
    }
}
