package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.engine.model.Tier;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * Where the parts of a group of arrows are painted: a JavaFX canvas ({@link CanvasSurface}), or a
 * picture painted later for a sheet ({@link PictureSurface}).
 */
interface ArrowSurface {
    double HEAD_SIZE = 11;
    /**
     * The tier's badge: a disc this wide on each side of the line, so it stays clear of the other
     * arrow of a pair, which runs twice {@code ArrowRouter.OFFSET} (14) away.
     */
    double BADGE_RADIUS = 7;

    void stroke(ArrowLooks.Stroke stroke, double opacity, double dashOffset, List<Arrow> arrows);

    void heads(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows);

    void markers(ArrowLooks.Fill fill, double opacity, List<Arrow> arrows);

    /** The badges of the arrows a ClusterNetworkPolicy tier decided: "A" (Admin) or "B" (Baseline) on a disc. */
    void badges(ArrowLooks.Look look, double opacity, List<Arrow> arrows);

    /** The letter on a tier's badge. */
    static String badgeLetter(Tier tier) {
        return tier == Tier.ADMIN ? "A" : "B";
    }

    /** The marker in the middle of an arrow: a cross when denied, a half when partly allowed. */
    static String marker(Arrow a) {
        return switch (a.state()) {
            case ALLOWED -> "";
            case DENIED -> "\u2715";
            case PARTLY_ALLOWED -> "\u00bd";
        };
    }

    /** Sets up a stroke as a part's look says; false when the part is not drawn in this look. */
    static boolean stroke(GraphicsContext g, double opacity, ArrowLooks.Stroke s, double dashOffset) {
        if (!s.visible()) {
            return false;
        }
        g.setGlobalAlpha(opacity * s.opacity());
        g.setStroke(s.paint());
        g.setLineWidth(s.width());
        g.setLineCap(s.cap());
        double[] dashes = s.dashArray();
        g.setLineDashes(dashes.length == 0 ? null : dashes);
        g.setLineDashOffset(dashOffset);
        g.setEffect(s.effect());
        return true;
    }

    static boolean fill(GraphicsContext g, double opacity, ArrowLooks.Fill f) {
        if (!f.visible()) {
            return false;
        }
        g.setGlobalAlpha(opacity * f.opacity());
        g.setFill(f.paint());
        g.setEffect(null);
        return true;
    }
}
