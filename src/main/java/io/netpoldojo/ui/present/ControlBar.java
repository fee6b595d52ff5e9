package io.netpoldojo.ui.present;

import io.netpoldojo.userdata.ThemeMode;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
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
        ToggleButton live = toggle("Edit live (" + PresentKeys.text(PresentKeys.LIVE) + ")", "present-toggle-live",
                p::toggleLive);
        p.liveProperty().addListener((o, a, on) -> live.setSelected(on));
        Button blank = button("Blank (" + PresentKeys.text(PresentKeys.BLANK) + ")", "present-blank-button",
                "Black out the screen; the same key brings it back", p::toggleBlank);
        Button fullScreen = button("Full screen (" + PresentKeys.text(PresentKeys.FULL_SCREEN) + ")",
                "present-full-screen", "Full screen on or off", actions::toggleFullScreen);
        Button colours = button("", "present-theme", "Light or dark stage, to suit the room", actions::toggleTheme);
        colours.textProperty().bind(Bindings.createStringBinding(
                () -> theme.getValue() == ThemeMode.DARK ? "Light stage" : "Dark stage", theme));

        Button smaller = button("A\u2212", "present-smaller", "Smaller (" + PresentKeys.text(PresentKeys.SMALLER) + ")",
                p::smaller);
        Slider size = new Slider(Presentation.MIN_SCALE, Presentation.MAX_SCALE, p.scaleProperty().get());
        size.setId("present-scale");
        size.setFocusTraversable(false);
        size.setTooltip(new Tooltip("Type and canvas size"));
        size.valueProperty().bindBidirectional(p.scaleProperty());
        Button larger = button("A+", "present-larger", "Larger (" + PresentKeys.text(PresentKeys.LARGER) + ")",
                p::larger);
        Button leave = button("Leave (" + PresentKeys.text(PresentKeys.LEAVE) + ")", "present-leave",
                "Back to the list of demos", actions::leave);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        position.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(back, next, position, gap, notes, live, blank, fullScreen, colours, smaller, size, larger,
                leave);
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
