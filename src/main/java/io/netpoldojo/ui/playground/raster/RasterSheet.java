package io.netpoldojo.ui.playground.raster;

import java.nio.IntBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;

/**
 * A sheet of the arrow layer whose pictures are painted by an {@link ArrowRaster} on a thread of
 * its own, so that neither the JavaFX thread nor the renderer waits for thousands of arrows: the
 * sheet keeps showing its last picture until the next one is ready, a few frames later.
 *
 * <p>Two sets of pixels take turns: one on screen, the other being painted. A set taken off the
 * screen is painted again only from the next pulse on, once the renderer has finished the frame
 * that still showed it. Pictures asked for while one is being painted are not queued: only the
 * newest is painted next, so a sheet asked for a picture every frame (the flowing traffic) shows
 * as many as the machine can paint, and the rest of the app keeps its pace.
 */
public final class RasterSheet {
    private static final Logger LOG = Logger.getLogger(RasterSheet.class.getName());

    /**
     * What the sheet is asked to show: a picture at a size and scale, with the sheet's top-left at
     * (left, top) of the drawing, and what it was made from.
     */
    private record Request(int width, int height, double scale, double left, double top, RasterPicture picture,
            Object tag) {}

    /** One set of pixels and the image that shows them. */
    private static final class Pixels {
        final ArrowRaster raster;
        final PixelBuffer<IntBuffer> buffer;
        final WritableImage image;
        /** Set on the painting thread, read on the JavaFX thread once {@link #done} says so. */
        boolean empty;
        /** What these pixels were last asked to show. */
        Request request;

        Pixels(int width, int height, double scale) {
            raster = new ArrowRaster(width, height, scale);
            buffer = new PixelBuffer<>(width, height, raster.buffer(), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }

        boolean fits(Request r) {
            return raster.width() == r.width() && raster.height() == r.height() && raster.scale() == r.scale();
        }
    }

    private final ImageView view = new ImageView();
    private final Scale toWorld = new Scale(1, 1, 0, 0);
    private final Executor painter;
    private Pixels shown;
    private Pixels spare;
    /** The set being painted, or null. */
    private Pixels painting;
    /** Set by the painting thread when {@link #painting} is ready to be shown. */
    private volatile boolean done;
    private Request next;
    /** Pulses to wait before the spare set may be painted (the renderer may still be reading it). */
    private int spareHeld;
    private Object shownTag;

    /**
     * @param id      the image's id in the scene
     * @param painter where pictures are painted: one thread, shared by the sheets of one kind
     */
    public RasterSheet(String id, Executor painter) {
        this.painter = painter;
        view.setId(id);
        view.setManaged(false);
        view.setMouseTransparent(true);
        view.setVisible(false);
        view.getTransforms().add(toWorld);
    }

    /** A painting thread that ends when it has had nothing to do for a while. */
    public static Executor newPainter(String name) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    public Node node() {
        return view;
    }

    /**
     * Asks for a picture of {@code width} by {@code height} pixels at {@code scale} pixels per
     * drawing unit, its top-left at ({@code left}, {@code top}) of the drawing; {@code tag} says
     * what it shows, and is given back by {@link #shownTag()} once it is on screen.
     */
    public void show(int width, int height, double scale, double left, double top, RasterPicture picture, Object tag) {
        if (picture.isEmpty() && painting == null && (shown == null || shown.empty)) {
            // Nothing to show, and nothing shown: no need to paint an empty picture.
            next = null;
            shownTag = tag;
            view.setVisible(false);
            return;
        }
        next = new Request(Math.max(1, width), Math.max(1, height), scale, left, top, picture, tag);
        Platform.requestNextPulse();
    }

    /**
     * Runs once per pulse on the JavaFX thread: puts a finished picture on screen and starts the
     * next. True when what the sheet shows changed.
     */
    public boolean pulse() {
        if (spareHeld > 0) {
            spareHeld--;
        }
        boolean changed = false;
        if (painting != null && done) {
            done = false;
            Pixels finished = painting;
            painting = null;
            if (shown != null) {
                spare = shown;
                spareHeld = 1;
            }
            shown = finished;
            shownTag = finished.request.tag();
            view.setImage(finished.image);
            finished.buffer.updateBuffer(b -> null);
            toWorld.setX(1 / finished.raster.scale());
            toWorld.setY(1 / finished.raster.scale());
            view.setX(finished.request.left() * finished.raster.scale());
            view.setY(finished.request.top() * finished.raster.scale());
            view.setVisible(!finished.empty);
            changed = true;
        }
        if (painting == null && next != null && spareHeld == 0) {
            start(next);
            next = null;
        }
        if (next != null) {
            Platform.requestNextPulse(); // the painter wakes the sheet itself when it is done
        }
        return changed;
    }

    private void start(Request request) {
        Pixels target = spare != null && spare.fits(request) ? spare : new Pixels(request.width(), request.height(),
                request.scale());
        spare = null;
        painting = target;
        target.request = request;
        painter.execute(() -> {
            try {
                target.raster.paint(request.picture(), request.left(), request.top());
                target.empty = request.picture().isEmpty();
            } catch (RuntimeException | Error e) {
                // A fault in painting must not stop the sheet: it shows nothing rather than hang.
                LOG.log(Level.WARNING, "could not paint the arrows", e);
                target.empty = true;
            }
            done = true;
            Platform.runLater(Platform::requestNextPulse);
        });
    }

    /** The tag of the picture on screen (null before the first). */
    public Object shownTag() {
        return shownTag;
    }

    /** Whether the newest picture asked for is the one on screen. */
    public boolean isSettled() {
        return painting == null && next == null;
    }
}
