package io.netpoldojo.ui.present;

import io.netpoldojo.ui.Themes;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.ui.playground.canvas.CanvasView;
import io.netpoldojo.userdata.ThemeMode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javax.imageio.ImageIO;

/**
 * The handout's pictures: the canvas once each step has run, drawn as the stage draws it (the
 * Playground's own canvas, fitted to the picture) in the light colours, for paper. The canvas
 * paints its arrows after a layout pulse, which only a showing window gets, so the pictures are
 * drawn one step at a time on a window of their own that nobody sees (fully transparent), each
 * taken once the arrows have settled. PNG through the JDK's ImageIO (no JavaFX-Swing bridge).
 */
final class HandoutPictures {
    static final int WIDTH = 1200;
    static final int HEIGHT = 760;
    /** A step whose arrows have not settled after this many frames is taken as it is. */
    private static final int MAX_FRAMES = 180;

    private final Script script;
    private final Consumer<List<Optional<byte[]>>> done;
    private final List<Optional<byte[]>> pictures = new ArrayList<>();
    private final Stage window = new Stage(StageStyle.TRANSPARENT);
    private final Scene scene = new Scene(new StackPane(), WIDTH, HEIGHT);
    private CanvasView canvas;
    private int frames;

    private HandoutPictures(Script script, Consumer<List<Optional<byte[]>>> done) {
        this.script = script;
        this.done = done;
        // The light theme as the scene's own sheets: the app's (global) theme may be the dark one.
        scene.getStylesheets().setAll(Themes.userAgentStylesheet(ThemeMode.LIGHT));
        scene.getStylesheets().addAll(Themes.sceneStylesheets(ThemeMode.LIGHT));
        window.setScene(scene);
        window.setOpacity(0);
        window.setTitle("NetPol Dojo handout pictures");
    }

    /**
     * Draws every step's picture, then calls {@code done} with them in order (an empty one where a
     * picture could not be encoded). On the FX thread; {@code done} is called on it too.
     */
    static void render(Script script, Consumer<List<Optional<byte[]>>> done) {
        new HandoutPictures(script, done).start();
    }

    private void start() {
        show(0);
        window.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames++;
                if (frames < 3 || !canvas.arrowsSettled() && frames < MAX_FRAMES) {
                    return;
                }
                pictures.add(png(scene.snapshot(null)));
                if (pictures.size() < script.steps().size()) {
                    show(pictures.size());
                    return;
                }
                stop();
                window.close();
                done.accept(List.copyOf(pictures));
            }
        }.start();
    }

    private void show(int step) {
        DiagramView diagram = new DiagramView(script.workspaceAt(step));
        diagram.setStepperVisible(false);
        diagram.setAnimating(false);
        diagram.fillView(new SimpleDoubleProperty(1));
        scene.setRoot(new StackPane(diagram));
        canvas = (CanvasView) diagram.lookup(".dojo-canvas");
        frames = 0;
    }

    private static Optional<byte[]> png(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, w, h, argb, 0, w);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            return ImageIO.write(buffered, "png", out) ? Optional.of(out.toByteArray()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
