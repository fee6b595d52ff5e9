package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.synthesis.RecipeTemplate;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Binds RecipeDialog.fxml to a {@link RecipeForm}: a row per slot (an editable choice of the
 * canvas's values, its problem under it, decorated by ControlsFX validation as it is typed) and
 * the preview of the change. No logic of its own beyond binding.
 */
public final class RecipeDialogController {
    @FXML
    private Label about;
    @FXML
    private GridPane fields;
    @FXML
    private ScrollPane previewScroll;

    private final RecipeForm form;
    private final ValidationSupport validation = new ValidationSupport();

    public RecipeDialogController(RecipeForm form) {
        this.form = form;
    }

    @FXML
    private void initialize() {
        about.setText(form.about());
        int row = 0;
        for (RecipeTemplate.Slot slot : form.slots()) {
            String id = "recipe-" + PolicyPanel.slug(slot.id());
            Label label = new Label(slot.label());
            label.getStyleClass().add("recipe-label");
            ComboBox<String> field = new ComboBox<>();
            field.getItems().setAll(form.choices(slot));
            field.setEditable(true);
            field.setId(id);
            field.setMaxWidth(Double.MAX_VALUE);
            field.setPromptText(slot.hint());
            field.setTooltip(new javafx.scene.control.Tooltip(slot.hint()));
            label.setWrapText(true);
            field.getEditor().setText(form.value(slot.id()).get());
            field.getEditor().textProperty().bindBidirectional(form.value(slot.id()));
            // Picking a choice sets the value; typing sets the editor's text, bound above.
            field.valueProperty().addListener((o, a, v) -> {
                if (v != null) {
                    form.value(slot.id()).set(v);
                }
            });
            Label problem = new Label();
            problem.setId(id + "-problem");
            problem.getStyleClass().add("edit-problem");
            problem.setWrapText(true);
            problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> form.problem(slot.id()).orElse(""), form.problemsProperty()));
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            label.setLabelFor(field);
            fields.addRow(row++, label, field);
            fields.add(problem, 1, row++);
            validation.registerValidator(field.getEditor(), false, (Validator<String>) (control, value) ->
                    ValidationResult.fromErrorIf(control, form.problem(slot.id()).orElse(""),
                            form.problem(slot.id()).isPresent()));
        }
        ChangePreview preview = new ChangePreview(form.onTheCanvas());
        previewScroll.setContent(preview);
        preview.follow(form.changeProperty(), "Fix the values marked above to see the change.");
    }

    ValidationSupport validation() {
        return validation;
    }
}
