package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.CardText;
import io.netpoldojo.diagram.Sizes;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.workspace.Drawings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

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
    private String endpointId = "";
    /** The name's type size as the stylesheet sets it, before any shrinking (see layoutChildren). */
    private double stylesheetSize = 1;
    /** What the card shows now; an edit elsewhere (a policy switched) passes the same endpoint again. */
    private Endpoint shown;

    EndpointNode(Endpoint endpoint) {
        getStyleClass().add("endpoint-node");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        name.getStyleClass().add("endpoint-name");
        detail.getStyleClass().add("endpoint-detail");
        ports.getStyleClass().add("endpoint-ports");
        icon.getStyleClass().add("endpoint-icon");
        StackPane iconBox = new StackPane(icon);
        iconBox.getStyleClass().add("endpoint-icon-box");
        VBox text = new VBox(1, name, detail, ports);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(8, iconBox, text);
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
        name.setStyle(""); // back to the stylesheet's size; layoutChildren shrinks it again if it must
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
     * and the teacher refer to the card. The font is set at once, so the name is laid out with it
     * in this same pass, and as a style, so the next CSS pass keeps it.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The room the card's text column gives (a label is never wider than its own text).
        double room = name.getParent() instanceof VBox column ? column.getWidth() : name.getWidth();
        if (room < MIN_NAME_ROOM) {
            return; // not laid out at its real size yet
        }
        if (name.getStyle().isEmpty()) {
            stylesheetSize = name.getFont().getSize();
        }
        double wanted = name.prefWidth(-1);
        if (wanted > name.getWidth() + 0.5) {
            Font now = name.getFont();
            // A little under the ratio: text does not scale exactly with its size, and one pass must do.
            double size = Math.floor(now.getSize() * name.getWidth() / wanted * 0.97 * 10) / 10;
            name.setFont(Font.font(now.getFamily(), now.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")
                    ? FontWeight.BOLD : FontWeight.NORMAL, size));
            name.setStyle("-fx-font-size: " + size + "px;");
        } else if (!name.getStyle().isEmpty() && wanted * stylesheetSize / name.getFont().getSize() < room * 0.95) {
            // The name would fit at the stylesheet's size after all (it was shrunk for a first,
            // narrow layout): back to that size. Judged at that size, so the two never alternate.
            name.setStyle("");
        }
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
