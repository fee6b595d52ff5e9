package io.netpoldojo.ui.present;

import io.netpoldojo.userdata.ThemeMode;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The stage's controls for a teacher with a mouse, small and quiet at the bottom; each names its
 * key. None takes the keyboard focus, so a clicker's keys always reach the presentation.
 */
final class ControlBar extends HBox {
    /** What the bar asks of the place that shows the stage. */
    interface Actions {
        void leave();

        void toggleFullScreen();

        void toggleTheme();
    }

    ControlBar(Presentation p, Actions actions, ObservableValue<ThemeMode> theme) {
        setId("present-controls");
        getStyleClass().add("present-controls");
        setAlignment(Pos.CENTER_LEFT);

        Button back = button("\u25c0", "present-back", "Back (" + PresentKeys.text(PresentKeys.BACK) + ")", p::back);
        back.disableProperty().bind(p.canGoBackProperty().not());
        Button next = button("\u25b6", "present-next", "Next, or reveal the answer ("
                + PresentKeys.text(PresentKeys.NEXT) + ")", p::forward);
        next.disableProperty().bind(p.canGoForwardProperty().not());
        Label position = new Label();
        position.setId("present-position");
        position.getStyleClass().add("present-muted");
        position.textProperty().bind(Bindings.createStringBinding(() -> "Step " + (p.stepProperty().get() + 1) + " of "
                + p.script().steps().size() + (p.canGoForwardProperty().get() ? "" : " \u00b7 the end"),
                p.stepProperty(), p.canGoForwardProperty()));

        ToggleButton notes = toggle("Notes (" + PresentKeys.text(PresentKeys.NOTES) + ")", "present-toggle-notes",
                p::toggleNarration);
        notes.setSelected(p.narrationShownProperty().get());
        p.narrationShownProperty().addListener((o, a, on) -> notes.setSelected(on));
        MenuItem blank = new MenuItem("Blank the screen (" + PresentKeys.text(PresentKeys.BLANK) + ")");
        blank.setId("present-blank-button");
        blank.setOnAction(e -> p.toggleBlank());
        // What a teacher needs now and then, in a menu, so the bar fits a 1024-pixel projector at 16 px.
        CheckMenuItem live = new CheckMenuItem("Edit live (" + PresentKeys.text(PresentKeys.LIVE) + ")");
        live.setId("present-toggle-live");
        live.setOnAction(e -> p.toggleLive());
        p.liveProperty().addListener((o, a, on) -> live.setSelected(on));
        MenuItem fullScreen = new MenuItem("Full screen on or off (" + PresentKeys.text(PresentKeys.FULL_SCREEN) + ")");
        fullScreen.setId("present-full-screen");
        fullScreen.setOnAction(e -> actions.toggleFullScreen());
        MenuItem colours = new MenuItem();
        colours.setId("present-theme");
        colours.textProperty().bind(Bindings.createStringBinding(
                () -> theme.getValue() == ThemeMode.DARK ? "Light stage, for a bright room" : "Dark stage, for a dim room",
                theme));
        colours.setOnAction(e -> actions.toggleTheme());
        MenuButton more = new MenuButton("More", null, blank, live, fullScreen, colours);
        more.setId("present-more");
        more.setFocusTraversable(false);
        more.setMinWidth(Region.USE_PREF_SIZE);

        Button smaller = button("A\u2212", "present-smaller", "Smaller stage (" + PresentKeys.text(PresentKeys.SMALLER)
                + ")", p::smaller);
        Button larger = button("A+", "present-larger", "Larger stage (" + PresentKeys.text(PresentKeys.LARGER) + ")",
                p::larger);
        Button codeSmaller = button("Code \u2212", "present-code-smaller", "Smaller code ("
                + PresentKeys.text(PresentKeys.CODE_SMALLER) + ")", p::codeSmaller);
        Button codeLarger = button("Code +", "present-code-larger", "Larger code ("
                + PresentKeys.text(PresentKeys.CODE_LARGER) + ")", p::codeLarger);
        // "Esc": the key's short name, so the bar fits a 1024-pixel projector.
        Button leave = button("Leave (Esc)", "present-leave",
                "Back to the list of demos", actions::leave);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        position.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(back, next, position, gap, notes, smaller, larger, codeSmaller, codeLarger, more, leave);
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        setUp(b, id, tip, action);
        return b;
    }

    private static ToggleButton toggle(String text, String id, Runnable action) {
        ToggleButton t = new ToggleButton(text);
        setUp(t, id, text, action);
        return t;
    }

    private static void setUp(ButtonBase b, String id, String tip, Runnable action) {
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
    }
}
