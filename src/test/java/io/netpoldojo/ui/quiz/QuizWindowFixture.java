package io.netpoldojo.ui.quiz;

import io.netpoldojo.quiz.ManualClock;
import io.netpoldojo.ui.WindowFixture;

/**
 * What the Quiz's window tests start from: the app's window on the bundled content, a fresh user
 * folder (both from {@link WindowFixture}), and a clock the test moves by hand.
 */
abstract class QuizWindowFixture extends WindowFixture {
    final ManualClock clock = ManualClock.morning();
    QuizPlace place;

    /**
     * Opens the window; each test class calls it from its own {@code @Start} method, as TestFX
     * looks for that method in the test class itself and not in the classes it extends.
     */
    void openQuiz() {
        QuizWindows.open(home, clock, ctx -> {
            context = ctx;
            ctx.content().set(content);
        });
        place = (QuizPlace) context.places().find(QuizPlace.ID).orElseThrow();
    }
}
