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
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Record as demo" in the Playground: a toggle at the end of the Canvas menu, and while it
 * records, a red indicator over the canvas's top-right corner ("Recording · 3 steps", with a
 * Stop button). Stopping asks for the demo's title; a recording in which nothing happened is
 * thrown away without a question.
 */
public final class RecordControls {
    private final DemoRecorder recorder;
    private final Consumer<DemoRecorder.Saved> onSaved;
    private final HBox indicator = new HBox(8);
    private final CheckMenuItem menuItem = new CheckMenuItem("Record as demo");

    /** @param onSaved told of each demo saved (Present lists it, and offers to play it) */
    public RecordControls(DemoRecorder recorder, Consumer<DemoRecorder.Saved> onSaved) {
        this.recorder = recorder;
        this.onSaved = onSaved;
        Label dot = new Label("\u25cf");
        dot.getStyleClass().add("record-dot");
        Label text = new Label();
        text.setId("record-status");
        text.getStyleClass().add("record-status");
        text.textProperty().bind(Bindings.createStringBinding(() -> "Recording \u00b7 " + recorder.stepsProperty().get()
                + (recorder.stepsProperty().get() == 1 ? " step" : " steps"), recorder.stepsProperty()));
        text.setMinWidth(Region.USE_PREF_SIZE);
        Button stop = new Button("Stop and save\u2026");
        stop.setId("record-stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(e -> flip());
        indicator.getChildren().addAll(dot, text, stop);
        indicator.setId("record-indicator");
        indicator.getStyleClass().add("record-indicator");
        indicator.getStylesheets().add(RecordControls.class.getResource("record.css").toExternalForm());
        indicator.setAlignment(Pos.CENTER_LEFT);
        indicator.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Tooltip.install(indicator, new Tooltip("Recording a demo: each policy you apply or remove is a step;"
                + " right-click an arrow to ask the class about it."));
        indicator.visibleProperty().bind(recorder.recordingProperty());
        indicator.managedProperty().bind(indicator.visibleProperty());
        recorder.recordingProperty().addListener((o, was, now) -> menuItem.setSelected(now));
        menuItem.setId("menu-record-demo");
        menuItem.setOnAction(e -> flip());
    }

    /** The recording indicator, over the canvas. */
    public List<Node> canvasOverlays() {
        return List.of(indicator);
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
        // The menu shows the recorder's state, whatever the click did to it.
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
        Optional.ofNullable(indicator.getScene()).map(javafx.scene.Scene::getWindow).ifPresent(dialog::initOwner);
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
                + " Its file, which a text editor can change: " + saved.file()
                + (saved.warning().isEmpty() ? "" : "\n\n" + saved.warning()), present, ButtonType.CLOSE);
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
