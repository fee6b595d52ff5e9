package io.netpoldojo.ui.present;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * Binds {@code presenter.fxml} to a {@link PresenterModel}; every handler is one call into it.
 */
public final class PresenterController {
    private static final PseudoClass YES = PseudoClass.getPseudoClass("yes");
    private final PresenterModel model;
    private final String keysText;

    @FXML private Label demoTitle;
    @FXML private Label position;
    @FXML private Label clock;
    @FXML private Label stepClock;
    @FXML private Label stepTitle;
    @FXML private Label change;
    @FXML private VBox questionBox;
    @FXML private Label questionState;
    @FXML private Label question;
    @FXML private Label answer;
    @FXML private Label because;
    @FXML private Label notes;
    @FXML private Label next;
    @FXML private Label nextAsks;
    @FXML private Label keys;
    @FXML private Button back;
    @FXML private Button forward;
    @FXML private ToggleButton blank;
    @FXML private ToggleSwitch notesOnStage;

    /** @param keysText the stage's keys in a sentence (they work in this window too) */
    PresenterController(PresenterModel model, String keysText) {
        this.model = model;
        this.keysText = keysText;
    }

    @FXML
    private void initialize() {
        demoTitle.textProperty().bind(model.demoTitleProperty());
        position.textProperty().bind(model.positionProperty());
        clock.textProperty().bind(model.clockProperty());
        stepClock.textProperty().bind(Bindings.concat("this step ", model.stepClockProperty()));
        stepTitle.textProperty().bind(model.stepTitleProperty());
        change.textProperty().bind(model.changeProperty());
        change.visibleProperty().bind(model.changeProperty().isNotEmpty());
        change.managedProperty().bind(change.visibleProperty());
        questionBox.visibleProperty().bind(model.askingProperty());
        questionBox.managedProperty().bind(questionBox.visibleProperty());
        questionState.textProperty().bind(model.questionStateProperty());
        question.textProperty().bind(model.questionProperty());
        answer.textProperty().bind(Bindings.concat("Answer: ", model.answerProperty()));
        answer.pseudoClassStateChanged(YES, model.answerYesProperty().get());
        model.answerYesProperty().addListener((o, was, yes) -> answer.pseudoClassStateChanged(YES, yes));
        because.textProperty().bind(model.becauseProperty());
        notes.textProperty().bind(model.notesProperty());
        next.textProperty().bind(model.nextProperty());
        nextAsks.textProperty().bind(model.nextAsksProperty());
        nextAsks.visibleProperty().bind(model.nextAsksProperty().isNotEmpty());
        keys.setText(keysText);
        back.disableProperty().bind(model.canGoBackProperty().not());
        forward.textProperty().bind(model.forwardTextProperty());
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        blank.setSelected(model.blankedProperty().get());
        model.blankedProperty().addListener((o, was, on) -> blank.setSelected(on));
        notesOnStage.selectedProperty().bindBidirectional(model.notesOnStageProperty());
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void forward() {
        model.forward();
    }

    @FXML
    private void toggleBlank() {
        model.toggleBlank();
    }

    @FXML
    private void restartClock() {
        model.restartClock();
    }
}
