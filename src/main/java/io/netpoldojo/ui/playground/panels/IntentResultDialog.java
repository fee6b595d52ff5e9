package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.synthesis.Intent;
import io.netpoldojo.synthesis.PolicyYaml;
import io.netpoldojo.synthesis.SynthesisResult;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The policies written for an intent, before they replace the canvas's: the engine's check first
 * (the matrix equals the intent, or which connections v1 cannot give and why), remarks, then each
 * policy with its sentences and YAML.
 */
public final class IntentResultDialog {
    private IntentResultDialog() {}

    /** Shows the result; the result again when the person chooses to apply it. */
    public static Optional<SynthesisResult> show(Node owner, SynthesisResult result, Intent intent) {
        Dialog<ButtonType> dialog = new Dialog<>();
        String title = "Policies for the intent (" + intent.allowed().size() + " allowed connections)";
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        DialogLook.adopt(dialog, owner);
        VBox body = new VBox(8);
        body.setId("intent-result");
        body.getStyleClass().add("change-preview");
        Label proof = wrapped(result.proof().summary(), result.exact() ? "change-opens" : "change-closes");
        proof.setId("intent-proof");
        body.getChildren().add(proof);
        if (!result.inexpressible().isEmpty()) {
            StringBuilder sb = new StringBuilder("Not possible with networking.k8s.io/v1 NetworkPolicies, so left"
                    + " denied:");
            result.inexpressible().forEach(x -> sb.append("\n\u2022 ").append(x));
            Label list = wrapped(sb.toString(), "change-sentence");
            list.setId("intent-inexpressible");
            body.getChildren().add(list);
        }
        result.notes().forEach(n -> body.getChildren().add(wrapped(n, "change-nothing")));
        for (SynthesisResult.GeneratedPolicy p : result.policies()) {
            body.getChildren().add(wrapped(p.policy().name() + " in namespace " + p.policy().namespace(),
                    "change-policy"));
            p.sentences().forEach(s -> body.getChildren().add(wrapped(s, "change-sentence")));
            VBox yaml = new VBox();
            yaml.getStyleClass().add("change-diff");
            PolicyYaml.write(p.policy()).lines().forEach(line -> {
                Label l = new Label(line);
                l.getStyleClass().addAll("diff-line", "diff-same");
                yaml.getChildren().add(l);
            });
            body.getChildren().add(yaml);
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(680);
        scroll.setPrefViewportHeight(460);
        scroll.getStyleClass().add("change-scroll");
        dialog.getDialogPane().setContent(scroll);
        ButtonType replace = new ButtonType("Replace the canvas's policies", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(replace, ButtonType.CANCEL);
        Button apply = (Button) dialog.getDialogPane().lookupButton(replace);
        apply.setId("intent-apply");
        apply.setDisable(!result.proof().holds());
        dialog.setResizable(true);
        return dialog.showAndWait().filter(b -> b == replace).map(b -> result);
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
