package io.netpoldojo.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The help overlay's card: every registered shortcut, grouped by where it works. */
final class ShortcutsCard extends VBox {
    ShortcutsCard(ShortcutRegistry shortcuts, List<Place> places) {
        setId("help-overlay");
        getStyleClass().addAll("overlay-card", "shortcuts-card");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        VBox groups = new VBox();
        groups.getStyleClass().add("shortcut-groups");
        addGroup(groups, "Everywhere", shortcuts.inScope(ShortcutRegistry.EVERYWHERE));
        for (Place place : places) {
            addGroup(groups, "In " + place.title(), shortcuts.inScope(place.id()));
        }
        ScrollPane scroller = new ScrollPane(groups);
        scroller.getStyleClass().add("overlay-scroller");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        getChildren().addAll(OverlayCards.header(Icons.KEYBOARD, "Keyboard shortcuts"), scroller, OverlayCards.closeHint());
    }

    /** One row per description: keys that do the same thing ("F1", "?") share a row. */
    private static void addGroup(VBox groups, String heading, List<Shortcut> shortcuts) {
        if (shortcuts.isEmpty()) {
            return;
        }
        Label title = new Label(heading);
        title.getStyleClass().add("shortcut-group-title");
        groups.getChildren().add(title);
        Map<String, List<Shortcut>> byDescription = new LinkedHashMap<>();
        for (Shortcut shortcut : shortcuts) {
            byDescription.computeIfAbsent(shortcut.description(), d -> new ArrayList<>()).add(shortcut);
        }
        byDescription.forEach((description, same) -> groups.getChildren().add(row(description, same)));
    }

    private static HBox row(String text, List<Shortcut> shortcuts) {
        Label description = new Label(text);
        description.getStyleClass().add("shortcut-description");
        description.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(description, gap);
        for (Shortcut shortcut : shortcuts) {
            Label keys = new Label(shortcut.keysText());
            keys.getStyleClass().add("key-cap");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(keys);
        }
        row.getStyleClass().add("shortcut-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
