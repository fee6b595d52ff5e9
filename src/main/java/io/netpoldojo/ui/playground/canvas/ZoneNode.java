package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Sizes;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.Rect;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** A namespace drawn as a zone: a header with its name and labels, and a resize handle. */
final class ZoneNode extends Pane {
    static final double HEADER_HEIGHT = Sizes.ZONE_HEADER;
    private final Label title = new Label();
    private final Label labels = new Label();
    final HBox header = new HBox(8, title, labels);
    final Region resizeHandle = new Region();
    private String namespace = "";
    private double labelWidth;

    ZoneNode(NamespaceZone zone) {
        getStyleClass().add("zone");
        title.getStyleClass().add("zone-title");
        labels.getStyleClass().add("zone-labels");
        header.getStyleClass().add("zone-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setCursor(Cursor.MOVE);
        header.setPrefHeight(HEADER_HEIGHT);
        resizeHandle.getStyleClass().add("zone-resize");
        resizeHandle.setPrefSize(14, 14);
        resizeHandle.setCursor(Cursor.SE_RESIZE);
        getChildren().addAll(header, resizeHandle);
        update(zone);
    }

    void update(NamespaceZone zone) {
        namespace = zone.name();
        labelWidth = AutoLayout.labelWidth(zone);
        setId(NodeIds.zone(zone.name()));
        getProperties().put("namespace", zone.name());
        title.setText(Sizes.zoneTitle(zone.name()));
        String own = zone.namespace().labels().without(Namespace.NAME_LABEL).toString();
        labels.setText(own.isEmpty() ? "" : own);
        place(zone.rect());
    }

    void place(Rect r) {
        relocate(r.x(), r.y());
        setPrefSize(r.width(), r.height());
        resize(r.width(), r.height());
        header.resizeRelocate(0, 0, r.width(), HEADER_HEIGHT);
        resizeHandle.relocate(r.width() - 16, r.height() - 16);
    }

    /** Where the zone's title and labels are now, which arrows keep clear of. */
    Box titleBox() {
        return Sizes.zoneLabelBox(new Box(getLayoutX(), getLayoutY(), getWidth(), getHeight()), labelWidth);
    }

    String namespace() {
        return namespace;
    }
}
