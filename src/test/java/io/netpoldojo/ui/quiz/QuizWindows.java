package io.netpoldojo.ui.quiz;

import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.StandInPlace;
import io.netpoldojo.ui.MainWindow;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.stage.Stage;

/**
 * Main windows whose Quiz runs on a clock the test moves and fixed seeds, for the tests that time
 * answers or let an interview run out. The other places are the app's, in the app's order.
 */
final class QuizWindows {
    private QuizWindows() {}

    static MainWindow open(Path home, Clock clock, Consumer<AppContext> beforeWindow) {
        AppContext context = TestWindows.context(home);
        context.places().add(StandInPlace.learn());
        context.places().add(new PlaygroundPlace(context));
        context.places().add(new QuizPlace(context, clock, () -> 7));
        context.places().add(StandInPlace.present());
        beforeWindow.accept(context);
        MainWindow window = new MainWindow(context, new Stage());
        window.show();
        return window;
    }
}
