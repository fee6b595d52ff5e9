package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.quiz.ManualClock;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.TestWindows;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the Quiz's window tests start from: the app's window on the bundled content, a fresh user
 * folder, and a clock the test moves by hand.
 */
@ExtendWith(ApplicationExtension.class)
abstract class QuizWindowFixture {
    static Content content;
    final ManualClock clock = ManualClock.morning();
    Path home;
    AppContext context;
    QuizPlace place;

    @BeforeAll
    static void loadContent() {
        content = new ContentLoader().load(Path.of("content"));
    }

    /**
     * Opens the window; each test class calls it from its own {@code @Start} method, as TestFX
     * looks for that method in the test class itself and not in the classes it extends.
     */
    void openQuiz() {
        TestWindows.resetUserAgentStylesheet();
        home = TestWindows.newHome();
        QuizWindows.open(home, clock, ctx -> {
            context = ctx;
            ctx.content().set(content);
        });
        place = (QuizPlace) context.places().find(QuizPlace.ID).orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        TestWindows.resetUserAgentStylesheet();
        TestWindows.delete(home);
    }
}
