package io.netpoldojo.screenshots;

import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window's picture with its open menus and dialogs drawn over it where they are on screen: they
 * are windows of their own, which a snapshot of the main scene leaves out.
 */
final class Popups {
    private Popups() {}

    static WritableImage drawnOver(Stage main, WritableImage base) {
        int w = (int) base.getWidth();
        int h = (int) base.getHeight();
        WritableImage out = new WritableImage(base.getPixelReader(), w, h);
        PixelWriter writer = out.getPixelWriter();
        PixelReader under = out.getPixelReader();
        double originX = main.getX() + main.getScene().getX();
        double originY = main.getY() + main.getScene().getY();
        for (Window window : Window.getWindows()) {
            if (window == main || !window.isShowing() || window.getScene() == null) {
                continue;
            }
            WritableImage top = window.getScene().snapshot(null);
            PixelReader over = top.getPixelReader();
            int dx = (int) Math.round(window.getX() + window.getScene().getX() - originX);
            int dy = (int) Math.round(window.getY() + window.getScene().getY() - originY);
            for (int y = 0; y < (int) top.getHeight(); y++) {
                for (int x = 0; x < (int) top.getWidth(); x++) {
                    int tx = x + dx;
                    int ty = y + dy;
                    if (tx >= 0 && ty >= 0 && tx < w && ty < h) {
                        writer.setArgb(tx, ty, blend(over.getArgb(x, y), under.getArgb(tx, ty)));
                    }
                }
            }
        }
        return out;
    }

    /** Source over destination, for the popups' transparent corners and shadows. */
    private static int blend(int src, int dst) {
        int a = src >>> 24;
        if (a == 255) {
            return src;
        }
        int r = (((src >> 16) & 0xff) * a + ((dst >> 16) & 0xff) * (255 - a)) / 255;
        int g = (((src >> 8) & 0xff) * a + ((dst >> 8) & 0xff) * (255 - a)) / 255;
        int b = ((src & 0xff) * a + (dst & 0xff) * (255 - a)) / 255;
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
