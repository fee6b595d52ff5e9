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
 * Main windows whose Quiz runs on a clock the test moves and seeds fixed per run, for the tests that time
 * answers or let an interview run out. The other places are the app's, in the app's order.
 */
final class QuizWindows {
    private QuizWindows() {}

    static MainWindow open(Path home, Clock clock, Consumer<AppContext> beforeWindow) {
        AppContext context = TestWindows.context(home);
        context.places().add(StandInPlace.learn());
        context.places().add(new PlaygroundPlace(context));
        // Seeds count up from 7: every session gets its own, as in the app, and every run the same ones.
        java.util.concurrent.atomic.AtomicLong seeds = new java.util.concurrent.atomic.AtomicLong(7);
        context.places().add(new QuizPlace(context, clock, seeds::getAndIncrement));
        context.places().add(StandInPlace.present());
        beforeWindow.accept(context);
        MainWindow window = new MainWindow(context, new Stage());
        window.show();
        return window;
    }
}
