package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.ui.playground.model.TierWords;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * How the Playground shows the ClusterNetworkPolicy tiers: a chip per cluster-wide policy in the
 * list, and, in "Why?", which tier decided each side of a connection (the Admin tier, the
 * NetworkPolicies, the Baseline tier, or nothing and the default allow).
 */
final class TierLabels {
    /** Said wherever a ClusterNetworkPolicy is shown: it is not part of Kubernetes itself yet. */
    static final String ALPHA_NOTE = "ClusterNetworkPolicy is alpha (policy.networking.k8s.io/v1alpha2, a CRD from"
            + " SIG Network's network-policy-api): only a network plugin that implements it enforces it, and its"
            + " fields may still change.";

    private TierLabels() {}

    /** "Admin tier" or "Baseline tier", coloured as the tier. */
    static Label chip(Tier tier) {
        Label chip = new Label(tier.apiName() + " tier");
        chip.getStyleClass().addAll("tier-chip", styleClass(tier));
        chip.setMinWidth(Label.USE_PREF_SIZE);
        chip.setTooltip(new Tooltip((tier == Tier.ADMIN
                ? "Checked before any NetworkPolicy: its Accept and Deny rules cannot be overridden by namespace owners."
                : "Checked after the NetworkPolicies, only for pods no NetworkPolicy isolates in that direction.")
                + "\n" + ALPHA_NOTE));
        return chip;
    }

    /** The list row's second line for a cluster-wide policy. */
    static String detail(ClusterNetworkPolicy p) {
        return "cluster-wide \u00b7 priority " + p.priority();
    }

    static String styleClass(Tier tier) {
        return "tier-" + tier.apiName().toLowerCase(Locale.ROOT);
    }

    /** "decided by: egress Admin tier (deny-dev) · ingress NetworkPolicies": one row per verdict. */
    static FlowPane decidedBy(Verdict v) {
        Label caption = new Label("decided by");
        caption.getStyleClass().add("decided-by-caption");
        // Wraps in a narrow card rather than cutting a policy's name short.
        FlowPane row = new FlowPane(6, 4, caption) {
            /** As narrow as the card: a FlowPane's own minimum is its widest chip, which pushed the card sideways. */
            @Override
            protected double computeMinWidth(double height) {
                return caption.minWidth(-1);
            }
        };
        for (Label side : List.of(side("egress", v.egress()), side("ingress", v.ingress()))) {
            // A chip longer than the card wraps inside it rather than push the card into scrolling sideways.
            side.setWrapText(true);
            side.maxWidthProperty().bind(row.widthProperty());
            row.getChildren().add(side);
        }
        row.getStyleClass().add("decided-by");
        return row;
    }

    private static Label side(String direction, DirectionVerdict d) {
        String style = switch (d.decider()) {
            case ADMIN_TIER -> styleClass(Tier.ADMIN);
            case BASELINE_TIER -> styleClass(Tier.BASELINE);
            case NETWORK_POLICIES -> "tier-network-policies";
            case OUTSIDE_CLUSTER, DEFAULT_ALLOW -> "tier-default";
        };
        // The same words as the tooltip of an arrow wearing the tier's badge.
        Label l = new Label(TierWords.side(direction, d));
        l.getStyleClass().addAll("tier-chip", style, "decided-" + direction);
        return l;
    }
}
