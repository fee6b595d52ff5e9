package io.netpoldojo.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one layout of every diagram (Learn, Quiz, Present, the Playground's Auto-layout and files
 * opened without a layout): where cards and zones go so that every arrow can be seen.
 *
 * <p>Cards stand in a grid inside their zone, {@link Spacing#gapX} and {@link Spacing#gapY}
 * apart, so an arrow between neighbours has a run of its own and others can pass between them; zones are just large
 * enough for their cards and their title; outside endpoints stand at an edge, where traffic
 * comes in: in a column on the left, or in a row along the top when the frame is narrow. Which arrangement is used (how many pod columns per zone, how many zones
 * per row, in which order) is chosen among all of them: the one whose arrows the
 * {@link ArrowRouter} can lay clear of every third card and title, then the largest on a frame of
 * the given shape, then the one with the shortest arrows. The same request always gives the same
 * layout.
 */
public final class DiagramLayout {
    static final double EMPTY_ZONE_HEIGHT = 60;
    /** Every order of the zones is tried while there are this few. */
    public static final int MAX_PERMUTED_ZONES = 4;
    /** How many of the largest arrangements have their arrows routed (the rest are only measured). */
    private static final int ROUTED_PLANS = 16;
    /** While none of those lets every arrow be seen, how many are tried in all. */
    private static final int MORE_ROUTED_PLANS = 96;
    /** Beyond this many arrows, arrangements are compared by how many straight lines cross a card. */
    private static final int MAX_ROUTED_ARROWS = 400;
    /** Two plans whose sizes differ by less than this fraction count as equally large. */
    private static final double SAME_SIZE = 0.03;
    /** An arrangement this much of the largest is large enough to be chosen for clearer arrows. */
    private static final double CLOSE_ENOUGH = 0.8;
    /**
     * In a frame shown at its width (a lesson's column), only this much of the largest: card
     * details (12 px) then stay at least 11 px on screen.
     */
    private static final double READABLE = 0.93;

    /** A card to place: its endpoint id and its zone's name ("" for an outside endpoint). */
    public record Card(String id, String zone) {}

    /** A zone to place: its namespace and how wide its title and labels are. */
    public record Zone(String name, double labelWidth) {}

    /**
     * The shape to fill: the layout is chosen to be as large as possible in it, up to
     * {@code maxScale} (a column of text: once the drawing is shown at full size, a more compact
     * one is better than a larger one).
     */
    public record Frame(double width, double height, double maxScale, boolean fillsWidth, Spacing spacing) {
        public Frame(double width, double height, double maxScale, boolean fillsWidth) {
            this(width, height, maxScale, fillsWidth, Spacing.ROOMY);
        }

        public Frame(double width, double height) {
            this(width, height, Double.MAX_VALUE, false);
        }

        /** The same frame with cards and zones set closer together. */
        public Frame compact() {
            return new Frame(width, height, maxScale, fillsWidth, Spacing.COMPACT);
        }

        /**
         * How much room a drawing takes where it is shown: as tall as it is once zoomed to the
         * frame's width (at most {@link #FILL_ZOOM}) when the view fills its width, else its area.
         */
        double room(double w, double h) {
            return fillsWidth ? h * Math.min(FILL_ZOOM, width / w) : w * h;
        }
    }

    /** The most a view that fills its width zooms a small drawing (a lesson's column). */
    public static final double FILL_ZOOM = 1.5;

    /** Where everything went: card boxes by endpoint id, zone boxes by name, and the drawing's size. */
    public record Placement(Map<String, Box> cards, Map<String, Box> zones, double width, double height) {}

    private DiagramLayout() {}

    /** What a layout depends on, and nothing else: the key of {@link #LAID_OUT}. */
    private record Request(List<Zone> zones, List<Card> cards, List<List<String>> arrows, Frame frame) {}

    /**
     * How far apart things stand: {@code gapX} and {@code gapY} between two cards side by side and
     * one above the other (room for arrows to pass between them), a zone's sides, the room under
     * its header and under its last row, between zones, and between the outside endpoints and the
     * zones, and around the drawing.
     */
    public record Spacing(double gapX, double gapY, double zoneSide, double zoneTop, double zoneBottom,
                          double zoneGap, double externalGap, double margin) {
        /** Lessons, the Playground, Present: room for several arrows to pass between two cards. */
        public static final Spacing ROOMY = new Spacing(64, 58, 28, Sizes.ZONE_HEADER + 22, 28, 48, 64, 24);
        /**
         * A quiz card's pane, which shares the window with the question: about two thirds of the
         * room, still more than the 24 px between cards the rules ask for, so the cards' words can
         * be shown at full size. Which arrangement is chosen still depends on its arrows being clear.
         */
        public static final Spacing COMPACT = new Spacing(44, 40, 18, Sizes.ZONE_HEADER + 14, 16, 32, 44, 24);
    }

    /** How many layouts are remembered: every lesson's and quiz card's diagrams, with room to spare. */
    private static final int REMEMBERED = 96;

    /**
     * Layouts already made, newest last. Laying a scenario out tries hundreds of arrangements and
     * routes their arrows (up to a fifth of a second for {@code platform-traffic}), and the same
     * scenario is drawn again and again: a lesson opened twice, a quiz card asked daily, the same
     * demo step. The answer depends only on the request, so it is made once per run.
     */
    private static final Map<Request, Placement> LAID_OUT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Request, Placement> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * @param arrows the pairs of endpoint ids arrows are drawn between, {@code {from, to}}
     */
    public static Placement arrange(List<Zone> zones, List<Card> cards, List<String[]> arrows, Frame frame) {
        Request request = new Request(List.copyOf(zones), List.copyOf(cards),
                arrows.stream().map(List::of).toList(), frame);
        synchronized (LAID_OUT) {
            Placement known = LAID_OUT.get(request);
            if (known != null) {
                return known;
            }
        }
        // Made outside the lock: two threads asking for the same new layout both make it (the
        // same), rather than one waiting behind a long layout of another scenario.
        Placement placed = layOut(zones, cards, arrows, frame);
        synchronized (LAID_OUT) {
            LAID_OUT.put(request, placed);
        }
        return placed;
    }

    private static Placement layOut(List<Zone> zones, List<Card> cards, List<String[]> arrows, Frame frame) {
        Map<String, Zone> zoneByName = new LinkedHashMap<>();
        zones.forEach(z -> zoneByName.put(z.name(), z));
        Map<String, List<String>> podsByZone = new LinkedHashMap<>();
        zones.forEach(z -> podsByZone.put(z.name(), new ArrayList<>()));
        List<String> outside = new ArrayList<>();
        for (Card c : cards) {
            if (c.zone().isEmpty()) {
                outside.add(c.id());
            } else {
                podsByZone.computeIfAbsent(c.zone(), k -> new ArrayList<>()).add(c.id());
                zoneByName.putIfAbsent(c.zone(), new Zone(c.zone(), Sizes.zoneLabelWidth(c.zone(), "")));
            }
        }
        int mostPods = podsByZone.values().stream().mapToInt(List::size).max().orElse(1);
        List<Plan> plans = new ArrayList<>();
        for (List<String> order : orders(new ArrayList<>(podsByZone.keySet()))) {
            for (int columns = 1; columns <= Math.max(1, mostPods); columns++) {
                for (int perRow = 1; perRow <= Math.max(1, podsByZone.size()); perRow++) {
                    plans.add(new Plan(order, podsByZone, zoneByName, outside, columns, perRow, false, plans.size(),
                            frame.spacing()));
                    if (!outside.isEmpty()) {
                        plans.add(new Plan(order, podsByZone, zoneByName, outside, columns, perRow, true, plans.size(),
                                frame.spacing()));
                    }
                }
            }
        }
        double largest = plans.stream().mapToDouble(p -> p.scale(frame)).max().orElse(1);
        double closeEnough = frame.fillsWidth() ? READABLE : CLOSE_ENOUGH;
        List<Plan> large = plans.stream().filter(p -> p.scale(frame) >= closeEnough * largest)
                .sorted(Comparator.comparingInt((Plan p) -> p.straightCrossings(arrows))
                        .thenComparing(p -> -p.scale(frame)).thenComparingDouble(p -> frame.room(p.width, p.height))
                        .thenComparingInt(p -> p.index))
                .toList();
        if (arrows.size() > MAX_ROUTED_ARROWS) {
            return large.get(0).placement();
        }
        // The largest first, measured before their arrows are routed (routed, a plan only grows).
        List<Plan> bySize = large.stream().sorted(Comparator.comparingDouble((Plan p) -> -p.scale(frame))
                .thenComparingInt(p -> p.index)).toList();
        double[] unrouted = bySize.stream().mapToDouble(p -> p.scale(frame)).toArray();
        Plan best = null;
        for (int i = 0; i < large.size() && (i < ROUTED_PLANS || best.unclear > 0 && i < MORE_ROUTED_PLANS); i++) {
            Plan p = large.get(i);
            // Past the first few, a plan is only wanted if it lets more arrows be seen: it is given
            // up at the first arrow that makes it no better, which keeps the search short.
            p.route(arrows, i < ROUTED_PLANS ? Integer.MAX_VALUE : best.unclear);
            best = better(p, best, frame);
        }
        // The first plans are those whose straight lines cross fewest cards, which are the likeliest
        // to let every arrow be seen but not always the largest once their arrows are drawn (rollout's
        // quiz diagram: 9.7 px card words instead of 11). Any plan that could still be clearly larger
        // than the best is routed too, and given up as soon as it lets fewer arrows be seen.
        for (int i = 0; i < bySize.size() && unrouted[i] > best.scale(frame) * (1 + SAME_SIZE); i++) {
            Plan p = bySize.get(i);
            if (!p.routed) {
                p.route(arrows, best.unclear == Integer.MAX_VALUE ? Integer.MAX_VALUE : best.unclear + 1);
                best = better(p, best, frame);
            }
        }
        return best.settled(arrows).placement();
    }

    private static Plan better(Plan p, Plan best, Frame frame) {
        if (Boolean.getBoolean("layout.debug")) {
            System.err.printf("plan %d: %.0f x %.0f scale %.3f room %.0f unclear %d length %.0f%n", p.index, p.width,
                    p.height, p.scale(frame), frame.room(p.width, p.height), p.unclear, p.routeLength);
        }
        return best == null || p.betterThan(best, frame) ? p : best;
    }

    /** Every order of the zones while there are few; beyond that, the given order only. */
    private static List<List<String>> orders(List<String> names) {
        if (names.size() > MAX_PERMUTED_ZONES) {
            return List.of(names);
        }
        List<List<String>> out = new ArrayList<>();
        permute(new ArrayList<>(), names, out);
        return out;
    }

    private static void permute(List<String> prefix, List<String> rest, List<List<String>> out) {
        if (rest.isEmpty()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < rest.size(); i++) {
            List<String> remaining = new ArrayList<>(rest);
            prefix.add(remaining.remove(i));
            permute(prefix, remaining, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** Zones flowed {@code perRow} to a row, pods in at most {@code columns} columns per zone. */
    private static final class Plan {
        final int index;
        final Spacing gaps;
        final Map<String, Box> cards = new LinkedHashMap<>();
        final Map<String, Box> zones = new LinkedHashMap<>();
        final List<Box> titles = new ArrayList<>();
        double width;
        double height;
        int unclear;
        double routeLength;
        /** Whether {@link #route} has run (its arrows then count in the plan's size). */
        boolean routed;
        /** Whether the last {@link #route} moved the cards to hold the arrows. */
        boolean moved;

        /**
         * @param onTop outside endpoints in a row along the top edge (a narrow frame) rather than
         *              in a column at the left edge
         */
        Plan(List<String> order, Map<String, List<String>> pods, Map<String, Zone> zoneByName, List<String> outside,
             int columns, int perRow, boolean onTop, int index, Spacing gaps) {
            this.index = index;
            this.gaps = gaps;
            double left = gaps.margin() + (outside.isEmpty() || onTop ? 0 : Sizes.CARD_WIDTH + gaps.externalGap());
            double y = gaps.margin() + (onTop ? Sizes.CARD_HEIGHT + gaps.externalGap() : 0);
            double right = left;
            for (int start = 0; start < order.size(); start += perRow) {
                List<String> row = order.subList(start, Math.min(order.size(), start + perRow));
                double rowHeight = 0;
                for (String name : row) {
                    rowHeight = Math.max(rowHeight, zoneHeight(pods.get(name).size(), columns));
                }
                double x = left;
                for (String name : row) {
                    x = placeZone(zoneByName.get(name), pods.get(name), columns, x, y, rowHeight) + gaps.zoneGap();
                }
                right = Math.max(right, x - gaps.zoneGap());
                y += rowHeight + gaps.zoneGap();
            }
            double bottom = order.isEmpty() ? gaps.margin() : y - gaps.zoneGap();
            if (onTop) {
                // Outside endpoints in a row along the top edge, centred over the zones below them.
                double row = outside.size() * Sizes.CARD_WIDTH + Math.max(0, outside.size() - 1) * gaps.gapX();
                double start = Math.max(gaps.margin(), gaps.margin() + (right - gaps.margin() - row) / 2);
                for (int i = 0; i < outside.size(); i++) {
                    cards.put(outside.get(i), card(start + i * (Sizes.CARD_WIDTH + gaps.gapX()), gaps.margin()));
                }
                width = Math.max(right, start + row) + gaps.margin();
                height = Math.max(bottom, gaps.margin() + Sizes.CARD_HEIGHT) + gaps.margin();
                return;
            }
            // Outside endpoints in a column at the left edge, centred on the zones beside them.
            double column = outside.size() * Sizes.CARD_HEIGHT + Math.max(0, outside.size() - 1) * gaps.gapY();
            double top = Math.max(gaps.margin(), gaps.margin() + (bottom - gaps.margin() - column) / 2);
            for (int i = 0; i < outside.size(); i++) {
                cards.put(outside.get(i), card(gaps.margin(), top + i * (Sizes.CARD_HEIGHT + gaps.gapY())));
            }
            width = right + gaps.margin();
            height = Math.max(bottom, top + column) + gaps.margin();
        }

        private double zoneHeight(int n, int columns) {
            if (n == 0) {
                return gaps.zoneTop() + EMPTY_ZONE_HEIGHT - (gaps.zoneTop() - Sizes.ZONE_HEADER);
            }
            int rows = (int) Math.ceil(n / (double) Math.min(columns, n));
            return gaps.zoneTop() + rows * Sizes.CARD_HEIGHT + (rows - 1) * gaps.gapY() + gaps.zoneBottom();
        }

        /** Places a zone at (x, y), vertically centred in its row; returns its right edge. */
        private double placeZone(Zone zone, List<String> pods, int columns, double x, double y, double rowHeight) {
            int n = pods.size();
            int c = Math.max(1, Math.min(columns, n));
            double content = c * Sizes.CARD_WIDTH + (c - 1) * gaps.gapX();
            double w = Math.max(zone.labelWidth() + 2 * Sizes.LABEL_LEFT, 2 * gaps.zoneSide() + (n == 0 ? 0 : content));
            double h = zoneHeight(n, columns);
            Box box = new Box(x, y + (rowHeight - h) / 2, w, h);
            zones.put(zone.name(), box);
            titles.add(Sizes.zoneLabelBox(box, zone.labelWidth()));
            double x0 = box.x() + (w - content) / 2;
            for (int i = 0; i < n; i++) {
                cards.put(pods.get(i), card(x0 + (i % c) * (Sizes.CARD_WIDTH + gaps.gapX()),
                        box.y() + gaps.zoneTop() + (i / c) * (Sizes.CARD_HEIGHT + gaps.gapY())));
            }
            return x + w;
        }

        /**
         * A card with its top-left corner near (x, y), on whole pixels: the app places cards by
         * their centres in whole pixels ({@code AutoLayout}), and its arrows, routed between the
         * cards where they stand, are then exactly the ones this plan was measured with.
         */
        private static Box card(double x, double y) {
            return new Box(Math.round(x), Math.round(y), Sizes.CARD_WIDTH, Sizes.CARD_HEIGHT);
        }

        /** How large the drawing can be shown in the frame (relative; larger is better). */
        double scale(Frame frame) {
            return Math.min(frame.maxScale(), Math.min(frame.width() / width, frame.height() / height));
        }

        /** How many times an arrow drawn straight from card to card runs through a third card. */
        int straightCrossings(List<String[]> arrows) {
            int n = 0;
            for (String[] a : arrows) {
                Box from = cards.get(a[0]);
                Box to = cards.get(a[1]);
                if (from == null || to == null) {
                    continue;
                }
                for (Map.Entry<String, Box> card : cards.entrySet()) {
                    if (!card.getKey().equals(a[0]) && !card.getKey().equals(a[1]) && card.getValue()
                            .crossedBy(from.centreX(), from.centreY(), to.centreX(), to.centreY())) {
                        n++;
                    }
                }
            }
            return n;
        }

        /**
         * Routes the arrows, counting those that cannot be laid clear; stops once {@code giveUpAt}
         * of them cannot. Once all are routed, the drawing grows to hold their lines too (see
         * {@link #holdArrows}), so that a plan's size, and the scale it is compared by, is that of
         * everything drawn.
         */
        void route(List<String[]> arrows, int giveUpAt) {
            routed = true;
            unclear = 0;
            routeLength = 0;
            ArrowRouter router = new ArrowRouter(cards, titles);
            Box reach = null;
            for (String[] a : arrows) {
                if (cards.containsKey(a[0]) && cards.containsKey(a[1])) {
                    ArrowRouter.Route r = router.routeOf(a[0], a[1]);
                    unclear += r.clear() ? 0 : 1;
                    routeLength += r.curve().length();
                    if (unclear >= giveUpAt) {
                        unclear = Integer.MAX_VALUE;
                        return;
                    }
                    Box line = r.curve().extent().inflate(Sizes.ARROW_REACH);
                    reach = reach == null ? line : reach.union(line);
                }
            }
            moved = reach != null && holdArrows(reach);
        }

        /**
         * The chosen plan, made exact: when holding its arrows moved the cards, they are routed
         * again where the cards now stand (a route can come out differently by a rounding error,
         * and the app routes them there), until the drawing holds them as they are.
         */
        Plan settled(List<String[]> arrows) {
            for (int pass = 0; pass < 3 && moved; pass++) {
                route(arrows, Integer.MAX_VALUE);
            }
            return this;
        }

        /**
         * Makes the drawing hold the arrows' lines with {@link Sizes#ARROW_MARGIN} around them: a
         * line bowed out past the cards (around a card in its way) would otherwise run off the
         * drawing's edge and be cut where it is shown. Past the left or top, everything moves in,
         * by whole pixels. Returns whether anything moved.
         */
        private boolean holdArrows(Box reach) {
            double dx = Math.max(0, Math.ceil(Sizes.ARROW_MARGIN - reach.x()));
            double dy = Math.max(0, Math.ceil(Sizes.ARROW_MARGIN - reach.y()));
            if (dx > 0 || dy > 0) {
                cards.replaceAll((id, b) -> new Box(b.x() + dx, b.y() + dy, b.width(), b.height()));
                zones.replaceAll((name, b) -> new Box(b.x() + dx, b.y() + dy, b.width(), b.height()));
                titles.replaceAll(b -> new Box(b.x() + dx, b.y() + dy, b.width(), b.height()));
                width += dx;
                height += dy;
            }
            width = Math.max(width, reach.maxX() + dx + Sizes.ARROW_MARGIN);
            height = Math.max(height, reach.maxY() + dy + Sizes.ARROW_MARGIN);
            return dx > 0 || dy > 0;
        }

        boolean betterThan(Plan o, Frame frame) {
            if (unclear != o.unclear) {
                return unclear < o.unclear;
            }
            // Sizes within a few percent count as the same: then the shorter arrows win.
            double s = scale(frame);
            double os = o.scale(frame);
            if (Math.abs(s - os) > SAME_SIZE * Math.max(s, os)) {
                return s > os;
            }
            // As large as each other: the more compact drawing (less to scroll past, shorter arrows).
            double area = frame.room(width, height);
            double otherArea = frame.room(o.width, o.height);
            if (Math.abs(area - otherArea) > 0.05 * Math.max(area, otherArea)) {
                return area < otherArea;
            }
            if (Math.abs(routeLength - o.routeLength) > 1e-6) {
                return routeLength < o.routeLength;
            }
            return index < o.index;
        }

        Placement placement() {
            return new Placement(Map.copyOf(cards), Map.copyOf(zones), width, height);
        }
    }
}
