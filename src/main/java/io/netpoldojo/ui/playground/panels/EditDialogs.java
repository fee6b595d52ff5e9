package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.manifest.ApiNames;
import io.netpoldojo.ui.playground.canvas.CanvasActions;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.PlacedEndpoint;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small edit dialogs behind the canvas's context menus. Each validates as the person types
 * and keeps OK disabled while the value would be rejected by Kubernetes.
 */
public final class EditDialogs implements CanvasActions {
    private final PlaygroundModel model;
    private final Node owner;

    public EditDialogs(PlaygroundModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    @Override
    public void rename(String endpointId) {
        PlacedEndpoint e = model.workspace().endpoint(endpointId).orElseThrow();
        boolean pod = e.endpoint() instanceof Pod;
        ask("Rename " + e.endpoint().name(), "New name", e.endpoint().name(), text -> {
            List<String> problems = pod ? ApiNames.objectName(text) : externalName(text);
            String newId = pod ? ((Pod) e.endpoint()).namespace() + "/" + text : text;
            if (problems.isEmpty() && !newId.equals(endpointId) && model.workspace().endpoint(newId).isPresent()) {
                return Optional.of("there is already an endpoint " + newId);
            }
            return problems.stream().findFirst();
        }).ifPresent(name -> model.renameEndpoint(endpointId, name));
    }

    private static List<String> externalName(String text) {
        return text.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}") ? List.of()
                : List.of("letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    @Override
    public void editLabels(String endpointId) {
        Pod pod = (Pod) model.workspace().endpoint(endpointId).orElseThrow().endpoint();
        ask("Labels of " + pod.name(), "key=value, separated by commas", FieldText.format(pod.labels()),
                text -> FieldText.labels(text).problems().stream().findFirst())
                .ifPresent(text -> model.setLabels(endpointId, FieldText.labels(text).value()));
    }

    @Override
    public void editPorts(String endpointId) {
        Pod pod = (Pod) model.workspace().endpoint(endpointId).orElseThrow().endpoint();
        ask("Container ports of " + pod.name(), "e.g. http:80, dns:53/UDP, 9090", FieldText.format(pod.ports()),
                text -> FieldText.ports(text).problems().stream().findFirst())
                .ifPresent(text -> model.setPorts(endpointId, FieldText.ports(text).value()));
    }

    @Override
    public void editAddress(String externalName) {
        PlacedEndpoint e = model.workspace().endpoint(externalName).orElseThrow();
        ask("Address of " + externalName, "an IPv4 or IPv6 address", e.endpoint().ip().toString(),
                text -> IpAddress.parse(text.trim()).isPresent() ? Optional.empty()
                        : Optional.of("not an IPv4 or IPv6 address"))
                .ifPresent(text -> model.setExternalAddress(externalName, IpAddress.of(text.trim())));
    }

    @Override
    public void editNamespaceLabels(String namespace) {
        Labels labels = model.workspace().zone(namespace).orElseThrow().namespace().labels()
                .without(Namespace.NAME_LABEL);
        ask("Labels of namespace " + namespace, "key=value, separated by commas (kubernetes.io/metadata.name is"
                + " always set)", FieldText.format(labels), text -> FieldText.labels(text).problems().stream().findFirst())
                .ifPresent(text -> model.setNamespaceLabels(namespace, FieldText.labels(text).value()));
    }

    /** A one-field dialog; OK stays disabled while {@code check} reports a problem. */
    private Optional<String> ask(String title, String prompt, String initial, Function<String, Optional<String>> check) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window != null) {
            dialog.initOwner(window);
        }
        TextField field = new TextField(initial);
        field.setId("edit-field");
        field.setPromptText(prompt);
        field.setPrefColumnCount(32);
        Label hint = new Label(prompt);
        hint.getStyleClass().add("edit-hint");
        Label problem = new Label();
        problem.setId("edit-problem");
        problem.getStyleClass().add("edit-problem");
        problem.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(6, hint, field, problem));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("edit-ok");
        Runnable validate = () -> {
            Optional<String> p = check.apply(field.getText());
            problem.setText(p.orElse(""));
            ok.setDisable(p.isPresent());
        };
        field.textProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait().filter(text -> !text.equals(initial));
    }
}
