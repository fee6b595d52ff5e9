package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import java.util.EnumSet;
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

    public TierLegend(PlaygroundModel model, ObservableBooleanValue intentShown) {
        super(12);
        this.model = model;
        this.intentShown = intentShown;
        setId("tier-legend");
        getStyleClass().add("tier-legend");
        setAlignment(Pos.CENTER_LEFT);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label caption = new Label("ClusterNetworkPolicy:");
        caption.getStyleClass().add("tier-legend-caption");
        caption.setMinWidth(USE_PREF_SIZE);
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
