package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.ui.Themes;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Gives a dialog its owner window and the owner's look: the theme's sheets, dark or light, and the Playground's. */
final class DialogLook {
    private DialogLook() {}

    /** Loads one of this package's FXML forms with {@code controller} as its controller. */
    static javafx.scene.layout.Region load(String fxml, Object controller) {
        javafx.fxml.FXMLLoader loader = new javafx.fxml.FXMLLoader(DialogLook.class.getResource(fxml));
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(fxml + " is part of the app and must load", e);
        }
    }

    static void adopt(Dialog<?> dialog, Node owner) {
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window != null) {
            dialog.initOwner(window);
        }
        var pane = dialog.getDialogPane();
        if (owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
            boolean dark = owner.getScene().getRoot() != null
                    && owner.getScene().getRoot().getPseudoClassStates().contains(Themes.DARK);
            pane.pseudoClassStateChanged(Themes.DARK, dark);
        }
        pane.getStylesheets().add(DialogLook.class.getResource("/io/netpoldojo/ui/playground/playground.css")
                .toExternalForm());
        pane.getStyleClass().add("dojo-dialog");
    }
}
