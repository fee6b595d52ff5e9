package io.netpoldojo.ui.playground.raster;

import static io.netpoldojo.ui.playground.raster.ArrowRaster.FIELDS;

import io.netpoldojo.ui.playground.raster.ArrowRaster.PixelFill;
import io.netpoldojo.ui.playground.raster.ArrowRaster.PixelStamp;
import io.netpoldojo.ui.playground.raster.RasterPicture.Sprite;
import java.util.Arrays;

/**
 * A raster's pixels as the tile painter lays colour on them: one colour blended over a pixel
 * (premultiplied source-over), and the filled shapes, the heads' triangles and the markers'
 * stamps. Strokes are {@link StrokePainter}'s; which tile paints what is {@link TilePainter}'s.
 */
final class TilePixels {
    private final int width;
    private final int[] pixels;
    /** The items' numbers, {@link ArrowRaster#FIELDS} per item. */
    private final double[] numbers;

    TilePixels(int width, int[] pixels, double[] numbers) {
        this.width = width;
        this.pixels = pixels;
        this.numbers = numbers;
    }

    /**
     * Paints triangle {@code i} within the pixels [x0, x1) by [y0, y1): each pixel is covered by
     * how far its centre lies inside the nearest edge, plus half a pixel.
     */
    void paintTriangle(int i, PixelFill fill, int x0, int y0, int x1, int y1) {
        int k = i * FIELDS;
        double[] c = Arrays.copyOfRange(numbers, k, k + FIELDS);
        double area = (c[2] - c[0]) * (c[5] - c[1]) - (c[4] - c[0]) * (c[3] - c[1]);
        if (area == 0) {
            return;
        }
        // Each edge as a line a*x + b*y + d, scaled so that it is the distance, positive inside.
        double[] edge = new double[9];
        for (int e = 0; e < 3; e++) {
            double px = c[e * 2];
            double py = c[e * 2 + 1];
            double qx = c[(e * 2 + 2) % 6];
            double qy = c[(e * 2 + 3) % 6];
            double len = Math.sqrt(square(qx - px) + square(qy - py));
            if (len == 0) {
                return;
            }
            double sign = area > 0 ? 1 : -1;
            double a = -(qy - py) / len * sign;
            double b = (qx - px) / len * sign;
            edge[e * 3] = a;
            edge[e * 3 + 1] = b;
            edge[e * 3 + 2] = -(a * px + b * py);
        }
        int colFrom = Math.max(x0, (int) Math.floor(Math.min(c[0], Math.min(c[2], c[4])) - 1));
        int colTo = Math.min(x1 - 1, (int) Math.ceil(Math.max(c[0], Math.max(c[2], c[4])) + 1));
        int rowFrom = Math.max(y0, (int) Math.floor(Math.min(c[1], Math.min(c[3], c[5])) - 1));
        int rowTo = Math.min(y1 - 1, (int) Math.ceil(Math.max(c[1], Math.max(c[3], c[5])) + 1));
        for (int row = rowFrom; row <= rowTo; row++) {
            double y = row + 0.5;
            for (int col = colFrom; col <= colTo; col++) {
                double x = col + 0.5;
                double inside = Double.POSITIVE_INFINITY;
                for (int e = 0; e < 3; e++) {
                    double d = edge[e * 3] * x + edge[e * 3 + 1] * y + edge[e * 3 + 2];
                    inside = d < inside ? d : inside;
                }
                double coverage = inside + 0.5;
                if (coverage > 0) {
                    blend(row * width + col, (coverage > 1 ? 1 : coverage) * fill.alpha(), fill.red(), fill.green(),
                            fill.blue());
                }
            }
        }
    }


    /** Paints stamp {@code i}'s sprite within the pixels [x0, x1) by [y0, y1), over what is there. */
    void paintStamp(int i, PixelStamp stamp, int x0, int y0, int x1, int y1) {
        Sprite sprite = stamp.sprite();
        int left = (int) numbers[i * FIELDS];
        int top = (int) numbers[i * FIELDS + 1];
        int a = (int) (stamp.alpha() * 256);
        for (int row = Math.max(y0, top); row < Math.min(y1, top + sprite.height()); row++) {
            for (int col = Math.max(x0, left); col < Math.min(x1, left + sprite.width()); col++) {
                int s = sprite.pixels()[(row - top) * sprite.width() + (col - left)];
                if (s == 0) {
                    continue;
                }
                int sa = (((s >>> 24) & 0xff) * a) >> 8;
                int keep = 255 - sa;
                int d = pixels[row * width + col];
                int outA = sa + div255(((d >>> 24) & 0xff) * keep);
                int outR = ((((s >> 16) & 0xff) * a) >> 8) + div255(((d >> 16) & 0xff) * keep);
                int outG = ((((s >> 8) & 0xff) * a) >> 8) + div255(((d >> 8) & 0xff) * keep);
                int outB = (((s & 0xff) * a) >> 8) + div255((d & 0xff) * keep);
                pixels[row * width + col] = (outA << 24) | (outR << 16) | (outG << 8) | outB;
            }
        }
    }


    /** Lays a colour at {@code opacity} over the pixel (premultiplied source-over). */
    void blend(int index, double opacity, int red, int green, int blue) {
        int a = (int) (opacity * 255 + 0.5);
        if (a <= 0) {
            return;
        }
        int keep = 255 - a;
        int d = pixels[index];
        int outA = a + div255(((d >>> 24) & 0xff) * keep);
        int outR = div255(red * a) + div255(((d >> 16) & 0xff) * keep);
        int outG = div255(green * a) + div255(((d >> 8) & 0xff) * keep);
        int outB = div255(blue * a) + div255((d & 0xff) * keep);
        pixels[index] = (outA << 24) | (outR << 16) | (outG << 8) | outB;
    }

    /** x / 255, rounded, for x in 0..255*255. */
    static int div255(int x) {
        int t = x + 128;
        return (t + (t >> 8)) >> 8;
    }

    private static double square(double v) {
        return v * v;
    }
}
