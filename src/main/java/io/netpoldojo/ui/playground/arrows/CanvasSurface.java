package io.netpoldojo.ui.playground.arrows;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;

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
                g.quadraticCurveTo(a.cx, a.cy, a.ex, a.ey);
                g.stroke();
            }
            g.setEffect(null);
        }
    }

    @Override
    public void heads(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows) {
        if (ArrowSurface.fill(g, opacity, fill)) {
            for (Arrow a : arrows) {
                double[] p = Arrow.head(a.cx, a.cy, a.ex, a.ey, HEAD_SIZE);
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

    /** The reply runs back along the other side: NetworkPolicies are stateful. */
    static void paintReply(GraphicsContext g, ArrowLooks.Look look, Arrow a) {
        double[] c = a.replyCurve();
        if (ArrowSurface.stroke(g, 1, look.reply(), 0)) {
            g.beginPath();
            g.moveTo(c[0], c[1]);
            g.quadraticCurveTo(c[2], c[3], c[4], c[5]);
            g.stroke();
        }
        if (ArrowSurface.fill(g, 1, look.replyHead())) {
            double[] p = Arrow.head(c[2], c[3], c[4], c[5], REPLY_HEAD_SIZE);
            g.fillPolygon(new double[] {p[0], p[2], p[4]}, new double[] {p[1], p[3], p[5]}, 3);
        }
        if (ArrowSurface.fill(g, 1, look.replyLabel())) {
            g.setFont(look.replyLabel().font());
            g.fillText("reply (stateful)", 0.5 * c[2] + 0.25 * (c[0] + c[4]) - 45,
                    0.5 * c[3] + 0.25 * (c[1] + c[5]) + 16);
        }
    }
}
