package io.netpoldojo.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A router made from the last one with one card moved ({@link ArrowRouter#withCardAt}) keeps the
 * routes the move cannot change and finds the rest; every route must be the one a new router for
 * the moved drawing finds. Checked over many random drags, on crowded and sparse drawings, where
 * a move frees a blocked straight line, blocks a clear one, or changes nothing.
 */
class IncrementalRoutingTest {
    private static final int DRAGS = 400;

    @Test
    void routesAfterAMoveAreThoseOfAFullReRoute() {
        Random random = new Random(17);
        int kept = 0;
        int pairs = 0;
        for (int drawing = 0; drawing < 8; drawing++) {
            int n = 6 + random.nextInt(14);
            double width = 500 + random.nextInt(900);
            double height = 400 + random.nextInt(500);
            Map<String, Box> cards = new HashMap<>();
            for (int i = 0; i < n; i++) {
                cards.put("ns/pod-" + i, randomCard(random, width, height));
            }
            List<Box> titles = List.of(new Box(10, 10, 140, 20), new Box(width / 2, height / 2, 120, 20));
            ArrowRouter router = new ArrowRouter(cards, titles);
            routeAll(router, cards);
            for (int drag = 0; drag < DRAGS / 8; drag++) {
                String id = "ns/pod-" + random.nextInt(n);
                Box was = cards.get(id);
                // Mostly short steps, as a mouse drag makes them; now and then a jump across the drawing.
                Box now = random.nextInt(4) == 0 ? randomCard(random, width, height)
                        : Box.centredOn(was.centreX() + random.nextGaussian() * 15, was.centreY()
                        + random.nextGaussian() * 15, was.width(), was.height());
                cards.put(id, now);
                router = router.withCardAt(id, now);
                ArrowRouter full = new ArrowRouter(cards, titles);
                for (String a : cards.keySet()) {
                    for (String b : cards.keySet()) {
                        if (a.compareTo(b) < 0) {
                            pairs++;
                            kept += router.knows(a, b) ? 1 : 0;
                            assertEquals(full.routeOf(a, b), router.routeOf(a, b),
                                    "drawing " + drawing + ", drag " + drag + " of " + id + ": " + a + " -> " + b);
                            assertEquals(full.routeOf(b, a), router.routeOf(b, a));
                        }
                    }
                }
            }
        }
        // The point of it: most routes survive a drag step.
        assertTrue(kept > pairs / 4, "routes kept across a move: " + kept + " of " + pairs);
    }

    @Test
    void aMovedCardsOwnRoutesAndThoseItNowBlocksAreFoundAgain() {
        Map<String, Box> cards = new HashMap<>();
        cards.put("a", new Box(0, 0, 158, 66));
        cards.put("b", new Box(600, 0, 158, 66));
        cards.put("c", new Box(300, 300, 158, 66));
        ArrowRouter router = new ArrowRouter(cards, List.of());
        assertTrue(router.routeOf("a", "b").clear());
        // c moves onto the straight line from a to b: that route must be found again, and bow around it.
        Box between = new Box(300, 0, 158, 66);
        ArrowRouter moved = router.withCardAt("c", between);
        assertTrue(!moved.knows("a", "c") && !moved.knows("a", "b"), "c's own routes and the one it blocks are dropped");
        cards.put("c", between);
        assertEquals(new ArrowRouter(cards, List.of()).routeOf("a", "b"), moved.routeOf("a", "b"));
        List<String> unchanged = new ArrayList<>();
        ArrowRouter away = moved.withCardAt("c", new Box(300, 2000, 158, 66));
        if (!away.knows("a", "b")) {
            unchanged.add("a-b re-routed once c left the line");
        }
        assertEquals(List.of("a-b re-routed once c left the line"), unchanged);
    }

    private static void routeAll(ArrowRouter router, Map<String, Box> cards) {
        for (String a : cards.keySet()) {
            for (String b : cards.keySet()) {
                if (!a.equals(b)) {
                    router.routeOf(a, b);
                }
            }
        }
    }

    private static Box randomCard(Random random, double width, double height) {
        return new Box(random.nextInt((int) width), random.nextInt((int) height), Sizes.CARD_WIDTH, Sizes.CARD_HEIGHT);
    }
}
