package io.netpoldojo.ui.present.record;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * "Record as demo" in the Playground: a toolbar button that is also the recording indicator (a red
 * "Recording · 3 steps" while it records) and the same toggle in the Canvas menu. Stopping asks
 * for the demo's title; a recording in which nothing happened is thrown away without a question.
 */
public final class RecordControls {
    private final DemoRecorder recorder;
    private final Consumer<DemoRecorder.Saved> onSaved;
    private final ToggleButton toggle = new ToggleButton();
    private final CheckMenuItem menuItem = new CheckMenuItem("Record as demo");

    /** @param onSaved told of each demo saved (Present lists it, and offers to play it) */
    public RecordControls(DemoRecorder recorder, Consumer<DemoRecorder.Saved> onSaved) {
        this.recorder = recorder;
        this.onSaved = onSaved;
        toggle.setId("record-toggle");
        toggle.getStyleClass().add("record-toggle");
        toggle.getStylesheets().add(RecordControls.class.getResource("record.css").toExternalForm());
        Label dot = new Label("\u25cf");
        dot.getStyleClass().add("record-dot");
        toggle.setGraphic(dot);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> recorder.recordingProperty().get()
                ? "Recording \u00b7 " + recorder.stepsProperty().get() + (recorder.stepsProperty().get() == 1 ? " step"
                : " steps") : "Record", recorder.recordingProperty(), recorder.stepsProperty()));
        toggle.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(recorder.recordingProperty().get()
                ? "Recording a demo: each policy you apply or remove is a step; right-click an arrow to ask the class"
                + " about it. Click to stop and save."
                : "Record as demo: what you apply, remove and ask from now on becomes a demo for Present"),
                recorder.recordingProperty()));
        recorder.recordingProperty().addListener((o, was, now) -> {
            toggle.setSelected(now);
            menuItem.setSelected(now);
            toggle.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("recording"), now);
        });
        toggle.setOnAction(e -> flip());
        menuItem.setId("menu-record-demo");
        menuItem.setOnAction(e -> flip());
    }

    public List<Node> toolbarItems() {
        return List.of(toggle);
    }

    public List<MenuItem> canvasMenuItems() {
        return List.of(menuItem);
    }

    private void flip() {
        if (!recorder.recordingProperty().get()) {
            recorder.start();
        } else if (!recorder.recordedSomething()) {
            recorder.stop("", saved -> { });
        } else {
            Optional<String> title = askTitle();
            if (title.isPresent()) {
                recorder.stop(title.get(), saved -> saved.ifPresent(onSaved));
            }
        }
        // The buttons show the recorder's state, whatever the click did to them.
        toggle.setSelected(recorder.recordingProperty().get());
        menuItem.setSelected(recorder.recordingProperty().get());
    }

    /** The demo's title; empty when the teacher would rather keep recording. */
    private Optional<String> askTitle() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Save the recording as a demo");
        dialog.setHeaderText("Save " + recorder.stepsProperty().get() + " steps as a demo");
        TextField title = new TextField();
        title.setId("record-title");
        title.setPromptText("e.g. Locking down the db, live");
        Label hint = new Label("Present lists it under this title. The file is kept in your folder, where a text"
                + " editor can change its words.");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        VBox content = new VBox(8, new Label("Title"), title, hint);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("record-save-dialog");
        ButtonType save = new ButtonType("Save demo", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep recording", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, keep);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("record-save");
        saveButton.disableProperty().bind(title.textProperty().map(String::isBlank));
        Optional.ofNullable(toggle.getScene()).map(javafx.scene.Scene::getWindow).ifPresent(dialog::initOwner);
        dialog.setResultConverter(b -> b == save ? title.getText().strip() : null);
        javafx.application.Platform.runLater(title::requestFocus);
        return dialog.showAndWait();
    }

    /** Tells the teacher where the demo went; "Present it now" plays it. */
    public static void announce(DemoRecorder.Saved saved, Node owner, Runnable presentNow) {
        ButtonType present = new ButtonType("Present it now", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "\"" + saved.title() + "\" has " + saved.steps()
                + (saved.steps() == 1 ? " step" : " steps") + " and " + saved.questions()
                + (saved.questions() == 1 ? " question" : " questions") + ". Present lists it beside the app's demos."
                + " Its file, which a text editor can change: " + saved.file(), present, ButtonType.CLOSE);
        alert.setTitle("Demo saved");
        alert.setHeaderText("Saved the demo \"" + saved.title() + "\"");
        alert.getDialogPane().setId("record-saved");
        Optional.ofNullable(owner.getScene()).map(javafx.scene.Scene::getWindow).ifPresent(alert::initOwner);
        alert.setOnHidden(e -> {
            if (alert.getResult() == present) {
                presentNow.run();
            }
        });
        alert.show();
    }
}
