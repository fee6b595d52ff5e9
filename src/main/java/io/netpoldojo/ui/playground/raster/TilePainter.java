package io.netpoldojo.ui.playground.raster;

import static io.netpoldojo.ui.playground.raster.ArrowRaster.CAP_END;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.CAP_START;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.FIELDS;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.PIECE;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.SMALL_DOT;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.TILE;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.TILE_SHIFT;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.TRIANGLE;

import io.netpoldojo.ui.playground.raster.ArrowRaster.PixelFill;
import io.netpoldojo.ui.playground.raster.ArrowRaster.PixelPen;
import io.netpoldojo.ui.playground.raster.ArrowRaster.PixelStamp;
import io.netpoldojo.ui.playground.raster.RasterPicture.Cap;
import io.netpoldojo.ui.playground.raster.RasterPicture.Sprite;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Paints the items an {@link ArrowRaster} laid out of a picture into its pixels: first sorted
 * into the square tiles they reach, then each tile painted whole, on all cores, items in the
 * picture's order. How each kind of item covers a pixel is described on {@link ArrowRaster}.
 */
final class TilePainter {
    private final int width;
    private final int height;
    private final int[] pixels;
    private final int tilesAcross;
    private final int tilesDown;
    private final int[] kinds;
    private final double[] numbers;
    private final int[] caps;
    private final int[] dashLast;
    private final Object[] tools;
    private final int itemCount;

    TilePainter(ArrowRaster r) {
        width = r.width;
        height = r.height;
        pixels = r.pixels;
        tilesAcross = r.tilesAcross;
        tilesDown = r.tilesDown;
        kinds = r.kinds;
        numbers = r.numbers;
        caps = r.caps;
        dashLast = r.dashLast;
        tools = r.tools;
        itemCount = r.itemCount;
    }

    /** Paints every item, tile by tile, on all cores; within a tile, in the picture's order. */
    void paintTiles(int tiles) {
        // Sort the items into the tiles they reach, keeping their order: count, then place.
        int[] start = new int[tiles + 1];
        int[] reach = new int[itemCount * 4];
        for (int i = 0; i < itemCount; i++) {
            tileRange(i, reach, i * 4);
            for (int ty = reach[i * 4 + 1]; ty <= reach[i * 4 + 3]; ty++) {
                for (int tx = reach[i * 4]; tx <= reach[i * 4 + 2]; tx++) {
                    start[ty * tilesAcross + tx + 1]++;
                }
            }
        }
        for (int t = 0; t < tiles; t++) {
            start[t + 1] += start[t];
        }
        int[] next = Arrays.copyOf(start, tiles);
        int[] inTile = new int[start[tiles]];
        for (int i = 0; i < itemCount; i++) {
            for (int ty = reach[i * 4 + 1]; ty <= reach[i * 4 + 3]; ty++) {
                for (int tx = reach[i * 4]; tx <= reach[i * 4 + 2]; tx++) {
                    inTile[next[ty * tilesAcross + tx]++] = i;
                }
            }
        }
        IntStream.range(0, tiles).parallel().forEach(t -> {
            int x0 = (t % tilesAcross) << TILE_SHIFT;
            int y0 = (t / tilesAcross) << TILE_SHIFT;
            int x1 = Math.min(width, x0 + TILE);
            int y1 = Math.min(height, y0 + TILE);
            Merge merged = null;
            for (int k = start[t]; k < start[t + 1]; k++) {
                int i = inTile[k];
                switch (kinds[i]) {
                    case PIECE -> {
                        if (dashLast[i] == i) {
                            paintPiece(i, (PixelPen) tools[i], x0, y0, x1, y1, null);
                        } else {
                            // The pieces of one dash: the most any covers each pixel, laid once.
                            merged = merged == null ? new Merge() : merged;
                            int last = k;
                            while (last + 1 < start[t + 1] && inTile[last + 1] <= dashLast[i]) {
                                last++;
                            }
                            for (int m = k; m <= last; m++) {
                                paintPiece(inTile[m], (PixelPen) tools[i], x0, y0, x1, y1, merged);
                            }
                            layMerged(merged, (PixelPen) tools[i], x0, y0);
                            k = last;
                        }
                    }
                    case TRIANGLE -> paintTriangle(i, (PixelFill) tools[i], x0, y0, x1, y1);
                    default -> paintStamp(i, (PixelStamp) tools[i], x0, y0, x1, y1);
                }
            }
        });
    }

    /**
     * A small round dot, as the square of its area (side {@code side}) centred on (cx, cy); a dot
     * is always a dash of one piece, so it is laid straight away.
     */
    private void paintDot(double cx, double cy, double side, PixelPen p, int x0, int y0, int x1, int y1) {
        double h = side / 2;
        int colFrom = Math.max(x0, (int) Math.floor(cx - h));
        int colTo = Math.min(x1 - 1, (int) Math.floor(cx + h));
        int rowFrom = Math.max(y0, (int) Math.floor(cy - h));
        int rowTo = Math.min(y1 - 1, (int) Math.floor(cy + h));
        for (int row = rowFrom; row <= rowTo; row++) {
            double across = overlap(row, row + 1, cy - h, cy + h);
            for (int col = colFrom; col <= colTo; col++) {
                double coverage = across * overlap(col, col + 1, cx - h, cx + h);
                if (coverage > 0) {
                    blend(row * width + col, coverage * p.alpha(), p.red(), p.green(), p.blue());
                }
            }
        }
    }

    /** The coverage of one dash's pieces within a tile, and the columns they touched in each row. */
    private static final class Merge {
        final float[] cover = new float[TILE * TILE];
        final int[] rowFrom = new int[TILE];
        final int[] rowTo = new int[TILE];
        int minRow = TILE;
        int maxRow = -1;

        Merge() {
            Arrays.fill(rowFrom, TILE);
            Arrays.fill(rowTo, -1);
        }

        /** Columns {@code from} to {@code to} of a row (within the tile) are about to be kept. */
        void span(int row, int from, int to) {
            minRow = Math.min(minRow, row);
            maxRow = Math.max(maxRow, row);
            rowFrom[row] = Math.min(rowFrom[row], from);
            rowTo[row] = Math.max(rowTo[row], to);
        }

        void keep(int row, int col, double coverage) {
            int at = (row << TILE_SHIFT) + col;
            if (coverage > cover[at]) {
                cover[at] = (float) coverage;
            }
        }
    }

    /** Lays a tile's merged coverage in the pen's colour, and clears it for the next dash. */
    private void layMerged(Merge merged, PixelPen p, int x0, int y0) {
        for (int r = merged.minRow; r <= merged.maxRow; r++) {
            for (int c = merged.rowFrom[r]; c <= merged.rowTo[r]; c++) {
                int at = (r << TILE_SHIFT) + c;
                float coverage = merged.cover[at];
                if (coverage > 0) {
                    blend((y0 + r) * width + x0 + c, coverage * p.alpha(), p.red(), p.green(), p.blue());
                    merged.cover[at] = 0;
                }
            }
            merged.rowFrom[r] = TILE;
            merged.rowTo[r] = -1;
        }
        merged.minRow = TILE;
        merged.maxRow = -1;
    }

    /** The tiles an item's pixels may fall in, as first column, first row, last column, last row. */
    private void tileRange(int i, int[] out, int at) {
        int k = i * FIELDS;
        double minX;
        double minY;
        double maxX;
        double maxY;
        switch (kinds[i]) {
            case PIECE -> {
                double ax = numbers[k];
                double ay = numbers[k + 1];
                double bx = ax + numbers[k + 2] * numbers[k + 4];
                double by = ay + numbers[k + 3] * numbers[k + 4];
                double margin = ((PixelPen) tools[i]).halfWidth() * 2 + 1;
                minX = Math.min(ax, bx) - margin;
                maxX = Math.max(ax, bx) + margin;
                minY = Math.min(ay, by) - margin;
                maxY = Math.max(ay, by) + margin;
            }
            case TRIANGLE -> {
                minX = Math.min(numbers[k], Math.min(numbers[k + 2], numbers[k + 4])) - 1;
                maxX = Math.max(numbers[k], Math.max(numbers[k + 2], numbers[k + 4])) + 1;
                minY = Math.min(numbers[k + 1], Math.min(numbers[k + 3], numbers[k + 5])) - 1;
                maxY = Math.max(numbers[k + 1], Math.max(numbers[k + 3], numbers[k + 5])) + 1;
            }
            default -> {
                Sprite sprite = ((PixelStamp) tools[i]).sprite();
                minX = numbers[k];
                minY = numbers[k + 1];
                maxX = minX + sprite.width() - 1;
                maxY = minY + sprite.height() - 1;
            }
        }
        out[at] = Math.max(0, tile(minX));
        out[at + 1] = Math.max(0, tile(minY));
        out[at + 2] = Math.min(tilesAcross - 1, tile(maxX));
        out[at + 3] = Math.min(tilesDown - 1, tile(maxY));
    }

    private static int tile(double pixel) {
        return (int) Math.floor(Math.max(-TILE, Math.min(1e9, pixel))) >> TILE_SHIFT;
    }

    /**
     * Paints triangle {@code i} within the pixels [x0, x1) by [y0, y1): each pixel is covered by
     * how far its centre lies inside the nearest edge, plus half a pixel.
     */
    private void paintTriangle(int i, PixelFill fill, int x0, int y0, int x1, int y1) {
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
    private void paintStamp(int i, PixelStamp stamp, int x0, int y0, int x1, int y1) {
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

    /**
     * Paints piece {@code i} within the pixels [x0, x1) by [y0, y1), or, given {@code merged}, keeps
     * the most each pixel of the tile is covered there. Its ends are capped when they are the
     * dash's, flat when they are joints inside it. Each pixel is covered as much as its square
     * overlaps the stroke across and along.
     */
    private void paintPiece(int i, PixelPen p, int x0, int y0, int x1, int y1, Merge merged) {
        int k = i * FIELDS;
        double ax = numbers[k];
        double ay = numbers[k + 1];
        double dx = numbers[k + 2];
        double dy = numbers[k + 3];
        double length = numbers[k + 4];
        boolean capStart = (caps[i] & CAP_START) != 0;
        boolean capEnd = (caps[i] & CAP_END) != 0;
        double hw = p.halfWidth();
        Cap cap = p.cap();
        if (cap == Cap.ROUND && capStart && capEnd && 2 * hw + length <= SMALL_DOT) {
            paintDot(ax + dx * length / 2, ay + dy * length / 2, Math.sqrt(Math.PI * hw * hw + 2 * hw * length), p,
                    x0, y0, x1, y1);
            return;
        }
        boolean roundStart = capStart && cap == Cap.ROUND;
        boolean roundEnd = capEnd && cap == Cap.ROUND;
        // Inside a dash the pieces reach a little past their joint; each pixel takes the most any
        // piece covers it, so the overlap fills the joint without laying ink twice.
        double joint = 0.5 + 0.1 * hw;
        double extStart = !capStart ? joint : cap != Cap.BUTT ? hw : 0;
        double extEnd = !capEnd ? joint : cap != Cap.BUTT ? hw : 0;
        // Along the piece, flat ends stop the stroke; a round end leaves it to the round cap.
        double lo = roundStart ? Double.NEGATIVE_INFINITY : -extStart;
        double hi = roundEnd ? Double.POSITIVE_INFINITY : length + extEnd;
        double nx = -dy;
        double ny = dx;
        double reachAcross = hw + 0.5;
        double reachBefore = extStart + 0.5;
        double reachAfter = length + extEnd + 0.5;
        double bx = ax + dx * length;
        double by = ay + dy * length;
        // The rows whose pixel centres lie within half a pixel of the stroke's outline.
        double across = hw * Math.abs(ny) + 0.5;
        int rowFrom = Math.max(y0, (int) Math.floor(Math.min(ay - dy * extStart, by + dy * extEnd) - across));
        int rowTo = Math.min(y1 - 1, (int) Math.ceil(Math.max(ay - dy * extStart, by + dy * extEnd) + across) - 1);
        boolean steep = Math.abs(nx) > 1e-12;
        boolean sideways = Math.abs(dx) > 1e-12;
        double perNx = steep ? 1 / nx : 0;
        double perDx = sideways ? 1 / dx : 0;
        for (int row = rowFrom; row <= rowTo; row++) {
            double oy = row + 0.5 - ay;
            // The pixel centres of this row within reach across the piece, and along it.
            double xFrom = x0 + 0.5;
            double xTo = x1 - 0.5;
            if (steep) {
                double c1 = (-reachAcross - oy * ny) * perNx;
                double c2 = (reachAcross - oy * ny) * perNx;
                xFrom = Math.max(xFrom, ax + Math.min(c1, c2));
                xTo = Math.min(xTo, ax + Math.max(c1, c2));
            } else if (Math.abs(oy * ny) >= reachAcross) {
                continue;
            }
            if (sideways) {
                double c1 = (-reachBefore - oy * dy) * perDx;
                double c2 = (reachAfter - oy * dy) * perDx;
                xFrom = Math.max(xFrom, ax + Math.min(c1, c2));
                xTo = Math.min(xTo, ax + Math.max(c1, c2));
            } else {
                double along = oy * dy;
                if (along <= -reachBefore || along >= reachAfter) {
                    continue;
                }
            }
            int colFrom = (int) Math.ceil(xFrom - 0.5);
            int colTo = (int) Math.floor(xTo - 0.5);
            if (merged != null && colFrom <= colTo) {
                merged.span(row - y0, colFrom - x0, colTo - x0);
            }
            int rowStart = row * width;
            for (int col = colFrom; col <= colTo; col++) {
                double ox = col + 0.5 - ax;
                double u = ox * dx + oy * dy;
                double coverage;
                if (u < 0 && roundStart) {
                    coverage = roundCoverage(Math.sqrt(ox * ox + oy * oy), hw);
                } else if (u > length && roundEnd) {
                    double ex = col + 0.5 - bx;
                    double ey = row + 0.5 - by;
                    coverage = roundCoverage(Math.sqrt(ex * ex + ey * ey), hw);
                } else {
                    double v = ox * nx + oy * ny;
                    coverage = overlap(v - 0.5, v + 0.5, -hw, hw) * overlap(u - 0.5, u + 0.5, lo, hi);
                }
                if (coverage > 0) {
                    if (merged == null) {
                        blend(rowStart + col, coverage * p.alpha(), p.red(), p.green(), p.blue());
                    } else {
                        merged.keep(row - y0, col - x0, coverage);
                    }
                }
            }
        }
    }

    /**
     * How much of [a0, a1] (one pixel wide) lies in [b0, b1]. Comparisons, not Math.min and max:
     * this runs for every pixel, and those also sort out NaN and -0, which cannot occur here.
     */
    private static double overlap(double a0, double a1, double b0, double b1) {
        double d = (a1 < b1 ? a1 : b1) - (a0 > b0 ? a0 : b0);
        return d > 0 ? d : 0;
    }

    /** A pixel whose centre is {@code distance} from a round cap's centre. */
    private static double roundCoverage(double distance, double hw) {
        double c = hw + 0.5 - distance;
        return (c <= 0 ? 0 : c >= 1 ? 1 : c) * Math.min(1, 2 * hw);
    }

    /** Lays a colour at {@code opacity} over the pixel (premultiplied source-over). */
    private void blend(int index, double opacity, int red, int green, int blue) {
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
    private static int div255(int x) {
        int t = x + 128;
        return (t + (t >> 8)) >> 8;
    }

    private static double square(double v) {
        return v * v;
    }
}
