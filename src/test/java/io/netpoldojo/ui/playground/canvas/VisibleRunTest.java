package io.netpoldojo.ui.playground.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Curve;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How far a click is from what is seen of an arrow: cards are drawn over arrows, so the stretch of
 * a line under a card is out of reach, and a click beside a card goes to the arrow seen there.
 */
class VisibleRunTest {
    private static final double REACH = 7;
    /** A card from (100, 100) to (258, 166), as big as the canvas draws one. */
    private static final Box CARD = new Box(100, 100, 158, 66);
    /** Runs under the card, 2 px inside its top edge, from x = 0 to 400. */
    private static final Curve UNDER = Curve.straight(0, 102, 400, 102);
    /** Runs beside the card, 3 px above its top edge. */
    private static final Curve BESIDE = Curve.straight(0, 97, 400, 97);
    private static final double NOWHERE = Double.MAX_VALUE;

    static Stream<Arguments> clicks() {
        return Stream.of(
                Arguments.of("beside the card, over the stretch of line under it", UNDER, 180, 98, NOWHERE),
                Arguments.of("beside the card, over the line seen beside it", BESIDE, 180, 98, 1.0),
                Arguments.of("left of the card, where the line under it is seen", UNDER, 95, 104, 2.0),
                Arguments.of("past the card's right edge, where it is seen again", UNDER, 262, 98, 4.0),
                Arguments.of("no card near: the whole line counts", Curve.straight(0, 300, 400, 300), 180, 303, 3.0),
                Arguments.of("out of reach", BESIDE, 180, 80, NOWHERE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clicks")
    void aClickReachesOnlyTheRunsSeen(String name, Curve line, double x, double y, double expected) {
        assertEquals(expected, VisibleRun.distance(line, x, y, REACH, List.of(CARD)), 1e-6);
    }

    @Test
    void aClickBesideACardPicksTheArrowSeenThereOverOneHiddenNearer() {
        // 2.2 px from the line under the card, 2.8 px from the one seen beside it: counting the
        // whole line, as the canvas did, the hidden one was nearer and its menu opened.
        double under = VisibleRun.distance(UNDER, 180, 99.8, REACH, List.of(CARD));
        double beside = VisibleRun.distance(BESIDE, 180, 99.8, REACH, List.of(CARD));
        assertEquals(NOWHERE, under);
        assertEquals(2.8, beside, 1e-6);
        assertEquals(2.2, VisibleRun.distance(UNDER, 180, 99.8, REACH, List.of()), 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("segments")
    void theUncoveredRunsOfASegment(String name, double ax, double ay, double bx, double by, List<List<Double>> runs) {
        List<List<Double>> actual = VisibleRun.uncovered(ax, ay, bx, by, List.of(CARD)).stream()
                .map(r -> List.of(round(r[0]), round(r[1]))).toList();
        assertEquals(runs, actual);
    }

    static Stream<Arguments> segments() {
        return Stream.of(
                Arguments.of("clear of the card", 0.0, 50.0, 400.0, 50.0, List.of(List.of(0.0, 1.0))),
                Arguments.of("across it", 0.0, 133.0, 400.0, 133.0, List.of(List.of(0.0, 0.25), List.of(0.645, 1.0))),
                Arguments.of("ending in it", 0.0, 133.0, 200.0, 133.0, List.of(List.of(0.0, 0.5))),
                Arguments.of("wholly under it", 120.0, 120.0, 200.0, 150.0, List.of()));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
