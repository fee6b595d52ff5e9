package io.netpoldojo.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import javax.imageio.ImageIO;

/**
 * Paints a {@link Drawing} into a PNG with Java's own 2D graphics, without a screen: the same
 * places, lines, sizes and theme colours as the SVG (and the canvas).
 */
public final class PngWriter {
    private final Theme theme;
    /** Picture pixels per drawing pixel. */
    private final double scale;

    public PngWriter(Theme theme, double scale) {
        this.theme = theme;
        this.scale = scale;
    }

    public byte[] write(Drawing d) {
        BufferedImage image = paint(d);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public BufferedImage paint(Drawing d) {
        int w = Math.max(1, (int) Math.ceil(d.width() * scale));
        int h = Math.max(1, (int) Math.ceil(d.height() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            g.setColor(colour("canvas-bg", 1));
            g.fillRect(0, 0, (int) Math.ceil(d.width()) + 1, (int) Math.ceil(d.height()) + 1);
            d.zones().forEach(z -> zone(g, z));
            d.arrows().stream().sorted(Comparator.comparingInt(a -> a.state().ordinal() == 2 ? 0 : a.state().ordinal() == 1
                    ? 1 : 2)).forEach(a -> arrow(g, a));
            d.cards().forEach(c -> card(g, c));
        } finally {
            g.dispose();
        }
        return image;
    }

    private void zone(Graphics2D g, Drawing.Zone z) {
        Box b = z.box();
        RoundRectangle2D r = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 28, 28);
        g.setColor(colour("zone-fill", 1));
        g.fill(r);
        g.setColor(colour("zone-border", 1));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {8, 5}, 0));
        g.draw(r);
        Box l = z.labelBox();
        g.setFont(font(true, Sizes.ZONE_TITLE_FONT));
        g.setColor(colour("text", 1));
        g.drawString(z.title(), (float) l.x(), (float) (l.y() + 15));
        if (!z.labels().isEmpty()) {
            float x = (float) (l.x() + g.getFontMetrics().stringWidth(z.title()) + Sizes.LABEL_GAP);
            g.setFont(font(false, Sizes.ZONE_LABEL_FONT));
            g.setColor(colour("text-muted", 1));
            g.drawString(z.labels(), x, (float) (l.y() + 15));
        }
    }

    private void arrow(Graphics2D g, Drawing.Arrow a) {
        Curve c = a.curve();
        String name = switch (a.state()) {
            case ALLOWED -> "allowed";
            case PARTLY -> "isolated";
            case DENIED -> "denied";
        };
        double opacity = a.state() == Drawing.State.DENIED ? 0.5 : 1;
        g.setColor(colour(name, opacity));
        g.setStroke(a.state() == Drawing.State.DENIED
                ? new BasicStroke(1.6f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND, 10, new float[] {7, 6}, 0)
                : new BasicStroke(2.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(c.sx(), c.sy(), c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.ex(), c.ey()));
        double[] u = c.endDirection();
        double bx = c.ex() - u[0] * 11;
        double by = c.ey() - u[1] * 11;
        Path2D head = new Path2D.Double();
        head.moveTo(c.ex(), c.ey());
        head.lineTo(bx - u[1] * 5.5, by + u[0] * 5.5);
        head.lineTo(bx + u[1] * 5.5, by - u[0] * 5.5);
        head.closePath();
        g.fill(head);
        if (a.state() != Drawing.State.ALLOWED) {
            g.setFont(font(true, 14.7));
            g.drawString(a.state() == Drawing.State.DENIED ? "\u2715" : "\u00bd", (float) (c.midX() - 5),
                    (float) (c.midY() + 5));
        }
    }

    private void card(Graphics2D g, Drawing.Card c) {
        Box b = c.box();
        double radius = c.outside() ? 60 : 24;
        RoundRectangle2D r = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), radius, radius);
        g.setColor(colour("pod-fill", 1));
        g.fill(r);
        g.setColor(colour("pod-border", 1));
        g.setStroke(c.outside()
                ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0)
                : new BasicStroke(1.5f));
        g.draw(r);
        double iconX = b.x() + 10;
        double iconY = b.centreY() - 15;
        g.setColor(colour("accent-subtle", 1));
        g.fill(new RoundRectangle2D.Double(iconX, iconY, 30, 30, 16, 16));
        g.setColor(colour("accent", 1));
        g.setStroke(new BasicStroke(1.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        Path2D icon = SvgPaths.parse(c.outside() ? CardText.CLOUD : CardText.BOX);
        icon.transform(AffineTransform.getTranslateInstance(iconX + 3, iconY + 3));
        g.draw(icon);
        double textX = b.x() + 48;
        double width = b.maxX() - 6 - textX;
        g.setColor(colour("text", 1));
        g.setFont(font(true, Sizes.NAME_FONT));
        g.drawString(CardText.fit(c.name(), width, Sizes.NAME_FONT, true), (float) textX, (float) (b.y() + 23));
        g.setColor(colour("text-muted", 1));
        g.setFont(font(false, Sizes.DETAIL_FONT));
        g.drawString(CardText.fit(c.detail(), width, Sizes.DETAIL_FONT, false), (float) textX, (float) (b.y() + 38.5));
        g.drawString(CardText.fit(c.ports(), width, Sizes.DETAIL_FONT, false), (float) textX, (float) (b.y() + 53));
    }

    private static Font font(boolean bold, double size) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    private Color colour(String name, double opacity) {
        Theme.Colour c = theme.colour(name);
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(255 * c.alpha() * opacity));
    }
}
