package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.Connection;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The same state as a truth table, one port at a time: rows are sources, columns destinations.
 * A cell shows a tick or a cross (not only a colour); clicking it selects that arrow.
 */
public final class MatrixView extends VBox {
    private final PlaygroundModel model;
    private final ChoiceBox<Port> port = new ChoiceBox<>();
    private final GridPane grid = new GridPane();

    public MatrixView(PlaygroundModel model) {
        this.model = model;
        setId("matrix");
        getStyleClass().add("matrix-view");
        port.setId("matrix-port");
        Label title = new Label("Reachability on port");
        title.getStyleClass().add("matrix-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Beside a narrow window's canvas the port goes under the title rather than push the policies out.
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(8, 6, title, port);
        header.setAlignment(Pos.CENTER_LEFT);
        grid.getStyleClass().add("matrix-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.getStyleClass().add("matrix-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        Label legend = new Label("\u2713 allowed   \u2715 denied   rows: from, columns: to");
        legend.getStyleClass().add("matrix-legend");
        legend.setWrapText(true);
        getChildren().addAll(header, scroll, legend);
        port.valueProperty().addListener((o, a, b) -> rebuild());
        model.evaluationProperty().addListener((o, a, b) -> refreshPorts());
        refreshPorts();
    }

    /** Wide enough for the header, and for the whole table when that is not wider than {@code most}. */
    public double widthFor(double most) {
        applyCss();
        layout();
        javafx.geometry.Insets in = getInsets();
        double table = grid.prefWidth(-1) + 4; // the scroll pane's border
        double header = getChildren().get(0).prefWidth(-1);
        return in.getLeft() + in.getRight() + Math.max(header, Math.min(table, most));
    }

    private void refreshPorts() {
        List<Port> ports = model.evaluation().engine().relevantPorts();
        Port current = port.getValue();
        port.getItems().setAll(ports);
        if (ports.isEmpty()) {
            port.setValue(null);
        } else {
            port.setValue(current != null && ports.contains(current) ? current
                    : model.portFilterProperty().get().single().filter(ports::contains).orElse(ports.get(0)));
        }
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        Port p = port.getValue();
        if (p == null) {
            grid.add(new Label("No ports yet: give a pod a container port."), 0, 0);
            return;
        }
        ReachabilityMatrix matrix = model.evaluation().engine().matrix(List.of(p));
        List<Endpoint> endpoints = matrix.endpoints();
        for (int i = 0; i < endpoints.size(); i++) {
            Label col = new Label(Integer.toString(i + 1));
            col.getStyleClass().add("matrix-header");
            Tooltip.install(col, new Tooltip(endpoints.get(i).id()));
            grid.add(col, i + 1, 0);
            Label row = new Label((i + 1) + "  " + endpoints.get(i).id());
            row.getStyleClass().add("matrix-row-header");
            grid.add(row, 0, i + 1);
        }
        for (int f = 0; f < endpoints.size(); f++) {
            for (int t = 0; t < endpoints.size(); t++) {
                Endpoint from = endpoints.get(f);
                Endpoint to = endpoints.get(t);
                Label cell = new Label();
                cell.getStyleClass().add("matrix-cell");
                if (!ReachabilityMatrix.isMeaningfulPair(from, to)) {
                    cell.setText("\u00b7");
                    cell.getStyleClass().add("matrix-cell-none");
                } else {
                    boolean allowed = matrix.allowed(from, to, p);
                    cell.setText(allowed ? "\u2713" : "\u2715");
                    cell.getStyleClass().add(allowed ? "matrix-cell-allowed" : "matrix-cell-denied");
                    cell.setId("cell-" + NodeIds.arrow(from.id(), to.id()));
                    cell.setOnMouseClicked(e -> select(from, to, p, allowed));
                    Tooltip.install(cell, new Tooltip(from.id() + " \u2192 " + to.id() + " on " + p + ": "
                            + (allowed ? "allowed" : "denied")));
                }
                grid.add(cell, t + 1, f + 1);
            }
        }
    }

    /**
     * Selects the arrow, explained on the table's port: the arrow itself may be about other ports
     * (each destination's own), and the cell clicked says what happens on this one.
     */
    private void select(Endpoint from, Endpoint to, Port p, boolean allowed) {
        model.selectedConnectionProperty().set(Optional.of(new Connection(from.id(), to.id(),
                allowed ? List.of(p) : List.of(), allowed ? List.of() : List.of(p))));
    }
}
