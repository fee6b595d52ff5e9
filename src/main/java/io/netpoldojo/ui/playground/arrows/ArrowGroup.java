package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.workspace.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Arrows of one look and tier (see {@link Arrow#tier()}), painted one after the other. */
record ArrowGroup(int tier, Connection.State state, ArrowLooks.Look look, List<Arrow> arrows) {
    /** See {@link Arrow#tier()}. */
    private static final int TIERS = 4;
    /**
     * Badges are not faded with a denied arrow's line: which tier denied it is what a person looks
     * for there. Their own look (the stylesheets) still fades or hides them.
     */
    private static final double BADGE_OPACITY = 1;
    /** Within a tier, denied arrows lie under partly allowed ones, and those under allowed ones. */
    private static final Comparator<ArrowGroup> ORDER = Comparator.comparingInt(ArrowGroup::tier)
            .thenComparingInt(g -> switch (g.state()) {
                case DENIED -> 0;
                case PARTLY_ALLOWED -> 1;
                case ALLOWED -> 2;
            });

    /** The shown arrows in groups of one tier and look, in the order they are painted; invisible looks left out. */
    static List<ArrowGroup> byLook(Collection<Arrow> arrows, ArrowLooks looks) {
        List<Map<ArrowLooks.Key, List<Arrow>>> tiers = new ArrayList<>();
        for (int i = 0; i < TIERS; i++) {
            tiers.add(new LinkedHashMap<>());
        }
        for (Arrow a : arrows) {
            if (a.isShown()) {
                tiers.get(a.tier()).computeIfAbsent(a.lookKey(), k -> new ArrayList<>()).add(a);
            }
        }
        List<ArrowGroup> out = new ArrayList<>();
        for (int tier = 0; tier < TIERS; tier++) {
            int t = tier;
            tiers.get(tier).forEach((key, list) -> {
                ArrowLooks.Look look = looks.look(key);
                if (look.visible()) {
                    out.add(new ArrowGroup(t, key.state(), look, list));
                }
            });
        }
        out.sort(ORDER);
        return out;
    }

    /** The group's lines, heads, and the markers of arrows without traffic. */
    void paintStill(ArrowSurface surface) {
        surface.stroke(look.line(), look.opacity(), 0, arrows);
        surface.heads(look.head(), look.opacity(), arrows);
        // Markers of arrows with traffic are painted over the traffic, with it.
        if (!look.flow().visible()) {
            surface.markers(look.marker(), look.opacity(), arrows);
        }
    }

    /**
     * The tier badges of arrows without traffic: painted after the lines of every group of their
     * layer, so no line crosses over a badge and hides its letter.
     */
    void paintBadges(ArrowSurface surface) {
        if (!look.flow().visible()) {
            surface.badges(look, BADGE_OPACITY, arrows);
        }
    }

    /** The traffic along the group's arrows, {@code phase} into its dashes, and their markers and badges over it. */
    void paintFlow(ArrowSurface surface, double phase) {
        if (look.flow().visible()) {
            surface.stroke(look.flow(), look.opacity(), phase, arrows);
            surface.markers(look.marker(), look.opacity(), arrows);
            surface.badges(look, BADGE_OPACITY, arrows);
        }
    }
}
