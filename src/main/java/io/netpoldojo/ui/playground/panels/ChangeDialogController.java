package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.synthesis.Flow;
import io.netpoldojo.synthesis.PolicyEdits.Placement;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Binds ChangeDialog.fxml to a {@link ChangeForm}: the rows the form asks for (the others are
 * taken out of the layout), the port decorated by ControlsFX validation as it is typed, and the
 * preview of the change. No logic of its own beyond binding.
 */
public final class ChangeDialogController {
    @FXML
    private GridPane controls;
    @FXML
    private Label portLabel;
    @FXML
    private ComboBox<String> portBox;
    @FXML
    private Label portProblem;
    @FXML
    private Label placementLabel;
    @FXML
    private SegmentedButton placement;
    @FXML
    private ToggleButton asNew;
    @FXML
    private ToggleButton addToExisting;
    @FXML
    private Label waysLabel;
    @FXML
    private javafx.scene.layout.VBox waysBox;
    @FXML
    private ScrollPane previewScroll;

    private final ChangeForm form;
    private final Predicate<Flow> onTheCanvas;
    private final ValidationSupport validation = new ValidationSupport();

    /** @param onTheCanvas whether a connection is on a port the canvas's arrows are about (listed first) */
    public ChangeDialogController(ChangeForm form, Predicate<Flow> onTheCanvas) {
        this.form = form;
        this.onTheCanvas = onTheCanvas;
    }

    @FXML
    private void initialize() {
        shownIf(form.asksPort(), portLabel, portBox, portProblem);
        shownIf(form.asksPlacement(), placementLabel, placement);
        shownIf(form.ways().size() > 1, waysLabel, waysBox);
        shownIf(form.asksPort() || form.asksPlacement() || form.ways().size() > 1, controls);
        javafx.scene.control.ToggleGroup wayGroup = new javafx.scene.control.ToggleGroup();
        for (int i = 0; i < form.ways().size(); i++) {
            int index = i;
            javafx.scene.control.RadioButton choice = new javafx.scene.control.RadioButton(form.ways().get(i).label());
            choice.setId("change-way-" + i);
            choice.setWrapText(true);
            choice.setToggleGroup(wayGroup);
            choice.setSelected(form.wayProperty().get() == i);
            choice.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    form.wayProperty().set(index);
                }
            });
            waysBox.getChildren().add(choice);
        }
        portLabel.setLabelFor(portBox);
        portBox.getItems().setAll(form.portChoices());
        portBox.getEditor().setText(form.portTextProperty().get());
        portBox.getEditor().textProperty().bindBidirectional(form.portTextProperty());
        portBox.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                form.portTextProperty().set(v);
            }
        });
        portProblem.textProperty().bind(form.portProblemProperty());
        portProblem.managedProperty().bind(portProblem.textProperty().isNotEmpty());
        portProblem.visibleProperty().bind(portProblem.managedProperty());
        if (form.asksPort()) {
            validation.registerValidator(portBox.getEditor(), false, (Validator<String>) (control, value) ->
                    ValidationResult.fromErrorIf(control, form.portProblemProperty().get(),
                            !form.portProblemProperty().get().isEmpty()));
        }
        addToExisting.selectedProperty().addListener((o, a, on) -> form.placementProperty()
                .set(on ? Placement.ADD_TO_EXISTING : Placement.NEW_POLICY));
        // A segmented button may end with neither pressed; one of the two is always meant.
        asNew.selectedProperty().addListener((o, a, on) -> {
            if (!on && !addToExisting.isSelected()) {
                asNew.setSelected(true);
            }
        });
        addToExisting.selectedProperty().addListener((o, a, on) -> {
            if (!on && !asNew.isSelected()) {
                addToExisting.setSelected(true);
            }
        });
        ChangePreview preview = new ChangePreview(onTheCanvas);
        previewScroll.setContent(preview);
        preview.follow(form.changeProperty(), "Type a port to see the change.");
    }

    private static void shownIf(boolean shown, Node... nodes) {
        Stream.of(nodes).forEach(n -> {
            n.setVisible(shown);
            n.setManaged(shown);
        });
    }
}
