package io.netpoldojo.ui.present;

import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.workspace.PolicyDraft;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The policies of the step: what it applied or removed, a policy's YAML (the class reads the
 * indentation that AND vs OR turns on), and every policy in force as a chip. The YAML is the one
 * the step applied; clicking a chip shows another's (the teacher may want to point back at one).
 */
final class PolicyCard extends VBox {
    /** The code's type against the stage's, at code scale 1. */
    private static final double CODE_EMS = 0.68;
    private final Presentation presentation;
    private final Label caption = new Label();
    private final YamlEditor yaml = new YamlEditor();
    private final ScrollPane yamlScroll = new ScrollPane(yaml);
    private final FlowPane chips = new FlowPane();
    /** The draft whose YAML is shown, if any. */
    private Optional<PolicyDraft> shown = Optional.empty();

    PolicyCard(Presentation presentation) {
        this.presentation = presentation;
        setId("present-policy");
        getStyleClass().addAll("present-card", "present-policy");
        caption.setId("present-policy-caption");
        caption.getStyleClass().add("present-policy-caption");
        caption.setWrapText(true);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        yaml.setId("present-policy-yaml");
        yaml.setReadOnly(true);
        yaml.setFocusTraversable(false);
        yamlScroll.setFitToWidth(true);
        yamlScroll.getStyleClass().add("present-policy-scroll");
        yamlScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        yamlScroll.setFocusTraversable(false);
        VBox.setVgrow(yamlScroll, Priority.ALWAYS);
        chips.setId("present-policy-chips");
        chips.getStyleClass().add("present-chips");
        Label inForce = new Label("Policies in force");
        inForce.getStyleClass().addAll("present-hint");
        getChildren().addAll(caption, yamlScroll, inForce, chips);

        InvalidationListener refresh = o -> {
            List<PolicyDraft> applied = presentation.script().appliedBy(presentation.stepProperty().get());
            shown = applied.stream().findFirst();
            refresh();
        };
        presentation.stepProperty().addListener(refresh);
        presentation.liveProperty().addListener(refresh);
        refresh.invalidated(null);
        // The code has a size of its own (the stage's CODE keys), relative to the stage's type.
        InvalidationListener codeSize = o -> yaml.setStyle("-fx-font-size: "
                + Math.round(CODE_EMS * presentation.codeScaleProperty().get() * 100) / 100.0 + "em;");
        presentation.codeScaleProperty().addListener(codeSize);
        codeSize.invalidated(null);
    }

    private void refresh() {
        boolean live = presentation.liveProperty().get();
        setVisible(!live);
        setManaged(!live);
        int i = presentation.stepProperty().get();
        Script script = presentation.script();
        List<PolicyDraft> applied = script.appliedBy(i);
        List<PolicyDraft> removed = script.removedBy(i);
        String change = (removed.isEmpty() ? "" : "Removes " + names(removed) + (applied.isEmpty() ? "" : "; "))
                + (applied.isEmpty() ? "" : (removed.isEmpty() ? "Applies " : "applies ") + names(applied));
        String text = shown.isEmpty() || applied.contains(shown.get()) ? change : label(shown.get()) + ", in force";
        caption.setText(text);
        caption.setVisible(!text.isEmpty());
        caption.setManaged(!text.isEmpty());
        // With its YAML the card takes what the column has left; without, only what it needs.
        VBox.setVgrow(this, shown.isPresent() ? Priority.ALWAYS : Priority.NEVER);
        yamlScroll.setVisible(shown.isPresent());
        yamlScroll.setManaged(shown.isPresent());
        shown.ifPresent(d -> {
            yaml.setText(d.yaml().strip());
            yamlScroll.setVvalue(0);
        });
        chips.getChildren().clear();
        List<PolicyDraft> inForce = script.inForceAt(i);
        if (inForce.isEmpty()) {
            Label none = new Label("none: every connection is open");
            none.getStyleClass().add("present-chip");
            chips.getChildren().add(none);
        }
        for (PolicyDraft d : inForce) {
            ToggleButton chip = new ToggleButton(label(d));
            chip.setId("present-chip-" + d.key());
            chip.getStyleClass().add("present-chip");
            if (applied.contains(d)) {
                chip.getStyleClass().add("present-chip-new");
            }
            chip.setSelected(shown.map(d::equals).orElse(false));
            chip.setFocusTraversable(false);
            chip.setOnAction(e -> {
                shown = chip.isSelected() ? Optional.of(d) : Optional.empty();
                refresh();
            });
            chips.getChildren().add(chip);
        }
    }

    private String names(List<PolicyDraft> drafts) {
        return drafts.stream().map(this::label).collect(Collectors.joining(", "));
    }

    private String label(PolicyDraft d) {
        return presentation.policyLabel(d);
    }
}
