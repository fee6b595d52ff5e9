package io.netpoldojo.ui.playground.raster;

import static io.netpoldojo.ui.playground.raster.ArrowRaster.FIELDS;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.PIECE;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.TILE;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.TILE_SHIFT;
import static io.netpoldojo.ui.playground.raster.ArrowRaster.TRIANGLE;

import io.netpoldojo.ui.playground.raster.ArrowRaster.PixelFill;
import io.netpoldojo.ui.playground.raster.ArrowRaster.PixelPen;
import io.netpoldojo.ui.playground.raster.ArrowRaster.PixelStamp;
import io.netpoldojo.ui.playground.raster.RasterPicture.Sprite;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Paints the items an {@link ArrowRaster} laid out of a picture into its pixels: first sorted
 * into the square tiles they reach, then each tile painted whole, on all cores, items in the
 * picture's order. How each kind of item covers a pixel is described on {@link ArrowRaster};
 * strokes are painted by {@link StrokePainter}, triangles and stamps by {@link TilePixels}.
 */
final class TilePainter {
    private final int width;
    private final int height;
    private final int tilesAcross;
    private final int tilesDown;
    private final int[] kinds;
    private final double[] numbers;
    private final int[] dashLast;
    private final Object[] tools;
    private final int itemCount;
    private final TilePixels fills;
    private final StrokePainter strokes;

    TilePainter(ArrowRaster r) {
        width = r.width;
        height = r.height;
        tilesAcross = r.tilesAcross;
        tilesDown = r.tilesDown;
        kinds = r.kinds;
        numbers = r.numbers;
        dashLast = r.dashLast;
        tools = r.tools;
        itemCount = r.itemCount;
        fills = new TilePixels(r.width, r.pixels, r.numbers);
        strokes = new StrokePainter(fills, r.width, r.numbers, r.caps);
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
            StrokePainter.Merge merged = null;
            for (int k = start[t]; k < start[t + 1]; k++) {
                int i = inTile[k];
                switch (kinds[i]) {
                    case PIECE -> {
                        if (dashLast[i] == i) {
                            strokes.paintPiece(i, (PixelPen) tools[i], x0, y0, x1, y1, null);
                        } else {
                            // The pieces of one dash: the most any covers each pixel, laid once.
                            merged = merged == null ? new StrokePainter.Merge() : merged;
                            int last = k;
                            while (last + 1 < start[t + 1] && inTile[last + 1] <= dashLast[i]) {
                                last++;
                            }
                            for (int m = k; m <= last; m++) {
                                strokes.paintPiece(inTile[m], (PixelPen) tools[i], x0, y0, x1, y1, merged);
                            }
                            strokes.layMerged(merged, (PixelPen) tools[i], x0, y0);
                            k = last;
                        }
                    }
                    case TRIANGLE -> fills.paintTriangle(i, (PixelFill) tools[i], x0, y0, x1, y1);
                    default -> fills.paintStamp(i, (PixelStamp) tools[i], x0, y0, x1, y1);
                }
            }
        });
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
}
