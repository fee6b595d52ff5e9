package io.netpoldojo.ui.present;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Which screen is the projector and which the laptop. With two or more, the laptop's is the
 * primary screen (where the desktop's panels are) and the projector is the largest of the others:
 * the stage goes full screen there and the presenter window opens on the laptop. With one, there
 * is no presenter window and the stage keeps its notes off unless the teacher asks for them.
 */
final class PresenterScreens {
    /** The screens the app can use: JavaFX's, or a test's. */
    interface Source {
        List<Rectangle2D> all();

        Rectangle2D primary();

        /** The screens JavaFX sees now. */
        Source SYSTEM = new Source() {
            @Override
            public List<Rectangle2D> all() {
                return Screen.getScreens().stream().map(Screen::getBounds).toList();
            }

            @Override
            public Rectangle2D primary() {
                return Screen.getPrimary().getBounds();
            }
        };
    }

    /** The stage on the projector, the presenter window on the laptop. */
    record Pair(Rectangle2D projector, Rectangle2D laptop) {}

    private PresenterScreens() {}

    static Optional<Pair> pick(Source source) {
        List<Rectangle2D> all = source.all();
        Rectangle2D primary = source.primary();
        if (all.size() < 2) {
            return Optional.empty();
        }
        return all.stream().filter(s -> !s.equals(primary))
                .max(Comparator.comparingDouble(s -> s.getWidth() * s.getHeight()))
                .map(projector -> new Pair(projector, primary));
    }
}
