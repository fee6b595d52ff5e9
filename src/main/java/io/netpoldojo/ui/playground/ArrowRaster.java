package io.netpoldojo.ui.playground;

import io.netpoldojo.ui.playground.RasterPicture.Cap;
import io.netpoldojo.ui.playground.RasterPicture.Pen;
import io.netpoldojo.ui.playground.RasterPicture.Sprite;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Paints a {@link RasterPicture} of arrows straight into pixels. A 50-pod drawing has about 2,600
 * arrows; drawn denied, each is a dashed line of some 80 dashes, and JavaFX's own painter turns
 * every dash into a shape of its own and fills it: without a graphics card that took close to a
 * second, and it does that work on the CPU even with one. Here a dash is a short straight piece of
 * the curve and its pixels are found directly from their distance to it. Everything is first
 * sorted into small square tiles and each tile is painted whole, on all cores: the pixels of a
 * 50-pod drawing do not fit the processor's caches, and painting dash after dash across the
 * drawing spent most of its time waiting for memory.
 *
 * <p>The pixels are premultiplied ARGB, row by row, as {@code PixelFormat.getIntArgbPreInstance()}
 * expects, so a {@code PixelBuffer} can show them without a copy. Strokes follow JavaFX's rules: a
 * dash pattern starts {@code dashOffset} into itself, a pattern of odd length is repeated to make
 * it even, caps are put on both ends of every dash, and later things are laid over earlier ones.
 * Each pixel is covered as much as its square overlaps the shape, measured across and along the
 * stroke, which is what JavaFX's anti-aliasing gives to within a few levels of 255. A long dash
 * or a solid line is laid as several straight pieces along the curve; each pixel takes the most
 * any of them covers it, as one shape would, so no seam shows where they meet.
 */
final class ArrowRaster {
    /** How far a flattened curve may stray from the true one, in pixels. */
    private static final double FLATNESS = 0.1;
    private static final int MAX_PIECES = 64;
    /** A dash pattern shorter than this, in pixels, is painted as a solid line of the same ink. */
    private static final double MIN_PATTERN = 0.5;
    /** A dot at most this wide is painted as the square of the same area: at that size a pixel shows no difference. */
    private static final double SMALL_DOT = 3;
    /** Tiles of 64 by 64 pixels: 16 KB, which a core keeps in its cache while it paints the tile. */
    private static final int TILE_SHIFT = 6;
    private static final int TILE = 1 << TILE_SHIFT;
    // The kinds of item sorted into tiles.
    private static final int PIECE = 0;
    private static final int TRIANGLE = 1;
    private static final int STAMP = 2;
    /** Numbers kept per item: a piece's start, direction and length; a triangle's corners; a stamp's top-left. */
    private static final int FIELDS = 6;
    private static final int INITIAL_ITEMS = 1024;
    /** Item arrays larger than this (about 2 MB) are let go once a picture is painted. */
    private static final int KEEP_ITEMS = 32_768;
    private static final int CAP_START = 1;
    private static final int CAP_END = 2;

    private final int width;
    private final int height;
    private final int[] pixels;
    private final IntBuffer buffer;
    /** Pixels per drawing unit. */
    private final double scale;
    private final int tilesAcross;
    private final int tilesDown;
    /** Where the raster's top-left pixel is, in the drawing, in pixels. */
    private double originX;
    private double originY;

    // The items laid out from the picture, in its order, in parallel arrays.
    private int[] kinds;
    private double[] numbers;
    private int[] caps;
    /** For a piece, the last piece of its dash (itself when the dash is one piece). */
    private int[] dashLast;
    private Object[] tools;
    private int itemCount;
    // The pen in use while laying a curve, and the first piece of the dash being laid.
    private Pen lastPen;
    private PixelPen pen;
    private int dashFirst;

    /** A pen as the pixels see it: colour, opacity, half its width in pixels, its caps and dashes in pixels. */
    private record PixelPen(int red, int green, int blue, double alpha, double halfWidth, Cap cap, double[] pattern) {}

    /** A triangle's or a stamp's colour and opacity. */
    private record PixelFill(int red, int green, int blue, double alpha) {}

    private record PixelStamp(Sprite sprite, double alpha) {}

    ArrowRaster(int width, int height, double scale) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.pixels = new int[Math.max(1, width * height)];
        this.buffer = IntBuffer.wrap(pixels);
        this.tilesAcross = (width + TILE - 1) >> TILE_SHIFT;
        this.tilesDown = (height + TILE - 1) >> TILE_SHIFT;
        allocateItems(INITIAL_ITEMS);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    double scale() {
        return scale;
    }

    /** The pixels, for a {@code PixelBuffer}. */
    IntBuffer buffer() {
        return buffer;
    }

    /** One pixel as premultiplied ARGB (tests read what was painted). */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Makes every pixel transparent, then paints the picture, the raster's top-left at the drawing's origin. */
    void paint(RasterPicture picture) {
        paint(picture, 0, 0);
    }

    /**
     * Makes every pixel transparent, then paints the picture, the raster's top-left pixel at
     * ({@code left}, {@code top}) of the drawing (a raster of only the part of it on screen).
     */
    void paint(RasterPicture picture, double left, double top) {
        originX = left * scale;
        originY = top * scale;
        Arrays.fill(pixels, 0);
        itemCount = 0;
        lastPen = null;
        for (RasterPicture.Op op : picture.ops()) {
            if (op instanceof RasterPicture.Quad q) {
                layQuad(q.pen(), q.x0(), q.y0(), q.cx(), q.cy(), q.x1(), q.y1());
            } else if (op instanceof RasterPicture.Triangle t) {
                layTriangle(t);
            } else if (op instanceof RasterPicture.Stamp s) {
                layStamp(s);
            }
        }
        int tiles = tilesAcross * tilesDown;
        if (itemCount > 0 && tiles > 0) {
            paintTiles(tiles);
        }
        itemCount = 0;
        if (kinds.length > KEEP_ITEMS) {
            // A 50-pod picture lays a quarter of a million items, some 20 MB: held only while painting.
            allocateItems(INITIAL_ITEMS);
        } else {
            Arrays.fill(tools, null);
        }
    }

    private void allocateItems(int n) {
        kinds = new int[n];
        numbers = new double[FIELDS * n];
        caps = new int[n];
        dashLast = new int[n];
        tools = new Object[n];
    }

    private int addItem(int kind, Object tool) {
        if (itemCount == kinds.length) {
            int n = kinds.length * 2;
            kinds = Arrays.copyOf(kinds, n);
            numbers = Arrays.copyOf(numbers, n * FIELDS);
            caps = Arrays.copyOf(caps, n);
            dashLast = Arrays.copyOf(dashLast, n);
            tools = Arrays.copyOf(tools, n);
        }
        kinds[itemCount] = kind;
        caps[itemCount] = 0;
        dashLast[itemCount] = itemCount;
        tools[itemCount] = tool;
        return itemCount++;
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }

    private void layTriangle(RasterPicture.Triangle t) {
        int i = addItem(TRIANGLE, new PixelFill(red(t.rgb()), green(t.rgb()), blue(t.rgb()), Math.min(1, t.alpha())));
        double[] corners = {t.x0(), t.y0(), t.x1(), t.y1(), t.x2(), t.y2()};
        for (int k = 0; k < FIELDS; k++) {
            numbers[i * FIELDS + k] = corners[k] * scale - (k % 2 == 0 ? originX : originY);
        }
    }

    private void layStamp(RasterPicture.Stamp s) {
        int i = addItem(STAMP, new PixelStamp(s.sprite(), Math.min(1, s.alpha())));
        numbers[i * FIELDS] = Math.round(s.x() * scale - originX) - s.sprite().originX();
        numbers[i * FIELDS + 1] = Math.round(s.y() * scale - originY) - s.sprite().originY();
    }

    /** Lays a quadratic curve, in drawing units, as the straight pieces of its dashes. */
    private void layQuad(Pen p, double x0, double y0, double cx, double cy, double x1, double y1) {
        usePen(p);
        double[] pattern = pen.pattern();
        double ax = x0 * scale - originX;
        double ay = y0 * scale - originY;
        double bx = cx * scale - originX;
        double by = cy * scale - originY;
        double ex = x1 * scale - originX;
        double ey = y1 * scale - originY;
        // The curve stays inside the triangle of its three points: none of it may be on the raster.
        double reach = pen.halfWidth() * 2 + 2;
        if (Math.max(ax, Math.max(bx, ex)) < -reach || Math.min(ax, Math.min(bx, ex)) > width + reach
                || Math.max(ay, Math.max(by, ey)) < -reach || Math.min(ay, Math.min(by, ey)) > height + reach) {
            return;
        }
        // The curve strays from its chord by at most a quarter of |P0 - 2C + P1|, and by a quarter
        // of that again each time the pieces are halved.
        double stray = Math.sqrt(square(ax - 2 * bx + ex) + square(ay - 2 * by + ey)) / 4;
        int n = (int) Math.min(MAX_PIECES, Math.max(1, Math.ceil(Math.sqrt(stray / FLATNESS))));

        // Where in the pattern the curve starts: which element, and how much of it is left.
        int index = 0;
        double left = Double.POSITIVE_INFINITY; // a solid line is one endless dash
        if (pattern.length > 0) {
            double patternLength = 0;
            for (double d : pattern) {
                patternLength += d;
            }
            double phase = (p.dashOffset() * scale) % patternLength;
            if (phase < 0) {
                phase += patternLength;
            }
            while (phase > 0 && phase >= pattern[index]) {
                phase -= pattern[index];
                index = (index + 1) % pattern.length;
            }
            left = pattern[index] - phase;
        }
        boolean on = index % 2 == 0;
        dashFirst = itemCount;

        double px = ax;
        double py = ay;
        for (int i = 1; i <= n; i++) {
            double t = (double) i / n;
            double qx = Arrow.quadAt(t, ax, bx, ex);
            double qy = Arrow.quadAt(t, ay, by, ey);
            double len = Math.sqrt(square(qx - px) + square(qy - py));
            if (len > 0) {
                double dx = (qx - px) / len;
                double dy = (qy - py) / len;
                double at = 0;
                while (at < len) {
                    double step = Math.min(left, len - at);
                    if (on) {
                        addPiece(px + dx * at, py + dy * at, dx, dy, step);
                    }
                    at += step;
                    left -= step;
                    if (left <= 1e-9) {
                        if (on) {
                            endDash();
                        }
                        index = (index + 1) % pattern.length;
                        left = pattern[index];
                        on = index % 2 == 0;
                    }
                }
            }
            px = qx;
            py = qy;
        }
        endDash(); // the curve ends in the middle of a dash
    }

    private static double square(double v) {
        return v * v;
    }

    private void usePen(Pen p) {
        if (p == lastPen) {
            return;
        }
        double[] d = p.dashes();
        // An odd pattern is repeated once, so that dashes and gaps keep taking turns.
        double[] pattern = d.length % 2 == 0 ? d.clone() : concat(d, d);
        double on = 0;
        double total = 0;
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] *= scale;
            total += pattern[i];
            on += i % 2 == 0 ? pattern[i] : 0;
        }
        double alpha = Math.min(1, p.alpha());
        if (pattern.length > 0 && total < MIN_PATTERN) {
            // Dashes this fine cannot be told apart: a solid line of the same ink, not millions of pieces.
            alpha *= on / total;
            pattern = new double[0];
        }
        pen = new PixelPen(red(p.rgb()), green(p.rgb()), blue(p.rgb()), alpha, p.width() * scale / 2, p.cap(),
                pattern);
        lastPen = p;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void addPiece(double x, double y, double dx, double dy, double length) {
        int k = addItem(PIECE, pen) * FIELDS;
        numbers[k] = x;
        numbers[k + 1] = y;
        numbers[k + 2] = dx;
        numbers[k + 3] = dy;
        numbers[k + 4] = length;
    }

    /** Whether pieces first to last lie within {@link #FLATNESS} of the line from the first's start to the last's end. */
    private boolean isStraight(int first, int last) {
        double ax = numbers[first * FIELDS];
        double ay = numbers[first * FIELDS + 1];
        int l = last * FIELDS;
        double dx = numbers[l] + numbers[l + 2] * numbers[l + 4] - ax;
        double dy = numbers[l + 1] + numbers[l + 3] * numbers[l + 4] - ay;
        double len = Math.sqrt(dx * dx + dy * dy);
        if (len < 1e-9) {
            return true;
        }
        for (int i = first + 1; i <= last; i++) {
            double off = ((numbers[i * FIELDS] - ax) * dy - (numbers[i * FIELDS + 1] - ay) * dx) / len;
            if (Math.abs(off) > FLATNESS) {
                return false;
            }
        }
        return true;
    }

    /** Closes the dash laid so far: capped at both ends, its pieces meeting flat in between. */
    private void endDash() {
        int count = itemCount - dashFirst;
        if (count == 0) {
            return;
        }
        if (count > 1 && isStraight(dashFirst, itemCount - 1)) {
            // One straight piece from the dash's start to its end, which is cheaper to paint.
            int first = dashFirst * FIELDS;
            int last = (itemCount - 1) * FIELDS;
            double tx = numbers[last] + numbers[last + 2] * numbers[last + 4];
            double ty = numbers[last + 1] + numbers[last + 3] * numbers[last + 4];
            double dx = tx - numbers[first];
            double dy = ty - numbers[first + 1];
            double len = Math.sqrt(dx * dx + dy * dy);
            if (len > 1e-9) {
                numbers[first + 2] = dx / len;
                numbers[first + 3] = dy / len;
            }
            numbers[first + 4] = len;
            Arrays.fill(tools, dashFirst + 1, itemCount, null);
            itemCount = dashFirst + 1;
        }
        caps[dashFirst] |= CAP_START;
        caps[itemCount - 1] |= CAP_END;
        Arrays.fill(dashLast, dashFirst, itemCount, itemCount - 1);
        dashFirst = itemCount;
    }

    /** Paints every item, tile by tile, on all cores; within a tile, in the picture's order. */
    private void paintTiles(int tiles) {
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
}
