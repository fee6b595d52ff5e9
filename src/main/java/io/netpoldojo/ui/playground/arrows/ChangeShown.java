package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.LabelPlaces;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;

/**
 * The change the last edit made, while it is shown: which arrows opened or closed, how far the
 * showing has gone (0 to 1), and how it is painted: a halo under each line that starts wide and
 * thins and fades, and the words "opened" and "closed" beside them.
 */
final class ChangeShown {
    /** The halo's width at the start of a change. */
    private static final double PULSE_WIDTH = 12;

    private List<Arrow> changing = List.of();
    private double progress = 1;
    /** Where the words went, for the state of the arrows {@code placedAt}; null until first painted. */
    private List<Placed> placed;
    private long placedAt = -1;

    void begin(List<Arrow> changed) {
        changing = List.copyOf(changed);
        progress = 0;
        placed = null;
    }

    void setProgress(double progress) {
        this.progress = progress;
    }

    /** The changed arrows settle into their looks. */
    void end() {
        changing.forEach(Arrow::endChange);
        changing = List.of();
        progress = 1;
        placed = null;
    }

    boolean isEmpty() {
        return changing.isEmpty();
    }

    /** Forgets arrows no longer among {@code arrows} (a deleted pod's), so no halo stays behind. */
    void keepOnly(Collection<Arrow> arrows) {
        if (!changing.isEmpty()) {
            Set<Arrow> remaining = new HashSet<>(arrows);
            changing = changing.stream().filter(remaining::contains).toList();
        }
    }

    /**
     * The halos, under their lines: on the sheet while {@code toSheet} holds and it can paint them;
     * returns whether the sheet still takes what follows.
     */
    boolean paintHalos(ArrowLooks looks, ArrowSurface onSheet, ArrowSurface onCanvas, boolean toSheet) {
        double width = PULSE_WIDTH + (2 - PULSE_WIDTH) * progress;
        double opacity = 0.6 * (1 - progress);
        for (Arrow a : changing) {
            if (!a.isShown() || !a.isAnimatingChange()) {
                continue;
            }
            ArrowLooks.Look look = looks.look(a.lookKey());
            ArrowLooks.Stroke halo = look.pulse();
            if (look.visible() && halo.visible() && opacity > 0) {
                ArrowLooks.Stroke wide = new ArrowLooks.Stroke(true, halo.opacity(), halo.paint(), width, halo.dashes(),
                        halo.cap(), halo.effect());
                toSheet &= PictureSurface.canPaint(wide);
                (toSheet ? onSheet : onCanvas).stroke(wide, opacity, 0, List.of(a));
            }
        }
        return toSheet;
    }

    /**
     * "opened" and "closed" beside the changed arrows: they hold for most of the change, then
     * fade. Each word takes the first free place beside its arrow ({@link ArrowLabels}: on no
     * card, zone title or other word); where none is left (a change of a hundred arrows), the arrow
     * goes without, rather than words piling on each other: the status line counts them all. The
     * places are found once for each state of the arrows ({@code generation}), not on every frame.
     */
    void paintWords(ArrowLooks looks, GraphicsContext g, LabelPlaces room, long generation) {
        double opacity = progress < 0.6 ? 1 : Math.max(0, (1 - progress) / 0.4);
        if (opacity <= 0 || changing.isEmpty()) {
            return;
        }
        if (placedAt != generation || placed == null) {
            placed = place(looks, room);
            placedAt = generation;
        } else {
            placed.forEach(p -> room.take(p.box()));
        }
        for (Placed p : placed) {
            if (ArrowSurface.fill(g, opacity, p.look().changeLabel())) {
                CanvasSurface.word(g, p.look().changeLabel().font(), p.word(), p.box());
            }
        }
    }

    private record Placed(ArrowLooks.Look look, String word, Box box) {}

    private List<Placed> place(ArrowLooks looks, LabelPlaces room) {
        List<Placed> out = new ArrayList<>();
        for (Arrow a : changing) {
            if (!a.isShown() || !a.isAnimatingChange()) {
                continue;
            }
            ArrowLooks.Look look = looks.look(a.lookKey());
            if (look.visible() && look.changeLabel().visible()) {
                String word = ArrowLabels.changeWord(a.opened());
                double[] size = ArrowLabels.size(look.changeLabel().font(), word);
                ArrowLabels.changeWord(room, a.curve(), size[0], size[1])
                        .ifPresent(box -> out.add(new Placed(look, word, box)));
            }
        }
        return out;
    }
}
