package io.netpoldojo.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A light place for frame tests that do not need a real Learn, Playground, Quiz or Present:
 * it has the real one's id, title and icon and shows only its title.
 */
public final class StandInPlace implements Place {
    private final String id;
    private final String title;
    private final String iconPath;
    private Node view;

    public StandInPlace(String id, String title, String iconPath) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.iconPath = Objects.requireNonNull(iconPath);
    }

    public static StandInPlace learn() {
        return new StandInPlace("learn", "Learn", Icons.LEARN);
    }

    public static StandInPlace playground() {
        return new StandInPlace("playground", "Playground", Icons.PLAYGROUND);
    }

    public static StandInPlace quiz() {
        return new StandInPlace("quiz", "Quiz", Icons.QUIZ);
    }

    public static StandInPlace present() {
        return new StandInPlace("present", "Present", Icons.PRESENT);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String iconPath() {
        return iconPath;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new StackPane(new Label(title));
        }
        return view;
    }
}
