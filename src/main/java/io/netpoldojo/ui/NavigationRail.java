package io.netpoldojo.ui;

import io.netpoldojo.userdata.ThemeMode;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The left side of the window: the app's name, one entry per place with its shortcut, and at
 * the bottom the theme switch and the shortcut help.
 */
final class NavigationRail extends VBox {
    static final String NAV_ID_PREFIX = "nav-";
    /** The words beside the icons, hidden when the rail is compact. */
    private final List<Node> words = new ArrayList<>();

    NavigationRail(FrameModel model, List<String> placeShortcuts) {
        getStyleClass().add("nav-rail");
        setId("nav-rail");
        VBox entries = new VBox();
        entries.getStyleClass().add("nav-entries");
        List<Place> places = model.navigation().places();
        for (int i = 0; i < places.size(); i++) {
            String hint = i < placeShortcuts.size() ? placeShortcuts.get(i) : "";
            entries.getChildren().add(placeButton(model.navigation(), places.get(i), hint));
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(brand(), entries, spacer, themeButton(model), helpButton(model));
    }

    /**
     * Icons only, in a narrow rail (a small window: the places need the width); each keeps its
     * tooltip and its accessible name.
     */
    void setCompact(boolean compact) {
        this.compact = compact;
        pseudoClassStateChanged(COMPACT, compact);
        words.forEach(this::showWord);
    }

    private boolean compact;

    private void showWord(Node n) {
        n.setVisible(!compact);
        n.setManaged(!compact);
    }

    private void addWord(Node n) {
        // The theme button makes its words again on each switch: the old ones are let go.
        words.removeIf(w -> w.getScene() == null && w.getParent() == null);
        words.add(n);
        showWord(n);
    }

    private static final javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");

    private HBox brand() {
        Label name = new Label("NetPol Dojo");
        addWord(name);
        name.getStyleClass().add("brand-name");
        HBox brand = new HBox(Icons.icon(Icons.SHIELD, 26), name);
        brand.getStyleClass().add("brand");
        brand.setAlignment(Pos.CENTER_LEFT);
        return brand;
    }

    private ToggleButton placeButton(NavigationModel navigation, Place place, String shortcutText) {
        NavButton button = new NavButton();
        button.setId(NAV_ID_PREFIX + place.id());
        button.getStyleClass().add("nav-item");
        button.setGraphic(row(place.iconPath(), place.title(), shortcutText));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText(place.title());
        button.setMaxWidth(Double.MAX_VALUE);
        if (!shortcutText.isEmpty()) {
            Tooltips.onFirstHover(button, place.title() + "  (" + shortcutText + ")");
        }
        button.selectedProperty().bind(navigation.currentProperty().isEqualTo(place));
        button.setOnAction(e -> navigation.show(place));
        return button;
    }

    private Button themeButton(FrameModel model) {
        Button button = footerButton("theme-toggle");
        Runnable refresh = () -> {
            boolean dark = model.themeProperty().get() == ThemeMode.DARK;
            button.setGraphic(row(dark ? Icons.SUN : Icons.MOON, dark ? "Light theme" : "Dark theme", ""));
            button.setAccessibleText(dark ? "Switch to the light theme" : "Switch to the dark theme");
        };
        refresh.run();
        model.themeProperty().addListener((o, old, now) -> refresh.run());
        Tooltips.onFirstHover(button, "Switch the theme (Ctrl+Shift+L)");
        button.setOnAction(e -> model.toggleTheme());
        return button;
    }

    private Button helpButton(FrameModel model) {
        Button button = footerButton("help-button");
        button.setGraphic(row(Icons.KEYBOARD, "Shortcuts", "F1"));
        button.setAccessibleText("Keyboard shortcuts");
        button.setOnAction(e -> model.showShortcuts());
        Tooltips.onFirstHover(button, "Keyboard shortcuts (F1)");
        return button;
    }

    private static Button footerButton(String id) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().addAll("nav-item", "nav-footer-item");
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setFocusTraversable(true);
        return button;
    }

    private HBox row(String iconPath, String title, String hint) {
        Label text = new Label(title);
        text.getStyleClass().add("nav-title");
        addWord(text);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(Icons.icon(iconPath, 20), text, gap);
        if (!hint.isEmpty()) {
            Label key = new Label(hint);
            key.getStyleClass().add("nav-hint");
            addWord(key);
            row.getChildren().add(key);
        }
        row.getStyleClass().add("nav-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A toggle that never toggles itself: its selected state follows the navigation model. */
    private static final class NavButton extends ToggleButton {
        NavButton() {
            setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        }

        @Override
        public void fire() {
            if (!isDisabled()) {
                fireEvent(new ActionEvent());
            }
        }
    }
}
