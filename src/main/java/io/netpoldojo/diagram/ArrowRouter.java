package io.netpoldojo.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where each arrow runs between cards placed on a drawing, so that the arrow a text talks
 * about can be seen and clicked: no arrow passes under a third card or through a zone's title,
 * every arrow has a run of its own between its two cards, and the two arrows of a pair of cards
 * run side by side, each {@link #OFFSET} to its left of their shared line.
 *
 * <p>For each pair of cards the router tries, cheapest first, a straight line, then lines bowed
 * further and further to either side (furthest out at their middle, or nearer one end), then
 * curves that leave and enter the cards by a chosen side, and keeps the first that stays {@link #CLEARANCE} clear of every other card and title.
 * When none does (a crowded canvas a person laid out), it keeps the one that runs under the
 * fewest. The answer depends only on where the cards and titles are, so it is the same in the
 * app, the SVG and the PNG, whatever order arrows are asked for in.
 */
public final class ArrowRouter {
    /** How far each arrow of a pair runs to the left of their shared line. */
    public static final double OFFSET = 7;
    /** How far a line keeps from a card it does not belong to. */
    public static final double CLEARANCE = 5;
    /** The gap between a card's edge and the start or end of its arrows. */
    private static final double GAP = 4;
    private static final double[] BOWS = {24, 44, 70, 100, 140, 190, 250, 320};
    private static final double[] HANDLES = {45, 90, 150};
    /** Where along the line a lopsided bow is furthest out. */
    private static final double[] ALONG = {0.3, 0.7};
    private static final double SHIFT_COST = 20;
    /** A route's cost beyond its length: lines that bend are kept for when straight ones are blocked. */
    private static final double BOW_COST = 0.35;
    private static final double SIDE_COST = 60;
    /**
     * The shortest line that can be seen between its two cards: two cards a hand-made layout put
     * closer than this are joined by a line that bows out around them instead.
     */
    public static final double MIN_RUN = 24;

    /** One way to draw the arrow, and where it runs. */
    public record Route(Curve curve, boolean clear) {}

    private record Candidate(Curve base, double cost) {}

    /**
     * A pair's two routes, and what could change them: the boxes (each curve's bounds and a pixel)
     * of the candidates tried before the one taken, then of the one taken ({@code taken} is its
     * first box), four numbers each. A card counts against a candidate only when its box with
     * {@link #CLEARANCE} overlaps one of these ({@link #blocked} looks at no other), so a card
     * moved clear of them cannot change the pair's routes (see {@link #withCardAt}).
     */
    private record Routed(Route[] routes, double[] seen, int taken, boolean clear) {
        /** Whether moving a card from {@code was} to {@code now} (both with clearance) can change these routes. */
        boolean touchedBy(Box was, Box now) {
            int count = seen.length / 4;
            for (int i = 0; i < count; i++) {
                boolean winner = i >= taken;
                // Before the route taken, a card leaving can clear a candidate; the route taken (clear)
                // can only be blocked by one arriving. With no clear route, either can change the count.
                if ((!winner || !clear) && overlaps(was, i) || (winner || !clear) && overlaps(now, i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean overlaps(Box b, int i) {
            int k = i * 4;
            return b.x() < seen[k + 2] && seen[k] < b.maxX() && b.y() < seen[k + 3] && seen[k + 1] < b.maxY();
        }
    }

    private final Map<String, Box> cards;
    private final List<Box> titles;
    private final Map<String, Routed> byPair = new HashMap<>();

    /**
     * @param cards  every card of the drawing by endpoint id
     * @param titles the boxes of the zones' titles and labels
     */
    public ArrowRouter(Map<String, Box> cards, List<Box> titles) {
        this.cards = Map.copyOf(cards);
        this.titles = List.copyOf(titles);
    }

    /** The line of the arrow from one card to another. */
    public Curve route(String fromId, String toId) {
        return routeOf(fromId, toId).curve();
    }

    /** The line of the arrow from one card to another, and whether it keeps clear of every other card and title. */
    public Route routeOf(String fromId, String toId) {
        boolean forward = fromId.compareTo(toId) < 0;
        String a = forward ? fromId : toId;
        String b = forward ? toId : fromId;
        Route[] both = byPair.computeIfAbsent(a + "\n" + b, k -> routePair(a, b)).routes();
        return both[forward ? 0 : 1];
    }

    /**
     * The router for the same drawing with one card moved to {@code box}, keeping the routes
     * already found that the move cannot change: those of pairs without the card whose candidates
     * tried (up to the one taken) keep clear of both its old and new place. Every route it gives
     * is the one a new router for the moved drawing gives (a drag re-routes only what it can change).
     */
    public ArrowRouter withCardAt(String id, Box box) {
        Map<String, Box> moved = new HashMap<>(cards);
        Box was = moved.put(id, box);
        ArrowRouter next = new ArrowRouter(moved, titles);
        if (was == null) {
            return next;
        }
        Box wasNear = was.inflate(CLEARANCE);
        Box nowNear = box.inflate(CLEARANCE);
        byPair.forEach((key, routed) -> {
            int cut = key.indexOf('\n');
            if (!key.substring(0, cut).equals(id) && !key.substring(cut + 1).equals(id)
                    && !routed.touchedBy(wasNear, nowNear)) {
                next.byPair.put(key, routed);
            }
        });
        return next;
    }

    /** The cards this router routes between, by endpoint id. */
    public Map<String, Box> cards() {
        return cards;
    }

    public List<Box> titles() {
        return titles;
    }

    /** Whether the route between two cards is already known (a {@link #withCardAt} kept it). */
    public boolean knows(String fromId, String toId) {
        boolean forward = fromId.compareTo(toId) < 0;
        return byPair.containsKey(forward ? fromId + "\n" + toId : toId + "\n" + fromId);
    }

    /**
     * Both directions between a and b: {a to b, b to a}, and the candidates tried. The candidates
     * are looked at cheapest first, each only until the first obstacle in its way (a drag frame
     * routes a hundred pairs, and most candidates tried are blocked); only when none is clear are
     * their obstacles counted, to keep the one blocked least.
     */
    private Routed routePair(String a, String b) {
        Box from = cards.get(a);
        Box to = cards.get(b);
        if (from == null || to == null) {
            throw new IllegalArgumentException("no card " + (from == null ? a : b));
        }
        // Each obstacle as four numbers, its sides: the other cards with clearance, then the titles.
        double[] obstacles = new double[(cards.size() + titles.size()) * 4];
        int n = 0;
        for (Map.Entry<String, Box> card : cards.entrySet()) {
            if (!card.getKey().equals(a) && !card.getKey().equals(b)) {
                n = put(obstacles, n, card.getValue().inflate(CLEARANCE));
            }
        }
        for (Box t : titles) {
            n = put(obstacles, n, t.inflate(2));
        }
        obstacles = java.util.Arrays.copyOf(obstacles, n);
        List<Candidate> candidates = candidates(from, to);
        candidates.sort(Comparator.comparingDouble(Candidate::cost));
        double[] seen = new double[candidates.size() * 8];
        int tried = 0;
        for (Candidate c : candidates) {
            Curve there = c.base().offset(OFFSET);
            Curve back = c.base().reversed().offset(OFFSET);
            see(seen, tried++, there);
            see(seen, tried++, back);
            if (c.base().length() >= MIN_RUN && blocked(there, from, to, obstacles, 1) == 0
                    && blocked(back, to, from, obstacles, 1) == 0) {
                return new Routed(new Route[] {new Route(there, true), new Route(back, true)},
                        java.util.Arrays.copyOf(seen, tried * 4), tried - 2, true);
            }
        }
        Route[] best = null;
        int fewest = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            Curve there = c.base().offset(OFFSET);
            Curve back = c.base().reversed().offset(OFFSET);
            // Counted only as far as it takes to see the candidate is not blocked less than the best.
            int blocked = c.base().length() < MIN_RUN ? 1 : 0;
            blocked += blocked(there, from, to, obstacles, fewest - blocked);
            if (blocked < fewest) {
                blocked += blocked(back, to, from, obstacles, fewest - blocked);
            }
            if (blocked < fewest) {
                fewest = blocked;
                best = new Route[] {new Route(there, false), new Route(back, false)};
            }
        }
        return new Routed(best, seen, 0, false);
    }

    private static int put(double[] boxes, int at, Box b) {
        boxes[at] = b.x();
        boxes[at + 1] = b.y();
        boxes[at + 2] = b.maxX();
        boxes[at + 3] = b.maxY();
        return at + 4;
    }

    /** Notes the box {@link #blocked} looks for obstacles in along a curve, as the {@code i}th seen. */
    private static void see(double[] seen, int i, Curve c) {
        Box b = c.bounds().inflate(1);
        seen[i * 4] = b.x();
        seen[i * 4 + 1] = b.y();
        seen[i * 4 + 2] = b.maxX();
        seen[i * 4 + 3] = b.maxY();
    }

    /** Every way tried, for a pair of cards, as their shared line from {@code from} to {@code to}. */
    private static List<Candidate> candidates(Box from, Box to) {
        List<Candidate> out = new ArrayList<>();
        double ax = from.centreX();
        double ay = from.centreY();
        double bx = to.centreX();
        double by = to.centreY();
        double len = Math.max(1, Math.hypot(bx - ax, by - ay));
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        Curve straight = Curve.straight(ax + ux * reach(from, ux, uy), ay + uy * reach(from, ux, uy),
                bx - ux * reach(to, -ux, -uy), by - uy * reach(to, -ux, -uy));
        out.add(new Candidate(straight, straight.length()));
        double nx = uy;
        double ny = -ux;
        for (double bow : BOWS) {
            for (int side : new int[] {1, -1}) {
                // The middle of the curve passes through this point.
                double px = (ax + bx) / 2 + nx * bow * side;
                double py = (ay + by) / 2 + ny * bow * side;
                double[] s = edgeToward(from, px, py);
                double[] e = edgeToward(to, px, py);
                Curve c = Curve.quadratic(s[0], s[1], 2 * px - (s[0] + e[0]) / 2, 2 * py - (s[1] + e[1]) / 2, e[0], e[1]);
                out.add(new Candidate(c, c.length() + BOW_COST * bow));
            }
        }
        // Lopsided bows, furthest out nearer one end: around a card that stands near that end.
        for (double along : ALONG) {
            for (double bow : BOWS) {
                for (int side : new int[] {1, -1}) {
                    double px = ax + (bx - ax) * along + nx * bow * side;
                    double py = ay + (by - ay) * along + ny * bow * side;
                    double[] s = edgeToward(from, px, py);
                    double[] e = edgeToward(to, px, py);
                    double k = 2 * along * (1 - along);
                    double cx = (px - (1 - along) * (1 - along) * s[0] - along * along * e[0]) / k;
                    double cy = (py - (1 - along) * (1 - along) * s[1] - along * along * e[1]) / k;
                    Curve c = Curve.quadratic(s[0], s[1], cx, cy, e[0], e[1]);
                    out.add(new Candidate(c, c.length() + BOW_COST * bow + SHIFT_COST));
                }
            }
        }
        for (int sa = 0; sa < 4; sa++) {
            for (int sb = 0; sb < 4; sb++) {
                for (double handle : HANDLES) {
                    double[] s = side(from, sa, bx, by);
                    double[] e = side(to, sb, ax, ay);
                    Curve c = new Curve(s[0], s[1], s[0] + s[2] * handle, s[1] + s[3] * handle,
                            e[0] + e[2] * handle, e[1] + e[3] * handle, e[0], e[1]);
                    out.add(new Candidate(c, c.length() + SIDE_COST + 0.2 * handle));
                }
            }
        }
        return out;
    }

    /** How far from a card's centre its arrows start, going in direction (ux, uy). */
    private static double reach(Box card, double ux, double uy) {
        double tx = Math.abs(ux) < 1e-9 ? Double.MAX_VALUE : card.width() / 2 / Math.abs(ux);
        double ty = Math.abs(uy) < 1e-9 ? Double.MAX_VALUE : card.height() / 2 / Math.abs(uy);
        return Math.min(tx, ty) + GAP;
    }

    /** The point where a line leaves the card heading for (px, py). */
    private static double[] edgeToward(Box card, double px, double py) {
        double dx = px - card.centreX();
        double dy = py - card.centreY();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double r = reach(card, dx / len, dy / len);
        return new double[] {card.centreX() + dx / len * r, card.centreY() + dy / len * r};
    }

    /**
     * A point just outside one side of a card, as near (towardX, towardY) as the side's middle part
     * allows (so lines to different cards leave from different places), and the side's outward
     * direction: {x, y, dx, dy}.
     */
    private static double[] side(Box card, int side, double towardX, double towardY) {
        double x = clamp(towardX, card.x() + 0.25 * card.width(), card.maxX() - 0.25 * card.width());
        double y = clamp(towardY, card.y() + 0.3 * card.height(), card.maxY() - 0.3 * card.height());
        return switch (side) {
            case 0 -> new double[] {x, card.y() - GAP, 0, -1};
            case 1 -> new double[] {card.maxX() + GAP, y, 1, 0};
            case 2 -> new double[] {x, card.maxY() + GAP, 0, 1};
            default -> new double[] {card.x() - GAP, y, -1, 0};
        };
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /**
     * How many obstacles the line runs through, counting its own two cards when it goes back into
     * the one it left or through the one it enters before its end (once for each short step that
     * does); it stops counting at {@code enough}. {@code obstacles} holds four numbers a box.
     */
    private static int blocked(Curve c, Box from, Box to, double[] obstacles, int enough) {
        if (enough <= 0) {
            return 0;
        }
        Box bounds = c.bounds().inflate(1);
        double bx = bounds.x();
        double by = bounds.y();
        double bmaxX = bounds.maxX();
        double bmaxY = bounds.maxY();
        // The obstacles near the line, by where their four numbers start; each is dropped once crossed.
        int[] near = new int[obstacles.length / 4];
        int nearCount = 0;
        for (int k = 0; k < obstacles.length; k += 4) {
            if (obstacles[k] < bmaxX && bx < obstacles[k + 2] && obstacles[k + 1] < bmaxY && by < obstacles[k + 3]) {
                near[nearCount++] = k;
            }
        }
        int steps = (int) Math.max(16, Math.min(96, c.length() / 6));
        Box ownFrom = from.inflate(-1);
        Box ownTo = to.inflate(-1);
        int count = 0;
        double px = c.sx();
        double py = c.sy();
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            double qx = c.x(t);
            double qy = c.y(t);
            for (int j = 0; j < nearCount; j++) {
                int k = near[j];
                if (Box.crosses(obstacles[k], obstacles[k + 1], obstacles[k + 2], obstacles[k + 3], px, py, qx, qy)) {
                    near[j--] = near[--nearCount];
                    if (++count >= enough) {
                        return count;
                    }
                }
            }
            if (ownFrom.crossedBy(px, py, qx, qy) || ownTo.crossedBy(px, py, qx, qy)) {
                if (++count >= enough) {
                    return count;
                }
            }
            px = qx;
            py = qy;
        }
        return count;
    }
}
