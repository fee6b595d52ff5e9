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

/**
 * A pod (or workload) card, or an outside endpoint, drawn centred on its canvas position. It only
 * shows its endpoint; dragging and menus are wired by {@link CanvasView}.
 */
public final class EndpointNode extends StackPane {
    public static final double WIDTH = Sizes.CARD_WIDTH;
    public static final double HEIGHT = Sizes.CARD_HEIGHT;

    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label ports = new Label();
    private final SVGPath icon = new SVGPath();
    private String endpointId = "";
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
