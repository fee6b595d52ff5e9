package io.netpoldojo.ui.playground.raster;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.playground.raster.RasterPicture.Cap;
import io.netpoldojo.ui.playground.raster.RasterPicture.Pen;
import io.netpoldojo.ui.playground.raster.RasterPicture.Sprite;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the arrow painter puts in which pixel: coverage, dashes, caps, colour and order. */
class ArrowRasterTest {
    private static final int RED = 0xff0000;
    private static final double[] SOLID = {};

    private static Pen pen(double width, Cap cap, double... dashes) {
        return new Pen(RED, 1, width, cap, dashes, 0);
    }

    private static ArrowRaster paint(int width, int height, double scale, Consumer<RasterPicture> drawing) {
        RasterPicture picture = new RasterPicture();
        drawing.accept(picture);
        ArrowRaster raster = new ArrowRaster(width, height, scale);
        raster.paint(picture);
        return raster;
    }

    /** A straight line along the row y = 10.5, from x0 to x1, in a 128 by 24 raster. */
    private static ArrowRaster row(Pen pen, double x0, double x1) {
        return paint(128, 24, 1, p -> p.strokeQuad(pen, x0, 10.5, (x0 + x1) / 2, 10.5, x1, 10.5));
    }

    private static int alpha(ArrowRaster r, int x, int y) {
        return r.pixel(x, y) >>> 24;
    }

    /** A pixel's coverage, from 0 to 1, read from its alpha. */
    private static double ink(ArrowRaster r) {
        double sum = 0;
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) {
                sum += alpha(r, x, y) / 255.0;
            }
        }
        return sum;
    }

    static Stream<Arguments> pixelsAlongARow() {
        return Stream.of(
                // what, pen, from x, to x, pixel column, expected alpha on the line's row
                Arguments.of("inside a solid line", pen(2, Cap.BUTT), 10, 50, 30, 255),
                Arguments.of("before a flat end", pen(2, Cap.BUTT), 10, 50, 9, 0),
                Arguments.of("the first column of a flat end", pen(2, Cap.BUTT), 10, 50, 10, 255),
                Arguments.of("past a flat end", pen(2, Cap.BUTT), 10, 50, 50, 0),
                Arguments.of("a square end reaches half the width further", pen(2, Cap.SQUARE), 10, 50, 9, 255),
                Arguments.of("but no further", pen(2, Cap.SQUARE), 10, 50, 8, 0),
                Arguments.of("a round end reaches half the width further", pen(4, Cap.ROUND), 10, 50, 8, 255),
                Arguments.of("a dash of 10", pen(2, Cap.BUTT, 10, 10), 0, 100, 5, 255),
                Arguments.of("the gap after it", pen(2, Cap.BUTT, 10, 10), 0, 100, 15, 0),
                Arguments.of("the next dash", pen(2, Cap.BUTT, 10, 10), 0, 100, 25, 255),
                // 10 5 3 is read as 10 5 3 10 5 3: dash, gap, dash, then a gap of 10 where a
                // pattern merely cycling would start a dash again.
                Arguments.of("an odd pattern, its second dash", pen(2, Cap.BUTT, 10, 5, 3), 0, 100, 16, 255),
                Arguments.of("an odd pattern repeats with dash and gap swapped", pen(2, Cap.BUTT, 10, 5, 3), 0, 100, 22, 0),
                Arguments.of("an odd pattern, the dash after", pen(2, Cap.BUTT, 10, 5, 3), 0, 100, 30, 255),
                Arguments.of("square caps on each dash", pen(2, Cap.SQUARE, 10, 10), 0, 100, 10, 255),
                Arguments.of("a half-covered column where a dash ends", pen(2, Cap.BUTT, 10.5, 9.5), 0, 100, 10, 128));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pixelsAlongARow")
    void paintsEachColumnOfALineAsJavaFxDoes(String what, Pen pen, double x0, double x1, int column, int alpha) {
        assertEquals(alpha, alpha(row(pen, x0, x1), column, 10), 1, what);
    }

    @Test
    void aLineTwoPixelsWideCoversItsRowAndHalfOfEachNeighbour() {
        ArrowRaster r = row(pen(2, Cap.BUTT), 10, 50);
        assertAll(
                () -> assertEquals(255, alpha(r, 30, 10)),
                () -> assertEquals(128, alpha(r, 30, 9), 1),
                () -> assertEquals(128, alpha(r, 30, 11), 1),
                () -> assertEquals(0, alpha(r, 30, 8)),
                () -> assertEquals(0, alpha(r, 30, 12)));
    }

    static Stream<Arguments> dashOffsets() {
        return Stream.of(
                // offset, a column that is painted, a column that is not
                Arguments.of(0, 5, 15),
                Arguments.of(5, 2, 10), // the first dash is half gone
                Arguments.of(-5, 10, 2), // the pattern starts 5 before its end: in the gap
                Arguments.of(25, 2, 10), // a whole pattern and 5 more
                Arguments.of(-15, 2, 10));
    }

    @ParameterizedTest(name = "offset {0}")
    @MethodSource("dashOffsets")
    void theDashOffsetShiftsThePatternAlongTheLine(double offset, int painted, int blank) {
        Pen pen = new Pen(RED, 1, 2, Cap.BUTT, new double[] {10, 10}, offset);
        ArrowRaster r = row(pen, 0, 100);
        assertEquals(255, alpha(r, painted, 10), "column " + painted);
        assertEquals(0, alpha(r, blank, 10), "column " + blank);
    }

    @Test
    void roundDotsOfTheTrafficAreSmallDisks() {
        Pen dots = new Pen(RED, 1, 4, Cap.ROUND, new double[] {0.1, 19.9}, 0);
        ArrowRaster r = row(dots, 20, 100);
        assertAll(
                () -> assertEquals(255, alpha(r, 20, 10), "the dot's middle"),
                () -> assertEquals(0, alpha(r, 20, 14), "beyond its radius"),
                () -> assertEquals(255, alpha(r, 40, 10), "the next dot"),
                () -> assertEquals(0, alpha(r, 30, 10), "between dots"),
                // A disk of radius 2 holds about 12.6 pixels of ink; dots start at 20, 40, 60 and 80.
                () -> assertEquals(4 * Math.PI * 4, ink(r), 3));
        // Traffic dots 1.8 wide are smaller than 3 pixels: each leaves the ink of its disk.
        Pen traffic = new Pen(RED, 1, 1.8, Cap.ROUND, new double[] {0.1, 17.9}, 0);
        assertEquals(Math.PI * 0.81 + 0.18, ink(row(traffic, 20.3, 30)), 0.05);
    }

    @Test
    void aScaledRasterPaintsInItsOwnPixels() {
        // One unit wide from x 5 to 50 at scale 2: two pixels wide from 10 to 100.
        ArrowRaster r = paint(128, 24, 2, p -> p.strokeQuad(pen(1, Cap.BUTT), 5, 5.25, 27, 5.25, 50, 5.25));
        assertAll(
                () -> assertEquals(255, alpha(r, 50, 10)),
                () -> assertEquals(255, alpha(r, 99, 10)),
                () -> assertEquals(0, alpha(r, 100, 10)),
                () -> assertEquals(0, alpha(r, 9, 10)),
                () -> assertEquals(180, ink(r), 2));
    }

    @Test
    void coloursArePremultipliedAndLaidOverWhatIsThere() {
        ArrowRaster half = row(new Pen(0x336699, 0.5, 2, Cap.BUTT, SOLID, 0), 10, 50);
        int p = half.pixel(30, 10);
        assertAll(
                () -> assertEquals(128, p >>> 24, 1),
                () -> assertEquals(0x33 * 128 / 255, (p >> 16) & 0xff, 1),
                () -> assertEquals(0x66 * 128 / 255, (p >> 8) & 0xff, 1),
                () -> assertEquals(0x99 * 128 / 255, p & 0xff, 1));

        // Blue over red: the later line wins where both are opaque; two halves make three quarters.
        ArrowRaster over = paint(64, 24, 1, pic -> {
            pic.strokeQuad(pen(2, Cap.BUTT), 0, 10.5, 30, 10.5, 60, 10.5);
            pic.strokeQuad(new Pen(0x0000ff, 1, 2, Cap.BUTT, SOLID, 0), 0, 10.5, 30, 10.5, 60, 10.5);
        });
        assertEquals(0xff0000ff, over.pixel(30, 10));
        ArrowRaster halves = paint(64, 24, 1, pic -> {
            Pen halfRed = new Pen(RED, 0.5, 2, Cap.BUTT, SOLID, 0);
            pic.strokeQuad(halfRed, 0, 10.5, 30, 10.5, 60, 10.5);
            pic.strokeQuad(halfRed, 30.5, 0, 30.5, 12, 30.5, 24);
        });
        assertEquals(192, halves.pixel(30, 10) >>> 24, 1);
    }

    static Stream<Arguments> shapesAndTheirArea() {
        return Stream.of(
                // what, drawing, ink (pixels fully covered, summed), tolerance
                Arguments.of("a diagonal line 100 long and 2 wide",
                        (Consumer<RasterPicture>) p -> p.strokeQuad(pen(2, Cap.BUTT), 10, 10, 45.36, 45.36, 80.71, 80.71),
                        200.0, 3.0),
                Arguments.of("a steep line across several tiles",
                        (Consumer<RasterPicture>) p -> p.strokeQuad(pen(1.6, Cap.BUTT), 30, 5, 40, 60, 50, 115),
                        1.6 * Math.hypot(20, 110), 3.0),
                Arguments.of("a dashed diagonal, half of it dashes",
                        (Consumer<RasterPicture>) p -> p.strokeQuad(pen(2, Cap.BUTT, 5, 5), 10, 10, 45.36, 45.36, 80.71, 80.71),
                        100.0, 3.0),
                Arguments.of("a curve bending through 90 degrees, 3 wide",
                        // A quarter circle of radius 50 is about 78.5 long; this parabola is a little longer.
                        (Consumer<RasterPicture>) p -> p.strokeQuad(pen(3, Cap.BUTT), 10, 60, 10, 10, 60, 10),
                        3 * parabolaLength(10, 60, 10, 10, 60, 10), 5.0),
                Arguments.of("a right triangle with legs of 20",
                        (Consumer<RasterPicture>) p -> p.fillTriangle(RED, 1, 10, 10, 30, 10, 10, 30), 200.0, 3.0));
    }

    private static double parabolaLength(double x0, double y0, double cx, double cy, double x1, double y1) {
        double length = 0;
        double px = x0;
        double py = y0;
        for (int i = 1; i <= 1000; i++) {
            double t = i / 1000.0;
            double x = (1 - t) * (1 - t) * x0 + 2 * (1 - t) * t * cx + t * t * x1;
            double y = (1 - t) * (1 - t) * y0 + 2 * (1 - t) * t * cy + t * t * y1;
            length += Math.hypot(x - px, y - py);
            px = x;
            py = y;
        }
        return length;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesAndTheirArea")
    void aShapeLeavesAsMuchInkAsItsArea(String what, Consumer<RasterPicture> drawing, double area, double tolerance) {
        assertEquals(area, ink(paint(128, 128, 1, drawing)), area * tolerance / 100, what);
    }

    @Test
    void aTranslucentCurveHasNoDarkerSeamsWhereItsPiecesMeet() {
        // 12 wide at 40%, like the halo of a change: a single shape, so no pixel is laid twice.
        Pen halo = new Pen(RED, 0.4, 12, Cap.ROUND, SOLID, 0);
        ArrowRaster r = paint(256, 256, 1, p -> p.strokeQuad(halo, 20, 200, 40, 20, 230, 60));
        int darkest = 0;
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) {
                darkest = Math.max(darkest, alpha(r, x, y));
            }
        }
        assertEquals(102, darkest, 1, "0.4 of 255, nowhere more");
    }

    @Test
    void aLineAcrossATileBorderIsEvenOnBothSides() {
        ArrowRaster r = paint(128, 24, 1, p -> p.strokeQuad(pen(2, Cap.BUTT), 10, 10.5, 64, 10.5, 120, 10.5));
        assertEquals(alpha(r, 63, 10), alpha(r, 64, 10));
        assertEquals(alpha(r, 63, 9), alpha(r, 64, 9));
    }

    @Test
    void whatFallsOutsideIsLeftOutWithoutHarm() {
        ArrowRaster r = paint(64, 64, 1, p -> {
            p.strokeQuad(pen(2, Cap.SQUARE, 7, 6), -50, -50, 200, 200, 500, 500);
            p.fillTriangle(RED, 1, -10, -10, 5, -10, -10, 5);
            p.stamp(new Sprite(new int[] {0xff0000ff, 0xff0000ff, 0xff0000ff, 0xff0000ff}, 2, 2, 0, 0), 1, 63.4, 63.4);
        });
        assertTrue(alpha(r, 32, 32) > 0, "the diagonal crosses the middle");
        assertEquals(255, alpha(r, 0, 0), "the triangle's corner that is inside");
        assertEquals(0xff0000ff, r.pixel(63, 63), "the stamp's pixel that is inside");
    }

    @Test
    void aStampLaysItsPixelsAtItsOriginAndOpacity() {
        Sprite cross = new Sprite(new int[] {0xff00ff00, 0, 0, 0xff00ff00}, 2, 2, 1, 1);
        ArrowRaster r = paint(16, 16, 1, p -> {
            p.stamp(cross, 1, 5, 5);
            p.stamp(cross, 0.5, 10, 10);
        });
        assertAll(
                () -> assertEquals(0xff00ff00, r.pixel(4, 4), "the origin (1, 1) falls on the point"),
                () -> assertEquals(0xff00ff00, r.pixel(5, 5)),
                () -> assertEquals(0, r.pixel(5, 4)),
                () -> assertEquals(0x7f007f00, r.pixel(9, 9), "at half opacity"));
    }

    static Stream<Arguments> pensThatLeaveNothing() {
        return Stream.of(
                Arguments.of("no width", pen(0, Cap.BUTT)),
                Arguments.of("no opacity", new Pen(RED, 0, 2, Cap.BUTT, SOLID, 0)),
                Arguments.of("an endless width", pen(Double.POSITIVE_INFINITY, Cap.BUTT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pensThatLeaveNothing")
    void aPenThatLeavesNothingPaintsNothing(String what, Pen pen) {
        assertEquals(0, ink(row(pen, 0, 100)), what);
    }

    static Stream<Arguments> patternsThatAreNotDashes() {
        return Stream.of(
                Arguments.of("only zeros", new double[] {0, 0}),
                Arguments.of("a negative length", new double[] {5, -5}),
                Arguments.of("an endless length", new double[] {Double.POSITIVE_INFINITY, 1}),
                Arguments.of("not a number", new double[] {Double.NaN, 4}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patternsThatAreNotDashes")
    void aPatternJavaFxWouldNotDashDrawsASolidLine(String what, double[] dashes) {
        // A line 100 long and 2 wide: 200 pixels of ink.
        assertEquals(200, ink(row(pen(2, Cap.BUTT, dashes), 0, 100)), 1, what);
    }

    @Test
    void dashesFinerThanAPixelAreASolidLineOfTheSameInk() {
        // A million dashes of 0.1 and gaps of 0.3: a quarter of the ink of the solid line.
        assertEquals(50, ink(row(pen(2, Cap.BUTT, 0.1, 0.3), 0, 100)), 1);
    }

    @Test
    void aRasterOfPartOfTheDrawingPaintsThatPart() {
        // At scale 2, a raster whose top-left is at (100, 50) of the drawing: the point (110, 55)
        // of the drawing is its pixel (20, 10).
        RasterPicture picture = new RasterPicture();
        picture.strokeQuad(pen(1, Cap.BUTT), 105, 55.25, 115, 55.25, 125, 55.25);
        picture.fillTriangle(RED, 1, 130, 60, 140, 60, 130, 70);
        ArrowRaster r = new ArrowRaster(128, 64, 2);
        r.paint(picture, 100, 50);
        assertAll(
                () -> assertEquals(255, alpha(r, 20, 10), "the line"),
                () -> assertEquals(0, alpha(r, 9, 10), "before the line starts at drawing x 105"),
                () -> assertEquals(255, alpha(r, 62, 22), "inside the triangle"),
                () -> assertEquals(0, alpha(r, 62, 42), "below the triangle"),
                () -> assertEquals(40 * 2 + 50 * 4, ink(r), 4, "at scale 2: a line 40 by 2, a triangle of 50 times 4"));
    }
}
