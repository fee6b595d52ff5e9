package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;

/**
 * The canvas's legend for the tiers' badges: "A" and "B" on a disc in the tier's colour mark the
 * arrows an Admin or a Baseline ClusterNetworkPolicy decided. Shown only while some arrow wears
 * one, with an entry per tier that does, and not while the intent is drawn (arrows then wear the
 * intent, not their verdicts). It never takes the mouse: the arrows under it stay clickable.
 */
public final class TierLegend extends HBox {
    private final PlaygroundModel model;
    private final ObservableBooleanValue intentShown;
    private final HBox admin = entry(Tier.ADMIN, "Admin tier decided it");
    private final HBox baseline = entry(Tier.BASELINE, "Baseline tier decided it");
    private final Label caption = new Label("ClusterNetworkPolicy:");

    public TierLegend(PlaygroundModel model, ObservableBooleanValue intentShown) {
        super(12);
        this.model = model;
        this.intentShown = intentShown;
        setId("tier-legend");
        getStyleClass().add("tier-legend");
        setAlignment(Pos.CENTER_LEFT);
        setMouseTransparent(true);
        setMaxHeight(USE_PREF_SIZE);
        caption.getStyleClass().add("tier-legend-caption");
        // The caption may go (see layoutChildren), so it does not hold the canvas's layer wider than the canvas.
        caption.setMinWidth(0);
        getChildren().addAll(caption, admin, baseline);
        model.evaluationProperty().addListener(o -> refresh());
        intentShown.addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        Set<Tier> shown = EnumSet.noneOf(Tier.class);
        if (!model.evaluation().cluster().clusterPolicies().isEmpty()) {
            model.evaluation().connections().forEach((key, c) -> c.decidingTier().ifPresent(shown::add));
        }
        show(admin, shown.contains(Tier.ADMIN));
        show(baseline, shown.contains(Tier.BASELINE));
        show(this, !shown.isEmpty() && !intentShown.get());
    }

    /**
     * Keeps the legend within {@code width} (the canvas's, less margins): where the whole line
     * does not fit (a 1024-pixel window), the caption goes and the two badges keep their words.
     */
    public void fitWithin(javafx.beans.value.ObservableDoubleValue width) {
        maxWidthProperty().bind(width);
        // A wider canvas may give the caption back: decided again in this node's own layout.
        maxWidthProperty().addListener(o -> requestLayout());
    }

    /** Decided at layout, once the stylesheets have given the words their size. */
    @Override
    protected void layoutChildren() {
        double whole = snappedLeftInset() + snappedRightInset() + caption.prefWidth(-1);
        for (javafx.scene.Node entry : List.of(admin, baseline)) {
            whole += entry.isManaged() ? getSpacing() + entry.prefWidth(-1) : 0;
        }
        boolean fits = getMaxWidth() <= 0 || whole <= getMaxWidth();
        if (caption.isManaged() != fits) {
            show(caption, fits);
        }
        super.layoutChildren();
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    /** A badge as the arrows wear it, and what it means. */
    private static HBox entry(Tier tier, String meaning) {
        String letter = tier == Tier.ADMIN ? "A" : "B";
        Circle disc = new Circle(7);
        disc.getStyleClass().addAll("tier-legend-disc", TierLabels.styleClass(tier) + "-disc");
        Text text = new Text(letter);
        text.getStyleClass().add("tier-legend-letter");
        StackPane badge = new StackPane(disc, text);
        Label label = new Label(meaning);
        label.getStyleClass().add("tier-legend-text");
        label.setMinWidth(USE_PREF_SIZE);
        HBox entry = new HBox(5, badge, label);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setId("tier-legend-" + tier.apiName().toLowerCase(java.util.Locale.ROOT));
        return entry;
    }
}
