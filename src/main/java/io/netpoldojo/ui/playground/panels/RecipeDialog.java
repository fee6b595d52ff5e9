package io.netpoldojo.ui.playground.panels;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/** Opens a recipe as a dialog (RecipeDialog.fxml over a {@link RecipeForm}); returns the YAML to add on confirm. */
public final class RecipeDialog {
    private RecipeDialog() {}

    public static Optional<List<String>> show(Node owner, RecipeForm form) {
        Region content = DialogLook.load("RecipeDialog.fxml", new RecipeDialogController(form));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        DialogLook.adopt(dialog, owner);
        dialog.getDialogPane().setContent(content);
        ButtonType add = new ButtonType("Add to the canvas", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        addButton.setId("recipe-add");
        addButton.disableProperty().bind(form.validProperty().not());
        dialog.setResizable(true);
        return dialog.showAndWait().filter(b -> b == add).map(b -> form.documents());
    }
}
