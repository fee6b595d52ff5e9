package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.EditTarget;
import io.netpoldojo.synthesis.PolicyEdits;
import io.netpoldojo.synthesis.ProposedChange;
import io.netpoldojo.ui.playground.canvas.PolicyActions;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.model.PolicyBuilder;
import io.netpoldojo.workspace.Connection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The dialogs behind the canvas's policy items: each shows the proposed change (why, the YAML
 * diff, the arrows it opens and closes) and makes it only on the button that says so. Allowing an
 * arrow also asks for the port, validated as it is typed, and where the rules go.
 */
public final class BuildDialogs implements PolicyActions {
    private final PlaygroundModel model;
    private final PolicyBuilder builder;
    private final Node owner;

    public BuildDialogs(PlaygroundModel model, Node owner) {
        this.model = model;
        this.builder = new PolicyBuilder(model);
        this.owner = owner;
    }

    @Override
    public void allowConnection(String fromId, String toId, Optional<Port> port) {
        ComboBox<String> portBox = new ComboBox<>(FXCollections.observableArrayList(portChoices(fromId, toId)));
        portBox.setId("allow-port");
        portBox.setEditable(true);
        portBox.setPrefWidth(140);
        portBox.getEditor().setText(port.map(Port::toString).orElse(portBox.getItems().isEmpty() ? ""
                : portBox.getItems().get(0)));
        ToggleButton asNew = new ToggleButton("New policy");
        asNew.setId("allow-as-new");
        ToggleButton addTo = new ToggleButton("Add to a policy that selects it");
        addTo.setId("allow-add-to-existing");
        SegmentedButton placement = new SegmentedButton(asNew, addTo);
        asNew.setSelected(true);
        javafx.scene.layout.GridPane controls = new javafx.scene.layout.GridPane();
        controls.setHgap(12);
        controls.setVgap(8);
        controls.addRow(0, new Label("Port"), portBox);
        controls.addRow(1, new Label("Put the rules in"), placement);
        ObjectProperty<ProposedChange> change = new SimpleObjectProperty<>();
        Supplier<Optional<Port>> typed = () -> Port.parse(portBox.getEditor().getText());
        Runnable recompute = () -> change.set(typed.get().map(p -> builder.allow(fromId, toId, p,
                addTo.isSelected() ? PolicyEdits.Placement.ADD_TO_EXISTING : PolicyEdits.Placement.NEW_POLICY))
                .orElse(null));
        portBox.getEditor().textProperty().addListener((o, a, b) -> recompute.run());
        asNew.selectedProperty().addListener((o, a, b) -> recompute.run());
        addTo.selectedProperty().addListener((o, a, b) -> recompute.run());
        // A segmented button may end with neither pressed; one of the two is always meant.
        placement.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
        });
        recompute.run();
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(portBox.getEditor(), false, Validator.createPredicateValidator(
                (String text) -> Port.parse(text == null ? "" : text).isPresent(),
                "Not a port: use a number from 1 to 65535, optionally /TCP, /UDP or /SCTP (e.g. 8080 or 53/UDP)"));
        show("Allow " + name(fromId) + " \u2192 " + name(toId), "Allow", controls, change, validation);
    }

    @Override
    public void denyConnection(String fromId, String toId, Port port) {
        ObjectProperty<ProposedChange> change = new SimpleObjectProperty<>(builder.deny(fromId, toId, port));
        show("Deny " + name(fromId) + " \u2192 " + name(toId) + " on " + port, "Isolate and allow the rest", null,
                change, null);
    }

    @Override
    public void isolate(EditTarget target, Set<Direction> directions) {
        ProposedChange c = builder.isolate(target, directions);
        show(c.title(), "Isolate", null, new SimpleObjectProperty<>(c), null);
    }

    @Override
    public void allowDns(EditTarget target) {
        ProposedChange c = builder.allowDns(target);
        show(c.title(), "Allow DNS", null, new SimpleObjectProperty<>(c), null);
    }

    @Override
    public void allowFromOwnNamespaceOnly(EditTarget target) {
        ProposedChange c = builder.allowFromOwnNamespaceOnly(target);
        show(c.title(), "Add the policy", null, new SimpleObjectProperty<>(c), null);
    }

    /**
     * The dialog: optional controls on top, the preview of {@code change} below (it follows the
     * controls), and a button that makes the change, disabled while there is none or a field is
     * invalid.
     */
    private void show(String title, String applyText, Node controls, ObjectProperty<ProposedChange> change,
                      ValidationSupport validation) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        DialogLook.adopt(dialog, owner);
        ChangePreview preview = new ChangePreview();
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);
        scroll.setPrefViewportWidth(640);
        scroll.getStyleClass().add("change-scroll");
        VBox content = controls == null ? new VBox(scroll) : new VBox(12, controls, scroll);
        content.setId("change-dialog");
        dialog.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(applyText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("change-apply");
        Runnable refresh = () -> {
            ProposedChange c = change.get();
            if (c == null) {
                preview.getChildren().setAll(new Label("Type a port to see the change."));
            } else {
                preview.show(c);
            }
            applyButton.setDisable(c == null || c.isEmpty()
                    || (validation != null && validation.isInvalid() == Boolean.TRUE));
        };
        change.addListener((o, a, b) -> refresh.run());
        if (validation != null) {
            validation.invalidProperty().addListener((o, a, b) -> refresh.run());
        }
        refresh.run();
        dialog.setResizable(true);
        Optional<ButtonType> pressed = dialog.showAndWait();
        if (pressed.isPresent() && pressed.get() == apply && change.get() != null) {
            builder.apply(change.get());
        }
    }

    /** The arrow's denied ports first, then the destination's container ports, then the ports it allows. */
    private java.util.List<String> portChoices(String fromId, String toId) {
        Set<String> out = new LinkedHashSet<>();
        Connection c = model.evaluation().connections().get(fromId, toId).orElse(null);
        if (c != null) {
            c.deniedPorts().forEach(p -> out.add(p.toString()));
        }
        model.workspace().endpoint(toId).map(e -> e.endpoint()).filter(e -> e instanceof Pod)
                .ifPresent(e -> ((Pod) e).ports().stream().map(ContainerPort::asPort)
                        .forEach(p -> out.add(p.toString())));
        if (c != null) {
            c.allowedPorts().forEach(p -> out.add(p.toString()));
        }
        return java.util.List.copyOf(out);
    }

    private static String name(String id) {
        return id.substring(id.indexOf('/') + 1);
    }
}
