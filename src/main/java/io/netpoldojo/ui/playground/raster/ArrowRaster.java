package io.netpoldojo.ui.playground.raster;

import io.netpoldojo.diagram.Curve;
import io.netpoldojo.ui.playground.raster.RasterPicture.Cap;
import io.netpoldojo.ui.playground.raster.RasterPicture.Pen;
import io.netpoldojo.ui.playground.raster.RasterPicture.Sprite;
import java.nio.IntBuffer;
import java.util.Arrays;

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
public final class ArrowRaster {
    /** How far a flattened curve may stray from the true one, in pixels. */
    private static final double FLATNESS = 0.1;
    private static final int MAX_PIECES = 64;
    /** A dash pattern shorter than this, in pixels, is painted as a solid line of the same ink. */
    private static final double MIN_PATTERN = 0.5;
    /** A dot at most this wide is painted as the square of the same area: at that size a pixel shows no difference. */
    static final double SMALL_DOT = 3;
    /** Tiles of 64 by 64 pixels: 16 KB, which a core keeps in its cache while it paints the tile. */
    static final int TILE_SHIFT = 6;
    static final int TILE = 1 << TILE_SHIFT;
    // The kinds of item sorted into tiles.
    static final int PIECE = 0;
    static final int TRIANGLE = 1;
    static final int STAMP = 2;
    /** Numbers kept per item: a piece's start, direction and length; a triangle's corners; a stamp's top-left. */
    static final int FIELDS = 6;
    private static final int INITIAL_ITEMS = 1024;
    /** Item arrays larger than this (about 2 MB) are let go once a picture is painted. */
    private static final int KEEP_ITEMS = 32_768;
    static final int CAP_START = 1;
    static final int CAP_END = 2;

    final int width;
    final int height;
    final int[] pixels;
    private final IntBuffer buffer;
    /** Pixels per drawing unit. */
    private final double scale;
    final int tilesAcross;
    final int tilesDown;
    /** Where the raster's top-left pixel is, in the drawing, in pixels. */
    private double originX;
    private double originY;

    // The items laid out from the picture, in its order, in parallel arrays.
    int[] kinds;
    double[] numbers;
    int[] caps;
    /** For a piece, the last piece of its dash (itself when the dash is one piece). */
    int[] dashLast;
    Object[] tools;
    int itemCount;
    // The pen in use while laying a curve, and the first piece of the dash being laid.
    private Pen lastPen;
    private PixelPen pen;
    private int dashFirst;

    /** A pen as the pixels see it: colour, opacity, half its width in pixels, its caps and dashes in pixels. */
    record PixelPen(int red, int green, int blue, double alpha, double halfWidth, Cap cap, double[] pattern) {}

    /** A triangle's or a stamp's colour and opacity. */
    record PixelFill(int red, int green, int blue, double alpha) {}

    record PixelStamp(Sprite sprite, double alpha) {}

    public ArrowRaster(int width, int height, double scale) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.pixels = new int[Math.max(1, width * height)];
        this.buffer = IntBuffer.wrap(pixels);
        this.tilesAcross = (width + TILE - 1) >> TILE_SHIFT;
        this.tilesDown = (height + TILE - 1) >> TILE_SHIFT;
        allocateItems(INITIAL_ITEMS);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double scale() {
        return scale;
    }

    /** The pixels, for a {@code PixelBuffer}. */
    public IntBuffer buffer() {
        return buffer;
    }

    /** One pixel as premultiplied ARGB (tests read what was painted). */
    public int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Makes every pixel transparent, then paints the picture, the raster's top-left at the drawing's origin. */
    public void paint(RasterPicture picture) {
        paint(picture, 0, 0);
    }

    /**
     * Makes every pixel transparent, then paints the picture, the raster's top-left pixel at
     * ({@code left}, {@code top}) of the drawing (a raster of only the part of it on screen).
     */
    public void paint(RasterPicture picture, double left, double top) {
        originX = left * scale;
        originY = top * scale;
        Arrays.fill(pixels, 0);
        itemCount = 0;
        lastPen = null;
        for (RasterPicture.Op op : picture.ops()) {
            if (op instanceof RasterPicture.Cubic q) {
                layCubic(q.pen(), q.x0(), q.y0(), q.c1x(), q.c1y(), q.c2x(), q.c2y(), q.x1(), q.y1());
            } else if (op instanceof RasterPicture.Triangle t) {
                layTriangle(t);
            } else if (op instanceof RasterPicture.Stamp s) {
                layStamp(s);
            }
        }
        int tiles = tilesAcross * tilesDown;
        if (itemCount > 0 && tiles > 0) {
            new TilePainter(this).paintTiles(tiles);
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

    /** Lays a cubic curve, in drawing units, as the straight pieces of its dashes. */
    private void layCubic(Pen p, double x0, double y0, double c1x, double c1y, double c2x, double c2y, double x1,
                          double y1) {
        usePen(p);
        double[] pattern = pen.pattern();
        double ax = x0 * scale - originX;
        double ay = y0 * scale - originY;
        double bx = c1x * scale - originX;
        double by = c1y * scale - originY;
        double cx = c2x * scale - originX;
        double cy = c2y * scale - originY;
        double ex = x1 * scale - originX;
        double ey = y1 * scale - originY;
        // The curve stays inside the hull of its four points: none of it may be on the raster.
        double reach = pen.halfWidth() * 2 + 2;
        if (Math.max(Math.max(ax, bx), Math.max(cx, ex)) < -reach || Math.min(Math.min(ax, bx), Math.min(cx, ex)) > width + reach
                || Math.max(Math.max(ay, by), Math.max(cy, ey)) < -reach
                || Math.min(Math.min(ay, by), Math.min(cy, ey)) > height + reach) {
            return;
        }
        // Straight pieces stray from the curve by at most 3/4 of its largest second difference over
        // n squared (for a quadratic drawn as a cubic, the quarter of |P0 - 2C + P1| it always was).
        double stray = 0.75 * Math.max(Math.sqrt(square(ax - 2 * bx + cx) + square(ay - 2 * by + cy)),
                Math.sqrt(square(bx - 2 * cx + ex) + square(by - 2 * cy + ey)));
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
            double qx = Curve.at(t, ax, bx, cx, ex);
            double qy = Curve.at(t, ay, by, cy, ey);
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
}
