package io.netpoldojo.ui.present;

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
 * the step applied, with what changed from the one it replaced marked; clicking a chip shows
 * another's (the teacher may want to point back at one). The code's size is the stage's to set.
 */
final class PolicyCard extends VBox {
    /** Lines of code the box always shows. */
    private static final int MIN_CODE_LINES = 5;
    /** A line of code is about this many times its type size tall. */
    private static final double LINE_HEIGHT = 1.3;
    private final Presentation presentation;
    private final Label caption = new Label();
    private final StageCode yaml = new StageCode();
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
        yamlScroll.setFitToWidth(true);
        // The code scrolls in what the cards leave, but keeps a few lines (setCodeFont).
        yamlScroll.setMinWidth(0);
        yamlScroll.getStyleClass().add("present-policy-scroll");
        yamlScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        yamlScroll.setFocusTraversable(false);
        VBox.setVgrow(yamlScroll, Priority.ALWAYS);
        chips.setId("present-policy-chips");
        // A flow's own minimum is one chip tall; the stage fits its column on the real height.
        chips.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chips.getStyleClass().add("present-chips");
        getChildren().addAll(caption, yamlScroll, chips);

        InvalidationListener refresh = o -> {
            List<PolicyDraft> applied = presentation.script().appliedBy(presentation.stepProperty().get());
            shown = applied.stream().findFirst();
            refresh();
        };
        presentation.stepProperty().addListener(refresh);
        presentation.liveProperty().addListener(refresh);
        refresh.invalidated(null);
        // The changed line in view, whatever the column's height (the stage refits it after a step).
        InvalidationListener keepInView = o -> scrollToKeyLine();
        yamlScroll.viewportBoundsProperty().addListener(keepInView);
        yaml.heightProperty().addListener(keepInView);
    }

    /** Scrolls the code so the line the step changed shows, a few lines down from the top of the box; the top if none changed. */
    private void scrollToKeyLine() {
        double view = yamlScroll.getViewportBounds().getHeight();
        double content = yaml.prefHeight(yaml.getWidth());
        int line = yaml.keyLine();
        if (line < 0 || view <= 0 || content <= view) {
            yamlScroll.setVvalue(0);
            return;
        }
        double top = yaml.lineTop(line, yaml.getWidth()) - view / 4;
        yamlScroll.setVvalue(Math.max(0, Math.min(1, top / (content - view))));
    }

    /**
     * The code's font and type size, in pixels; nothing of it under {@code floorPx}. The code's box
     * keeps room for a few lines of the stage's type ({@code stagePx}) whatever else the column holds: the stage's type gives way first
     * (see StageView), so A+ never leaves the class a sliver of code to read.
     */
    void setCodeFont(String family, double px, double floorPx, double stagePx) {
        yaml.setFont(family, px, floorPx);
        // Lines of the stage's type: code the teacher made larger (Code +) shows fewer of them.
        yamlScroll.setMinHeight(Math.round(MIN_CODE_LINES * LINE_HEIGHT * stagePx));
    }

    StageCode code() {
        return yaml;
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
            // A step that swaps one policy for another shows what the swap changed.
            String before = applied.contains(d) && applied.size() == 1 && removed.size() == 1
                    ? removed.get(0).yaml().strip() : "";
            yaml.show(d.yaml().strip(), before);
            scrollToKeyLine();
        });
        Label inForceCaption = new Label("In force:");
        inForceCaption.getStyleClass().add("present-hint");
        chips.getChildren().setAll(inForceCaption);
        List<PolicyDraft> inForce = script.inForceAt(i);
        if (inForce.isEmpty()) {
            Label none = new Label("none");
            none.getStyleClass().add("present-chip");
            chips.getChildren().add(none);
        }
        for (PolicyDraft d : inForce) {
            Optional<String> tier = presentation.tierOf(d);
            // A cluster-wide policy in the tiers' colour; its tier is in the caption and the tooltip.
            ToggleButton chip = new ToggleButton(label(d));
            chip.setId("present-chip-" + d.key());
            chip.getStyleClass().add("present-chip");
            tier.ifPresent(t -> {
                chip.getStyleClass().addAll("present-chip-tier", t.startsWith("Admin") ? "present-chip-admin"
                        : "present-chip-baseline");
                chip.setTooltip(new javafx.scene.control.Tooltip("ClusterNetworkPolicy, " + t));
            });
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

    /** "protect-prod (Admin tier, priority 20), db-allow-dev". */
    private String names(List<PolicyDraft> drafts) {
        return drafts.stream().map(d -> label(d) + presentation.tierOf(d).map(t -> " (" + t + ")")
                .orElse("")).collect(Collectors.joining(", "));
    }

    private String label(PolicyDraft d) {
        return presentation.policyLabel(d);
    }
}
