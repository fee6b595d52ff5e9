package io.netpoldojo.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shows the current place: its toolbar (only when it has one) above its view. Each view is
 * built the first time its place is shown and kept, so a place keeps its state while hidden.
 * A place is shown only while its window is: closing the window hides the current place, so its
 * clocks and animations stop (a running animation is held by JavaFX's pulse timer, and with it
 * everything its handlers reach: the place, the context and the closed window).
 */
final class PlaceHost extends VBox {
    static final String PLACE_ID_PREFIX = "place-";

    private final Map<Place, Node> views = new HashMap<>();
    private final Map<Place, List<Node>> toolbars = new HashMap<>();
    private final HBox toolbar = new HBox();
    private final Label toolbarTitle = new Label();
    private final StackPane content = new StackPane();
    private final NavigationModel navigation;
    /** Whether the window has closed since the current place was shown. */
    private boolean windowClosed;

    PlaceHost(NavigationModel navigation) {
        this.navigation = navigation;
        getStyleClass().add("place-host");
        toolbar.setId("place-toolbar");
        toolbar.getStyleClass().add("place-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.managedProperty().bind(toolbar.visibleProperty());
        toolbarTitle.getStyleClass().add("place-toolbar-title");
        toolbarTitle.setMinWidth(Region.USE_PREF_SIZE);
        content.setId("place-content");
        content.getStyleClass().add("place-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(toolbar, content);

        show(navigation.current());
        navigation.currentProperty().addListener((o, old, now) -> {
            if (!windowClosed) {
                old.onHidden();
            }
            show(now);
        });
    }

    /** The window has closed: the current place is hidden until the window shows again. */
    void windowClosed() {
        if (!windowClosed) {
            windowClosed = true;
            navigation.current().onHidden();
        }
    }

    /** The window shows (again): a place hidden by its closing is shown again. */
    void windowShown() {
        if (windowClosed) {
            windowClosed = false;
            navigation.current().onShown();
        }
    }

    private void show(Place place) {
        Node view = views.computeIfAbsent(place, PlaceHost::wrap);
        List<Node> items = toolbars.computeIfAbsent(place, Place::toolbarItems);
        toolbarTitle.setText(place.title());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        toolbar.getChildren().setAll(toolbarTitle, gap);
        toolbar.getChildren().addAll(items);
        for (Node item : items) {
            if (item instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        toolbar.setVisible(!items.isEmpty());
        content.getChildren().setAll(view);
        if (!windowClosed) {
            place.onShown();
        }
    }

    /** The holder carries the id tests and stylesheets find the place by, whatever the place's own view is. */
    private static Node wrap(Place place) {
        StackPane holder = new StackPane(place.view());
        holder.setId(PLACE_ID_PREFIX + place.id());
        holder.getStyleClass().add("place");
        return holder;
    }
}
