package io.netpoldojo.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds room for the words drawn beside arrows ("reply (stateful)", "opened", "closed") by the
 * rule the arrows keep ({@link ArrowRouter}): a word's box lies on no card, on no zone's title and
 * on no word already placed, and inside the drawing, so it is never cut off. Each word is tried at
 * the places its caller lists, first choice first; where none is free, it is left out rather than
 * drawn over something (its caller says where the same thing can still be read).
 */
public final class LabelPlaces {
    /** How far a word keeps from a card, a title or another word. */
    public static final double CLEARANCE = 3;

    /**
     * One place to try for a word: {@code along} its line (0 at the start, 1 at the end), on its
     * left ({@code side} 1, left of the direction of travel on screen) or its right (-1), with
     * {@code gap} pixels between the line and the nearest edge of the word's box.
     */
    public record Spot(double along, int side, double gap) {}

    private final List<Box> obstacles;
    private final Box area;
    private final List<Box> taken = new ArrayList<>();

    /**
     * @param cards  the cards' boxes
     * @param titles the boxes of the zones' titles and labels
     * @param area   the drawing, which every word stays inside
     */
    public LabelPlaces(Collection<Box> cards, Collection<Box> titles, Box area) {
        List<Box> all = new ArrayList<>(cards.size() + titles.size());
        all.addAll(cards);
        all.addAll(titles);
        this.obstacles = List.copyOf(all);
        this.area = area;
    }

    /** The first free place among {@code spots} for a word of this size beside {@code line}, now taken; empty when none is free. */
    public Optional<Box> place(Curve line, double width, double height, List<Spot> spots) {
        for (Spot s : spots) {
            Box b = beside(line, s, width, height);
            if (free(b)) {
                taken.add(b);
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Takes a place found before (on an earlier frame, for the same drawing) without looking again. */
    public void take(Box box) {
        taken.add(box);
    }

    /** The words placed so far. */
    public List<Box> taken() {
        return List.copyOf(taken);
    }

    /**
     * A box of this size beside the line at a spot: its centre on the line's normal there, as far
     * out as puts the box's nearest edge {@code gap} from the line.
     */
    public static Box beside(Curve line, Spot spot, double width, double height) {
        double t = spot.along();
        double dx = line.x(Math.min(1, t + 0.01)) - line.x(Math.max(0, t - 0.01));
        double dy = line.y(Math.min(1, t + 0.01)) - line.y(Math.max(0, t - 0.01));
        double len = Math.hypot(dx, dy);
        double ux = len < 1e-9 ? 1 : dx / len;
        double uy = len < 1e-9 ? 0 : dy / len;
        // Left of (ux, uy) on a screen whose y grows downwards is (uy, -ux).
        double nx = uy * spot.side();
        double ny = -ux * spot.side();
        double reach = spot.gap() + Math.abs(nx) * width / 2 + Math.abs(ny) * height / 2;
        return Box.centredOn(line.x(t) + nx * reach, line.y(t) + ny * reach, width, height);
    }

    /** Whether a word's box is inside the drawing and clear of every card, title and word placed. */
    public boolean free(Box b) {
        if (area != null && (b.x() < area.x() || b.y() < area.y() || b.maxX() > area.maxX() || b.maxY() > area.maxY())) {
            return false;
        }
        Box near = b.inflate(CLEARANCE);
        for (Box o : obstacles) {
            if (o.overlaps(near)) {
                return false;
            }
        }
        for (Box o : taken) {
            if (o.overlaps(near)) {
                return false;
            }
        }
        return true;
    }
}
