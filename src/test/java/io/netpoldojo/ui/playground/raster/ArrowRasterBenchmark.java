package io.netpoldojo.ui.playground.raster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.playground.raster.RasterPicture.Cap;
import io.netpoldojo.ui.playground.raster.RasterPicture.Pen;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.ui.playground.arrows.Arrow;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the arrow painter takes for the pictures of a 50-pod canvas, off the JavaFX thread:
 * 2,650 arrows between points of a drawing as large as {@link CanvasBenchmark}'s (945 by 2,460),
 * all denied (a dashed line and a head each), then all open (a solid line, a head, and the traffic
 * dots, which are painted again for every frame). A benchmark, not a timed test: run it with
 * {@code ./mvnw test -Dtest=ArrowRasterBenchmark -Dbenchmarks=true} and read the figures it prints.
 */
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class ArrowRasterBenchmark {
    private static final int WIDTH = 945;
    private static final int HEIGHT = 2460;
    private static final int ARROWS = 2650;
    private static final double[] NO_DASHES = {};

    @Test
    void paintsTheArrowsOfFiftyPods() {
        Random random = new Random(7);
        double[][] arrows = new double[ARROWS][];
        for (int i = 0; i < ARROWS; i++) {
            double x0 = random.nextDouble() * WIDTH;
            double y0 = random.nextDouble() * HEIGHT;
            double x1 = random.nextDouble() * WIDTH;
            double y1 = random.nextDouble() * HEIGHT;
            double len = Math.max(1, Math.hypot(x1 - x0, y1 - y0));
            // Bowed to the left by 22, as the canvas's arrows are.
            double cx = (x0 + x1) / 2 + (y1 - y0) / len * 22;
            double cy = (y0 + y1) / 2 - (x1 - x0) / len * 22;
            arrows[i] = new double[] {x0, y0, cx, cy, x1, y1};
        }
        RasterPicture denied = new RasterPicture();
        RasterPicture open = new RasterPicture();
        RasterPicture traffic = new RasterPicture();
        Pen dashed = new Pen(0xcf222e, 0.5, 1.6, Cap.SQUARE, new double[] {7, 6}, 0);
        Pen solid = new Pen(0x1a7f37, 1, 2.5, Cap.SQUARE, NO_DASHES, 0);
        Pen dots = new Pen(0xffffff, 1, 1.8, Cap.ROUND, new double[] {0.1, 17.9}, -7);
        for (double[] a : arrows) {
            double[] head = Arrow.head(Curve.quadratic(a[0], a[1], a[2], a[3], a[4], a[5]), 11);
            denied.strokeQuad(dashed, a[0], a[1], a[2], a[3], a[4], a[5]);
            denied.fillTriangle(0xcf222e, 0.5, head[0], head[1], head[2], head[3], head[4], head[5]);
            open.strokeQuad(solid, a[0], a[1], a[2], a[3], a[4], a[5]);
            open.fillTriangle(0x1a7f37, 1, head[0], head[1], head[2], head[3], head[4], head[5]);
            traffic.strokeQuad(dots, a[0], a[1], a[2], a[3], a[4], a[5]);
        }
        ArrowRaster raster = new ArrowRaster(WIDTH, HEIGHT, 1);
        int warmUp = Integer.getInteger("benchmark.warmup", 10);
        int runs = Integer.getInteger("benchmark.runs", 20);
        double deniedMs = median(raster, denied, warmUp, runs);
        double openMs = median(raster, open, warmUp, runs);
        double trafficMs = median(raster, traffic, warmUp, runs);
        System.out.printf("arrow painter, %d arrows on %d x %d pixels, %d cores: all denied %.0f ms, all open %.0f ms,"
                        + " their traffic (one frame) %.0f ms (medians of %d)%n", ARROWS, WIDTH, HEIGHT,
                Runtime.getRuntime().availableProcessors(), deniedMs, openMs, trafficMs, runs);
        int inked = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                inked += raster.pixel(x, y) != 0 ? 1 : 0;
            }
        }
        assertTrue(inked > 100_000, "the traffic was painted: " + inked + " pixels");
    }

    private static double median(ArrowRaster raster, RasterPicture picture, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            raster.paint(picture);
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            raster.paint(picture);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return times[runs / 2] / 1e6;
    }
}
