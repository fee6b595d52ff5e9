package io.netpoldojo.ui.learn;

import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * A large "← Previous / Next →" card naming the lesson it leads to. Not a Button: a button
 * sizes its graphic unwrapped, and a long lesson title must wrap inside half the column. It
 * behaves as one all the same: it takes focus, Space and Enter press it, and it reads as a
 * button to a screen reader.
 */
final class MoveCard extends VBox {
    private final Runnable action;

    MoveCard(boolean forward, String lessonTitle, Runnable action) {
        this.action = action;
        getStyleClass().addAll("lesson-move", forward ? "lesson-move-next" : "lesson-move-previous");
        setAlignment(forward ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        Label direction = new Label(forward ? "Next \u2192" : "\u2190 Previous");
        direction.getStyleClass().add("lesson-move-direction");
        Label title = new Label(lessonTitle);
        title.getStyleClass().add("lesson-move-title");
        title.setWrapText(true);
        title.setTextAlignment(forward ? TextAlignment.RIGHT : TextAlignment.LEFT);
        title.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(direction, title);
        // Both cards start from the same small width and share the row's room evenly.
        setPrefWidth(1);
        setMaxWidth(Double.MAX_VALUE);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText((forward ? "Next lesson: " : "Previous lesson: ") + lessonTitle);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                action.run();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                action.run();
                e.consume();
            }
        });
    }

    @Override
    public void executeAccessibleAction(AccessibleAction accessibleAction, Object... parameters) {
        if (accessibleAction == AccessibleAction.FIRE) {
            action.run();
        } else {
            super.executeAccessibleAction(accessibleAction, parameters);
        }
    }
}
