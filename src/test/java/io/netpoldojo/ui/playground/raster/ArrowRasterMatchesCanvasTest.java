package io.netpoldojo.ui.playground.raster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.playground.raster.RasterPicture.Cap;
import io.netpoldojo.ui.playground.raster.RasterPicture.Pen;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.ui.playground.arrows.Arrow;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The arrow painter against JavaFX's own: the same strokes, painted by both, must leave the same
 * ink in the same places, so moving the arrows to it changed how fast they are drawn, not how
 * they look.
 */
@ExtendWith(ApplicationExtension.class)
class ArrowRasterMatchesCanvasTest {
    private static final int SIZE = 160;
    /** A curve that bends, as an arrow does. */
    private static final double[] CURVE = {12, 140, 40, 10, 150, 30};

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed: the canvas is painted and read off screen.
    }

    static Stream<Arguments> strokes() {
        return Stream.of(
                Arguments.of("an allowed line", new Pen(0x1a7f37, 1, 2.5, Cap.SQUARE, new double[0], 0)),
                Arguments.of("a denied line", new Pen(0xcf222e, 0.5, 1.6, Cap.SQUARE, new double[] {7, 6}, 0)),
                Arguments.of("a denied line in class", new Pen(0xcf222e, 0.65, 2.6, Cap.SQUARE, new double[] {9, 7}, 0)),
                Arguments.of("traffic dots", new Pen(0xffffff, 1, 1.8, Cap.ROUND, new double[] {0.1, 17.9}, -7)),
                Arguments.of("partly-allowed traffic", new Pen(0x9a6700, 1, 1.4, Cap.SQUARE, new double[] {3, 21}, -4)),
                Arguments.of("a change's halo", new Pen(0x1a7f37, 0.5, 12, Cap.ROUND, new double[0], 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strokes")
    void leavesTheSameInkInTheSamePlacesAsJavaFx(String what, Pen pen) throws Exception {
        RasterPicture picture = new RasterPicture();
        picture.strokeQuad(pen, CURVE[0], CURVE[1], CURVE[2], CURVE[3], CURVE[4], CURVE[5]);
        ArrowRaster raster = new ArrowRaster(SIZE, SIZE, 1);
        raster.paint(picture);

        int[] javaFx = canvas(g -> {
            g.setStroke(Color.rgb((pen.rgb() >> 16) & 0xff, (pen.rgb() >> 8) & 0xff, pen.rgb() & 0xff));
            g.setGlobalAlpha(pen.alpha());
            g.setLineWidth(pen.width());
            g.setLineCap(StrokeLineCap.valueOf(pen.cap().name()));
            g.setLineDashes(pen.dashes().length == 0 ? null : pen.dashes());
            g.setLineDashOffset(pen.dashOffset());
            g.beginPath();
            g.moveTo(CURVE[0], CURVE[1]);
            g.quadraticCurveTo(CURVE[2], CURVE[3], CURVE[4], CURVE[5]);
            g.stroke();
        });
        compare(what, raster, javaFx, pen.alpha());
    }

    @org.junit.jupiter.api.Test
    void fillsAnArrowHeadAsJavaFxDoes() throws Exception {
        double[] p = Arrow.head(new Curve(0, 0, 40, 30, 40, 30, 120, 110), 11);
        RasterPicture picture = new RasterPicture();
        picture.fillTriangle(0xcf222e, 1, p[0], p[1], p[2], p[3], p[4], p[5]);
        ArrowRaster raster = new ArrowRaster(SIZE, SIZE, 1);
        raster.paint(picture);
        int[] javaFx = canvas(g -> {
            g.setFill(Color.rgb(0xcf, 0x22, 0x2e));
            g.fillPolygon(new double[] {p[0], p[2], p[4]}, new double[] {p[1], p[3], p[5]}, 3);
        });
        compare("an arrow head", raster, javaFx, 1);
    }

    /**
     * The same ink overall, within 12%, and in the same places: seen through a 3 by 3 pixel blur,
     * which evens out how two painters anti-alias an edge (JavaFX's measures coverage in steps of
     * an eighth of a pixel, this one exactly), the two differ by less than 4% of the stroke's
     * strongest level where either painted. A dash in the wrong place, a wrong width or a missing
     * cap differs by far more.
     */
    private static void compare(String what, ArrowRaster raster, int[] javaFx, double peak) {
        int[] ours = new int[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                ours[y * SIZE + x] = raster.pixel(x, y) >>> 24;
            }
        }
        int[] theirs = new int[SIZE * SIZE];
        for (int i = 0; i < theirs.length; i++) {
            theirs[i] = javaFx[i] >>> 24;
        }
        double inkRatio = (double) sum(ours) / sum(theirs);
        double[] a = blur(ours);
        double[] b = blur(theirs);
        double difference = 0;
        int painted = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0 || b[i] > 0) {
                difference += Math.abs(a[i] - b[i]);
                painted++;
            }
        }
        double meanDifference = difference / painted / (255 * peak);
        assertTrue(Math.abs(inkRatio - 1) < 0.12, what + ": ink ours/JavaFX's = " + inkRatio);
        assertTrue(meanDifference < 0.04, what + ": mean difference " + meanDifference + " of the peak over " + painted + " pixels");
    }

    private static long sum(int[] values) {
        long s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static double[] blur(int[] alpha) {
        double[] out = new double[alpha.length];
        for (int y = 1; y < SIZE - 1; y++) {
            for (int x = 1; x < SIZE - 1; x++) {
                double s = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        s += alpha[(y + dy) * SIZE + x + dx];
                    }
                }
                out[y * SIZE + x] = s / 9;
            }
        }
        return out;
    }

    private static int[] canvas(java.util.function.Consumer<GraphicsContext> drawing)
            throws InterruptedException, ExecutionException {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(SIZE, SIZE);
            drawing.accept(canvas.getGraphicsContext2D());
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            WritableImage image = canvas.snapshot(params, null);
            int[] pixels = new int[SIZE * SIZE];
            image.getPixelReader().getPixels(0, 0, SIZE, SIZE, PixelFormat.getIntArgbPreInstance(), pixels, 0, SIZE);
            return pixels;
        }).get();
    }
}
