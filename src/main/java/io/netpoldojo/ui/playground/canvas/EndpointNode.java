package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.CardText;
import io.netpoldojo.diagram.Sizes;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.workspace.Drawings;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A pod (or workload) card, or an outside endpoint, drawn centred on its canvas position. It only
 * shows its endpoint; dragging and menus are wired by {@link CanvasView}.
 */
public final class EndpointNode extends StackPane {
    public static final double WIDTH = Sizes.CARD_WIDTH;
    public static final double HEIGHT = Sizes.CARD_HEIGHT;
    /** Less room than this for the name means the card is not laid out yet: no name is shrunk for it. */
    private static final double MIN_NAME_ROOM = 40;

    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label ports = new Label();
    private final SVGPath icon = new SVGPath();
    private final StackPane iconBox = new StackPane(icon);
    private final HBox row = new HBox(8);
    private String endpointId = "";
    /** Measures a name at the stylesheet's size (FX thread only, as every card is). */
    private static final Text MEASURE = new Text();
    /**
     * The name's size as a share of the stylesheet's: 1, or less for a name too long for the card
     * (see layoutChildren). Kept in em, so A+ and A- rescale a shrunk name too.
     */
    private double nameRatio = 1;
    /** What the card shows now; an edit elsewhere (a policy switched) passes the same endpoint again. */
    private Endpoint shown;

    EndpointNode(Endpoint endpoint) {
        getStyleClass().add("endpoint-node");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        // A region takes clicks on its bounds, and the card's bounds take in its drop shadow: an
        // arrow seen up to 10 px beside the card could not be right-clicked. The card's shape alone.
        setPickOnBounds(false);
        name.getStyleClass().add("endpoint-name");
        detail.getStyleClass().add("endpoint-detail");
        ports.getStyleClass().add("endpoint-ports");
        icon.getStyleClass().add("endpoint-icon");
        iconBox.getStyleClass().add("endpoint-icon-box");
        VBox text = new VBox(1, name, detail, ports);
        text.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().addAll(iconBox, text);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        update(endpoint);
    }

    void update(Endpoint endpoint) {
        if (endpoint.equals(shown)) {
            return; // nothing to redo; restyling every card on every edit costs a frame on a big canvas
        }
        shown = endpoint;
        endpointId = endpoint.id();
        setId(NodeIds.endpoint(endpoint.id()));
        getProperties().put("endpointId", endpoint.id());
        name.setText(endpoint.name());
        setNameRatio(1); // back to the stylesheet's size; layoutChildren shrinks it again if it must
        getStyleClass().removeAll("pod-node", "external-node");
        if (endpoint instanceof Pod pod) {
            getStyleClass().add("pod-node");
            icon.setContent(CardText.BOX);
            detail.setText(Drawings.detail(pod));
            ports.setText(Drawings.ports(pod));
            setAccessibleText("pod " + pod.id() + ", labels " + detail.getText() + ", ports " + ports.getText());
        } else {
            getStyleClass().add("external-node");
            icon.setContent(CardText.CLOUD);
            detail.setText(Drawings.detail(endpoint));
            ports.setText(Drawings.ports(endpoint));
            setAccessibleText("outside endpoint " + endpoint.name() + " at " + endpoint.ip());
        }
    }

    /**
     * A name is never cut short ("managem…"): one too long for the card is set in a smaller type,
     * just small enough to fit. The labels and ports below it may be cut; the name is how the text
     * and the teacher refer to the card. The size follows from the stylesheet's size and the room
     * alone, never from the size the name has now, so repeated layouts (a highlight's thicker
     * border, a first narrow layout) can neither shrink it step by step nor make it alternate.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The room the card's text column will have: worked out from the card itself, since the
        // column is only resized after this (a highlight's thicker border narrows it in this pass).
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - row.snappedLeftInset()
                - row.snappedRightInset() - iconBox.prefWidth(-1) - row.getSpacing()
                - name.snappedLeftInset() - name.snappedRightInset() - 1;
        if (room < MIN_NAME_ROOM) {
            return; // not laid out at its real size yet
        }
        Font now = name.getFont();
        double full = now.getSize() / nameRatio;
        double natural = textWidth(now, full);
        double ratio = natural <= room ? 1 : Math.floor(room / natural * 100) / 100;
        // Type does not scale exactly with its size: step down until the name fits at that size.
        while (ratio < 1 && ratio > 0.3 && textWidth(now, full * ratio) > room) {
            ratio = Math.round(ratio * 100 - 1) / 100.0;
        }
        if (Math.abs(ratio - nameRatio) >= 0.005) {
            setNameRatio(ratio);
        }
    }

    /**
     * Sets the name's size as a share of the stylesheet's. The font is set at once, so the name is
     * laid out with it in this same pass, and as a style in em, so the next CSS pass keeps it.
     */
    private void setNameRatio(double ratio) {
        if (ratio == nameRatio) {
            return;
        }
        Font now = name.getFont();
        double full = now.getSize() / nameRatio;
        nameRatio = ratio;
        name.setFont(Font.font(now.getFamily(), weight(now), full * ratio));
        name.setStyle(ratio == 1 ? "" : String.format(Locale.ROOT, "-fx-font-size: %.2fem;", ratio));
    }

    private double textWidth(Font like, double size) {
        MEASURE.setFont(Font.font(like.getFamily(), weight(like), size));
        MEASURE.setText(name.getText());
        return MEASURE.getLayoutBounds().getWidth();
    }

    private static FontWeight weight(Font font) {
        return font.getStyle().toLowerCase(Locale.ROOT).contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
    }

    public String endpointId() {
        return endpointId;
    }

    /** Puts the card's centre on a canvas point. */
    public void centreOn(double x, double y) {
        relocate(x - WIDTH / 2, y - HEIGHT / 2);
    }

    public double centreX() {
        return getLayoutX() + WIDTH / 2;
    }

    public double centreY() {
        return getLayoutY() + HEIGHT / 2;
    }

    /** The card's box on the drawing, where it stands now. */
    public Box box() {
        return new Box(getLayoutX(), getLayoutY(), WIDTH, HEIGHT);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
    }

    void setDimmed(boolean dimmed) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dimmed"), dimmed);
    }
}
