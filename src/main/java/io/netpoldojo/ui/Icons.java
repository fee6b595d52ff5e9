package io.netpoldojo.ui;

import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * Line icons drawn as SVG paths in a 24 x 24 box, so they need no icon font and follow the
 * theme's colours (the stylesheet strokes them; see {@code .dojo-icon} in dojo.css).
 */
public final class Icons {
    public static final String LEARN =
            "M12 6.5 C10 5 7 4.5 3.5 5 V18.5 C7 18 10 18.5 12 20 C14 18.5 17 18 20.5 18.5 V5 C17 4.5 14 5 12 6.5 Z M12 6.5 V20";
    public static final String PLAYGROUND =
            "M3.5 6 a2.5 2.5 0 1 0 5 0 a2.5 2.5 0 1 0 -5 0 Z M15.5 6 a2.5 2.5 0 1 0 5 0 a2.5 2.5 0 1 0 -5 0 Z"
            + " M9.5 18 a2.5 2.5 0 1 0 5 0 a2.5 2.5 0 1 0 -5 0 Z M8.5 6 H15.5 M7.2 8.2 L10.8 15.8 M16.8 8.2 L13.2 15.8";
    public static final String QUIZ =
            "M5 4 H19 A1 1 0 0 1 20 5 V19 A1 1 0 0 1 19 20 H5 A1 1 0 0 1 4 19 V5 A1 1 0 0 1 5 4 Z M8 12.5 L11 15.5 L16.5 9";
    public static final String PRESENT = "M3 4.5 H21 M4.5 4.5 V15 H19.5 V4.5 M12 15 V18.5 M8 21.5 L12 18.5 L16 21.5 M8 11.5 L11 8.5 L13 10.5 L16 7.5";
    public static final String SUN = "M8 12 a4 4 0 1 0 8 0 a4 4 0 1 0 -8 0 Z M12 2.5 V4.5 M12 19.5 V21.5 M2.5 12 H4.5 M19.5 12 H21.5"
            + " M5.3 5.3 L6.7 6.7 M17.3 17.3 L18.7 18.7 M5.3 18.7 L6.7 17.3 M17.3 6.7 L18.7 5.3";
    public static final String MOON = "M20 14.5 A8 8 0 1 1 9.5 4 A6.5 6.5 0 0 0 20 14.5 Z";
    public static final String KEYBOARD = "M3 6.5 H21 V17.5 H3 Z M6.5 10 H7.5 M10 10 H11 M13 10 H14 M16.5 10 H17.5 M7.5 14 H16.5";
    public static final String WARNING = "M12 3.5 L21.5 20 H2.5 Z M12 9.5 V14 M12 17 V17.2";
    public static final String CLOSE = "M6 6 L18 18 M18 6 L6 18";
    public static final String SHIELD = "M12 2.5 L20 5.5 V11 C20 16 16.5 19.5 12 21.5 C7.5 19.5 4 16 4 11 V5.5 Z M8.5 11.5 L11 14 L15.5 9.5";

    private Icons() {}

    /** An icon of {@code size} pixels square, styled by the {@code dojo-icon} class. */
    public static Region icon(String path, double size) {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add("dojo-icon-shape");
        shape.setScaleX(size / 24);
        shape.setScaleY(size / 24);
        StackPane box = new StackPane(shape);
        box.getStyleClass().add("dojo-icon");
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        return box;
    }
}
