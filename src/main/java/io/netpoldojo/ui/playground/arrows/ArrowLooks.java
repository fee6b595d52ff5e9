package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.workspace.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.effect.Effect;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How arrows look, as the stylesheets say. Arrows are painted, not made of nodes, so for each look
 * in use (an arrow's state, the tier that decided it, whether it is selected, changing, and the
 * marks a teacher put on it) one invisible sample arrow is kept in the scene, built of the parts the stylesheets name
 * ({@code .arrow:allowed .arrow-line}, {@code .presenting .arrow.present-pending .arrow-head}, the
 * theme's colours...), and the painter copies what CSS gave it. So the themes, the classroom's thick
 * lines and the quiz's hidden answers keep working from the stylesheets alone.
 */
public final class ArrowLooks {
    static final PseudoClass ALLOWED = PseudoClass.getPseudoClass("allowed");
    static final PseudoClass DENIED = PseudoClass.getPseudoClass("denied");
    static final PseudoClass PARTLY = PseudoClass.getPseudoClass("partly");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** While a change is shown: {@code changed} with {@code opened} or {@code closed}. */
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    static final PseudoClass OPENED = PseudoClass.getPseudoClass("opened");
    static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    /** The ClusterNetworkPolicy tier that decided the arrow: {@code tier-admin} or {@code tier-baseline}. */
    static final PseudoClass TIER_ADMIN = PseudoClass.getPseudoClass("tier-admin");
    static final PseudoClass TIER_BASELINE = PseudoClass.getPseudoClass("tier-baseline");

    /** What decides an arrow's look; {@code change} is null, or whether it just opened. */
    public record Key(Connection.State state, Optional<Tier> tier, boolean selected, Boolean change,
                      Set<String> marks) {}

    /** A stroked part: the line, the traffic, the halo of a change, the reply. */
    public record Stroke(boolean visible, double opacity, Paint paint, double width, List<Double> dashes,
            StrokeLineCap cap, Effect effect) {
        double[] dashArray() {
            return dashes.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** A filled part: a head, the marker, a label. */
    public record Fill(boolean visible, double opacity, Paint paint, Font font) {}

    /**
     * {@code visible} and {@code opacity} are the whole arrow's; each part has its own too. The
     * tier's badge ({@code tierBadge}, a disc, and {@code tierLetter}, "A" or "B" on it) is drawn
     * only where the marker is: whatever hides the verdict's marker (a question not yet answered,
     * a busy canvas's faded denied arrows) hides which tier decided it too.
     */
    public record Look(boolean visible, double opacity, Stroke line, Fill head, Stroke flow, Fill marker, Stroke pulse,
            Fill changeLabel, Stroke reply, Fill replyHead, Fill replyLabel, Fill tierBadge, Fill tierLetter) {
        /** Whether an arrow in this look shows its tier's badge (when a tier decided it). */
        public boolean showsTier() {
            return marker.visible() && tierBadge.visible() && tierLetter.visible();
        }
    }

    private final Group samples = new Group();
    private final Map<Key, Sample> byKey = new HashMap<>();

    ArrowLooks() {
        // In the scene, so that every stylesheet and ancestor class reaches them, but never seen.
        samples.setOpacity(0);
        samples.setMouseTransparent(true);
        samples.setManaged(false);
        samples.setId("arrow-looks");
    }

    /** The node holding the samples: it must sit where the arrows are drawn. */
    Node node() {
        return samples;
    }

    Look look(Key key) {
        Sample sample = byKey.get(key);
        if (sample == null) {
            sample = new Sample(key);
            byKey.put(key, sample);
            samples.getChildren().add(sample.arrow);
            if (samples.getScene() != null) {
                sample.arrow.applyCss();
            }
            sample.look = sample.read();
        }
        return sample.look;
    }

    /**
     * Reads every sample again, after a style pass (a theme switched, a class was put on an
     * ancestor); true when any look changed, so the arrows must be painted again.
     */
    boolean refresh() {
        boolean changed = false;
        for (Sample s : byKey.values()) {
            Look now = s.read();
            if (!now.equals(s.look)) {
                s.look = now;
                changed = true;
            }
        }
        return changed;
    }

    /** One invisible arrow in a given look, with every part the stylesheets style. */
    private static final class Sample {
        final Group arrow = new Group();
        final QuadCurve line = part(new QuadCurve(), "arrow-line");
        final Polygon head = part(new Polygon(), "arrow-head");
        final QuadCurve flow = part(new QuadCurve(), "arrow-flow");
        final Text marker = part(new Text("\u2715"), "arrow-marker");
        final QuadCurve pulse = part(new QuadCurve(), "arrow-pulse");
        final Text changeLabel = part(new Text("opened"), "arrow-change-label");
        final QuadCurve reply = part(new QuadCurve(), "arrow-reply");
        final Polygon replyHead = part(new Polygon(), "arrow-reply-head");
        final Text replyLabel = part(new Text("reply"), "arrow-reply-label");
        final Circle tierBadge = part(new Circle(ArrowSurface.BADGE_RADIUS), "arrow-tier-badge");
        final Text tierLetter = part(new Text("A"), "arrow-tier-letter");
        Look look;

        Sample(Key key) {
            arrow.getStyleClass().add("arrow");
            arrow.getStyleClass().addAll(key.marks());
            arrow.pseudoClassStateChanged(ALLOWED, key.state() == Connection.State.ALLOWED);
            arrow.pseudoClassStateChanged(DENIED, key.state() == Connection.State.DENIED);
            arrow.pseudoClassStateChanged(PARTLY, key.state() == Connection.State.PARTLY_ALLOWED);
            arrow.pseudoClassStateChanged(SELECTED, key.selected());
            arrow.pseudoClassStateChanged(CHANGED, key.change() != null);
            arrow.pseudoClassStateChanged(OPENED, Boolean.TRUE.equals(key.change()));
            arrow.pseudoClassStateChanged(CLOSED, Boolean.FALSE.equals(key.change()));
            arrow.pseudoClassStateChanged(TIER_ADMIN, key.tier().equals(Optional.of(Tier.ADMIN)));
            arrow.pseudoClassStateChanged(TIER_BASELINE, key.tier().equals(Optional.of(Tier.BASELINE)));
            for (Shape curve : new Shape[] {line, flow, pulse, reply}) {
                curve.setFill(null);
            }
            arrow.getChildren().addAll(line, head, flow, marker, pulse, changeLabel, reply, replyHead, replyLabel,
                    tierBadge, tierLetter);
        }

        private static <T extends Node> T part(T node, String styleClass) {
            node.getStyleClass().add(styleClass);
            // A sample is never seen, and a screen reader must not read "opened" or a cross out either.
            node.setAccessibleRole(AccessibleRole.NODE);
            return node;
        }

        Look read() {
            return new Look(arrow.isVisible(), arrow.getOpacity(), stroke(line), fill(head), stroke(flow),
                    fill(marker), stroke(pulse), fill(changeLabel), stroke(reply), fill(replyHead), fill(replyLabel),
                    fill(tierBadge), fill(tierLetter));
        }

        private static Stroke stroke(Shape s) {
            return new Stroke(s.isVisible() && s.getStroke() != null, s.getOpacity(), s.getStroke(), s.getStrokeWidth(),
                    List.copyOf(s.getStrokeDashArray()), s.getStrokeLineCap(), s.getEffect());
        }

        private static Fill fill(Shape s) {
            return new Fill(s.isVisible() && s.getFill() != null, s.getOpacity(), s.getFill(),
                    s instanceof Text t ? t.getFont() : null);
        }
    }
}
