package io.netpoldojo.ui.playground.arrows;

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

    void begin(List<Arrow> changed) {
        changing = List.copyOf(changed);
        progress = 0;
    }

    void setProgress(double progress) {
        this.progress = progress;
    }

    /** The changed arrows settle into their looks. */
    void end() {
        changing.forEach(Arrow::endChange);
        changing = List.of();
        progress = 1;
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
     * fade. Each word takes a free place along its arrow; where none is left (a change of a
     * hundred arrows), the arrow goes without, rather than words piling on each other: the
     * status line counts them all.
     */
    void paintWords(ArrowLooks looks, GraphicsContext g) {
        double opacity = progress < 0.6 ? 1 : Math.max(0, (1 - progress) / 0.4);
        if (opacity <= 0) {
            return;
        }
        List<double[]> taken = new ArrayList<>();
        for (Arrow a : changing) {
            if (!a.isShown() || !a.isAnimatingChange()) {
                continue;
            }
            ArrowLooks.Look look = looks.look(a.lookKey());
            if (look.visible() && ArrowSurface.fill(g, opacity, look.changeLabel())) {
                String word = a.opened() ? "opened" : "closed";
                double size = look.changeLabel().font().getSize();
                double[] box = freePlace(a, word.length() * size * 0.62, size * 1.2, taken);
                if (box != null) {
                    taken.add(box);
                    g.setFont(look.changeLabel().font());
                    g.fillText(word, box[0], box[1] + box[3] * 0.8);
                }
            }
        }
    }

    /** Where along the arrow a word of this size fits without touching the words already placed: {x, y, w, h}. */
    private static double[] freePlace(Arrow a, double w, double h, List<double[]> taken) {
        for (double t : WORD_PLACES) {
            double x = a.curve().x(t) + 8;
            double y = a.curve().y(t) - h - 6;
            boolean free = true;
            for (double[] b : taken) {
                if (x < b[0] + b[2] + 3 && b[0] < x + w + 3 && y < b[1] + b[3] + 2 && b[1] < y + h + 2) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return new double[] {x, y, w, h};
            }
        }
        return null;
    }

    /** Where along an arrow its word may go, first choice first. */
    private static final double[] WORD_PLACES = {0.5, 0.38, 0.62, 0.27, 0.73};
}
