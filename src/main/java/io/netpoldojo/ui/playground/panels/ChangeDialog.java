package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.synthesis.Flow;
import io.netpoldojo.synthesis.ProposedChange;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/**
 * Opens a {@link ChangeForm} as a dialog (ChangeDialog.fxml); returns the change on the button
 * that names it, which stays disabled while there is nothing to change or the port is not one.
 */
public final class ChangeDialog {
    private ChangeDialog() {}

    public static Optional<ProposedChange> show(Node owner, ChangeForm form, Predicate<Flow> onTheCanvas) {
        Region content = DialogLook.load("ChangeDialog.fxml", new ChangeDialogController(form, onTheCanvas));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        DialogLook.adopt(dialog, owner);
        dialog.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(form.applyText(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("change-apply");
        applyButton.textProperty().bind(form.applyTextProperty()); // it names the way chosen
        applyButton.disableProperty().bind(form.canApplyProperty().not());
        dialog.setResizable(true);
        return dialog.showAndWait().filter(b -> b == apply).flatMap(b -> Optional.ofNullable(form.changeProperty().get()));
    }
}
