package io.netpoldojo.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made the first time the pointer comes over their control. Each JavaFX tooltip is a
 * popup window with a scene of its own, built when the tooltip is made: the frame's few tooltips
 * were about a tenth of the JavaFX thread's work before the first frame, for something shown only
 * when someone rests the pointer on a button.
 */
public final class Tooltips {
    private Tooltips() {}

    /**
     * Gives {@code control} the tooltip {@code text} from the moment the pointer enters it (the
     * tooltip's own delay starts with the pointer's next move, as for one made up front). Screen
     * readers get the text at once, as the control's accessible help.
     */
    public static void onFirstHover(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }
}
