package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.ui.playground.raster.RasterPicture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/** Records into a picture for a sheet, to be painted later on another thread. */
final class PictureSurface implements ArrowSurface {
    private final RasterPicture picture;
    private final Sprites sprites;
    private final double scale;

    /**
     * @param sprites the markers' letters as stamped, kept from one picture to the next
     * @param scale   the sheet's pixels per drawing unit
     */
    PictureSurface(RasterPicture picture, Sprites sprites, double scale) {
        this.picture = picture;
        this.sprites = sprites;
        this.scale = scale;
    }

    /** Whether a sheet paints every part of this look exactly: plain colours and no effects. */
    static boolean canPaint(ArrowLooks.Look look) {
        return canPaint(look.line()) && canPaint(look.flow()) && canPaint(look.head(), false)
                && canPaint(look.marker(), true) && canPaint(look.tierBadge(), false)
                && canPaint(look.tierLetter(), true);
    }

    static boolean canPaint(ArrowLooks.Stroke s) {
        return !s.visible() || (s.paint() instanceof Color && s.effect() == null);
    }

    private static boolean canPaint(ArrowLooks.Fill f, boolean text) {
        return !f.visible() || (f.paint() instanceof Color && (!text || f.font() != null));
    }

    @Override
    public void stroke(ArrowLooks.Stroke stroke, double opacity, double dashOffset, List<Arrow> arrows) {
        if (!stroke.visible()) {
            return;
        }
        Color colour = (Color) stroke.paint();
        RasterPicture.Pen pen = new RasterPicture.Pen(rgb(colour), opacity * stroke.opacity() * colour.getOpacity(),
                stroke.width(), cap(stroke.cap()), stroke.dashArray(), dashOffset);
        for (Arrow a : arrows) {
            picture.strokeCubic(pen, a.sx, a.sy, a.c1x, a.c1y, a.c2x, a.c2y, a.ex, a.ey);
        }
    }

    @Override
    public void heads(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows) {
        if (!fill.visible()) {
            return;
        }
        Color colour = (Color) fill.paint();
        double alpha = opacity * fill.opacity() * colour.getOpacity();
        for (Arrow a : arrows) {
            double[] p = Arrow.head(a.curve(), HEAD_SIZE);
            picture.fillTriangle(rgb(colour), alpha, p[0], p[1], p[2], p[3], p[4], p[5]);
        }
    }

    @Override
    public void markers(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows) {
        if (!fill.visible()) {
            return;
        }
        for (Arrow a : arrows) {
            String marker = ArrowSurface.marker(a);
            if (!marker.isEmpty()) {
                picture.stamp(sprites.sprite(marker, fill, scale), opacity * fill.opacity(), a.midX() - 5,
                        a.midY() + 5);
            }
        }
    }

    @Override
    public void badges(ArrowLooks.Look look, double opacity, List<Arrow> arrows) {
        if (!look.showsTier()) {
            return;
        }
        for (Arrow a : arrows) {
            a.decidingTier().ifPresent(tier -> picture.stamp(
                    sprites.badge(ArrowSurface.badgeLetter(tier), look.tierBadge(), look.tierLetter(), scale),
                    opacity * look.tierBadge().opacity(), a.badgeX, a.badgeY));
        }
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    private static RasterPicture.Cap cap(StrokeLineCap cap) {
        return switch (cap) {
            case BUTT -> RasterPicture.Cap.BUTT;
            case SQUARE -> RasterPicture.Cap.SQUARE;
            case ROUND -> RasterPicture.Cap.ROUND;
        };
    }

    /** Letters (the markers) and the tiers' badges as the sheets stamp them, at the sheets' scale. */
    static final class Sprites {
        private record Key(String text, Font font, Paint paint, double scale) {}

        private record BadgeKey(String letter, Paint disc, Paint ink, Font font, double scale) {}

        private final Map<Key, RasterPicture.Sprite> byKey = new HashMap<>();
        private final Map<BadgeKey, RasterPicture.Sprite> badges = new HashMap<>();

        void clear() {
            byKey.clear();
            badges.clear();
        }

        /** A tier's badge as the sheets stamp it: a disc with its letter, its centre at the point it is stamped at. */
        RasterPicture.Sprite badge(String letter, ArrowLooks.Fill disc, ArrowLooks.Fill ink, double scale) {
            return badges.computeIfAbsent(new BadgeKey(letter, disc.paint(), ink.paint(), ink.font(), scale), key -> {
                Circle circle = new Circle(BADGE_RADIUS, key.disc());
                Text text = new Text(letter);
                text.setFont(key.font());
                text.setFill(key.ink());
                text.setTextOrigin(VPos.CENTER);
                text.setX(-text.getLayoutBounds().getWidth() / 2);
                return snapshot(new Group(circle, text), key.scale());
            });
        }

        /**
         * A marker's letter as the sheets stamp it: the text drawn once by JavaFX at the sheets'
         * scale, its baseline's left end at the point it is stamped at, as the canvas draws text.
         */
        RasterPicture.Sprite sprite(String letter, ArrowLooks.Fill fill, double scale) {
            return byKey.computeIfAbsent(new Key(letter, fill.font(), fill.paint(), scale), key -> {
                Text text = new Text(letter);
                text.setFont(key.font());
                text.setFill(key.paint());
                return snapshot(text, key.scale());
            });
        }

        /** A node drawn once by JavaFX at scale {@code s}, its point (0, 0) where the sprite is stamped. */
        private static RasterPicture.Sprite snapshot(Node node, double s) {
            Bounds b = node.getBoundsInLocal();
            int left = (int) Math.floor(b.getMinX() * s) - 1;
            int top = (int) Math.floor(b.getMinY() * s) - 1;
            int w = (int) Math.ceil(b.getMaxX() * s) + 1 - left;
            int h = (int) Math.ceil(b.getMaxY() * s) + 1 - top;
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            params.setTransform(new Scale(s, s));
            params.setViewport(new Rectangle2D(left, top, w, h));
            WritableImage image = node.snapshot(params, null);
            int[] pixels = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
            return new RasterPicture.Sprite(pixels, w, h, -left, -top);
        }
    }
}
