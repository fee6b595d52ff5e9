package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.synthesis.Intent;
import io.netpoldojo.ui.playground.model.IntentDrawing;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The card shown while drawing the intent: what to do, how much is allowed so far, and the
 * buttons to start over, write the policies (shown first in {@link IntentResultDialog}) or stop.
 */
public final class IntentPanel extends VBox {
    public IntentPanel(IntentDrawing intent, Node owner) {
        super(8);
        setId("intent-panel");
        getStyleClass().addAll("explanation-card", "intent-card");
        Label title = new Label("Draw the intent");
        title.getStyleClass().add("explanation-title");
        Label help = new Label("Click an arrow to say it must be allowed (blue) or denied (grey, dashed)."
                + " Everything not drawn is denied. Then let the app write the NetworkPolicies for it.");
        help.setWrapText(true);
        help.getStyleClass().add("explanation-sentence");
        Label count = new Label();
        count.setId("intent-count");
        count.getStyleClass().add("explanation-port");
        count.setWrapText(true);
        Runnable refresh = () -> count.setText(summary(intent.intentProperty().get()));
        intent.intentProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        Button fromCanvas = button("Reset to the canvas", "intent-reset", intent::startFromCanvas);
        fromCanvas.setTooltip(new Tooltip("Allow exactly what the canvas's policies allow now"));
        Button clear = button("Deny all", "intent-clear", intent::clear);
        CheckBox egress = new CheckBox("Default deny egress too");
        egress.setId("intent-egress");
        egress.selectedProperty().bindBidirectional(intent.isolateEgressProperty());
        egress.setTooltip(new Tooltip("Isolate every pod for egress as well, so each allowed connection gets a rule"
                + " at both ends (the usual default-deny-all). Off: egress is isolated only where it must be."));
        Button write = button("Write the policies\u2026", "intent-generate",
                () -> IntentResultDialog.show(owner, intent.synthesize(), intent.intentProperty().get())
                        .ifPresent(intent::apply));
        write.setDefaultButton(false);
        write.getStyleClass().add("accent");
        Button done = button("Done", "intent-done", intent::stop);
        HBox start = new HBox(8, fromCanvas, clear);
        HBox finish = new HBox(8, write, done);
        start.setAlignment(Pos.CENTER_LEFT);
        finish.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, help, count, start, egress, finish);
        setMaxHeight(USE_PREF_SIZE);
        visibleProperty().bind(intent.activeProperty());
        managedProperty().bind(intent.activeProperty());
    }

    private static String summary(Intent intent) {
        long arrows = intent.allowed().stream().map(f -> f.fromId() + "\u0000" + f.toId()).distinct().count();
        int flows = intent.allowed().size();
        return arrows + " arrow" + (arrows == 1 ? "" : "s") + " allowed (" + flows + " connection"
                + (flows == 1 ? "" : "s") + " on their ports); the rest denied";
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
