package io.netpoldojo.ui;

import io.netpoldojo.userdata.WindowGeometry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window where it was last time, if that is still on a screen, and remembers where it goes. */
final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 520;
    /** How much of the window's top strip (where one grabs it) must be on a screen to trust a saved position. */
    private static final double GRAB_STRIP = 40;

    private WindowPlacement() {}

    /**
     * The bounds for a window with this saved geometry, given the screens' usable areas. A
     * window that would open off every screen (a monitor was unplugged) is centred on the
     * primary screen instead; a window larger than the screen is shrunk to fit it.
     */
    static Rectangle2D fit(Optional<WindowGeometry> saved, List<Rectangle2D> screens, Rectangle2D primary) {
        double width = Math.min(saved.map(WindowGeometry::width).orElse(DEFAULT_WIDTH), primary.getWidth());
        double height = Math.min(saved.map(WindowGeometry::height).orElse(DEFAULT_HEIGHT), primary.getHeight());
        if (saved.isPresent()) {
            WindowGeometry g = saved.get();
            Rectangle2D grab = new Rectangle2D(g.x(), g.y(), width, GRAB_STRIP);
            for (Rectangle2D screen : screens) {
                if (screen.intersects(grab) && overlap(screen, grab) >= Math.min(width, 120) * GRAB_STRIP / 2) {
                    return new Rectangle2D(g.x(), g.y(), width, height);
                }
            }
        }
        double x = primary.getMinX() + (primary.getWidth() - width) / 2;
        double y = primary.getMinY() + (primary.getHeight() - height) / 2;
        return new Rectangle2D(x, y, width, height);
    }

    /** Sizes and places the stage from the saved geometry; call before it is shown. */
    static void restore(Stage stage, Optional<WindowGeometry> saved) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).collect(Collectors.toList());
        Rectangle2D bounds = fit(saved, screens, Screen.getPrimary().getVisualBounds());
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(saved.map(WindowGeometry::maximized).orElse(false));
    }

    /**
     * Records every move, resize and maximize in the settings (which debounce the saving). While
     * maximized, the last normal bounds are kept, so un-maximizing after a restart restores them.
     */
    static void track(Stage stage, UserSettings settings) {
        AtomicReference<WindowGeometry> lastNormal = new AtomicReference<>(
                isKnown(stage) ? geometryOf(stage) : settings.get().window().orElse(null));
        InvalidationListener record = o -> {
            if (stage.isIconified() || stage.isFullScreen() || !isKnown(stage)) {
                return;
            }
            if (!stage.isMaximized()) {
                lastNormal.set(geometryOf(stage));
            }
            WindowGeometry normal = lastNormal.get();
            if (normal != null) {
                settings.update(s -> s.withWindow(normal.withMaximized(stage.isMaximized())));
            }
        };
        stage.xProperty().addListener(record);
        stage.yProperty().addListener(record);
        stage.widthProperty().addListener(record);
        stage.heightProperty().addListener(record);
        stage.maximizedProperty().addListener(record);
    }

    private static WindowGeometry geometryOf(Stage stage) {
        return new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }

    private static boolean isKnown(Stage stage) {
        return Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())
                && stage.getWidth() > 0 && stage.getHeight() > 0
                && Double.isFinite(stage.getWidth()) && Double.isFinite(stage.getHeight());
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
