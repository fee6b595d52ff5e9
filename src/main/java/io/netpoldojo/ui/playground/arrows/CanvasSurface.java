package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.diagram.LabelPlaces;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Paints with a canvas's graphics context, now. */
record CanvasSurface(GraphicsContext g) implements ArrowSurface {
    private static final double REPLY_HEAD_SIZE = 8;

    /**
     * Strokes each arrow on its own: one path through hundreds of arrows would be rasterized as
     * one shape the size of the whole drawing, which costs the renderer far more than many small ones.
     */
    @Override
    public void stroke(ArrowLooks.Stroke stroke, double opacity, double dashOffset, List<Arrow> arrows) {
        if (ArrowSurface.stroke(g, opacity, stroke, dashOffset)) {
            for (Arrow a : arrows) {
                g.beginPath();
                g.moveTo(a.sx, a.sy);
                g.bezierCurveTo(a.c1x, a.c1y, a.c2x, a.c2y, a.ex, a.ey);
                g.stroke();
            }
            g.setEffect(null);
        }
    }

    @Override
    public void heads(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows) {
        if (ArrowSurface.fill(g, opacity, fill)) {
            for (Arrow a : arrows) {
                double[] p = Arrow.head(a.curve(), HEAD_SIZE);
                g.fillPolygon(new double[] {p[0], p[2], p[4]}, new double[] {p[1], p[3], p[5]}, 3);
            }
        }
    }

    @Override
    public void markers(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows) {
        if (ArrowSurface.fill(g, opacity, fill)) {
            g.setFont(fill.font());
            for (Arrow a : arrows) {
                String marker = ArrowSurface.marker(a);
                if (!marker.isEmpty()) {
                    g.fillText(marker, a.midX() - 5, a.midY() + 5);
                }
            }
        }
    }

    @Override
    public void badges(ArrowLooks.Look look, double opacity, List<Arrow> arrows) {
        if (!look.showsTier()) {
            return;
        }
        for (Arrow a : arrows) {
            a.decidingTier().ifPresent(tier -> {
                if (ArrowSurface.fill(g, opacity, look.tierBadge())) {
                    g.fillOval(a.badgeX - BADGE_RADIUS, a.badgeY - BADGE_RADIUS, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS);
                }
                if (ArrowSurface.fill(g, opacity, look.tierLetter())) {
                    g.setFont(look.tierLetter().font());
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(ArrowSurface.badgeLetter(tier), a.badgeX, a.badgeY);
                    g.setTextAlign(TextAlignment.LEFT);
                    g.setTextBaseline(VPos.BASELINE);
                }
            });
        }
    }

    /**
     * The reply runs back along the other side: NetworkPolicies are stateful. Its word takes the
     * first free place beside it in {@code room} (see {@link ArrowLabels}), or is left out.
     */
    static void paintReply(GraphicsContext g, ArrowLooks.Look look, Arrow a, LabelPlaces room) {
        Curve c = a.replyCurve();
        if (ArrowSurface.stroke(g, 1, look.reply(), 0)) {
            g.beginPath();
            g.moveTo(c.sx(), c.sy());
            g.bezierCurveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.ex(), c.ey());
            g.stroke();
        }
        if (ArrowSurface.fill(g, 1, look.replyHead())) {
            double[] p = Arrow.head(c, REPLY_HEAD_SIZE);
            g.fillPolygon(new double[] {p[0], p[2], p[4]}, new double[] {p[1], p[3], p[5]}, 3);
        }
        if (ArrowSurface.fill(g, 1, look.replyLabel())) {
            Font font = look.replyLabel().font();
            ArrowLabels.reply(room, a.curve(), w -> ArrowLabels.size(font, w))
                    .ifPresent(p -> word(g, font, p.word(), p.box()));
        }
    }

    /** A word in its box, the box's top at the text's top. */
    static void word(GraphicsContext g, Font font, String word, Box box) {
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        g.fillText(word, box.x(), box.y());
        g.setTextBaseline(VPos.BASELINE);
    }
}
