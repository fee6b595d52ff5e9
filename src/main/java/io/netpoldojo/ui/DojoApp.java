package io.netpoldojo.ui;

import io.netpoldojo.ui.learn.LearnPlace;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.present.PlaygroundRecording;
import io.netpoldojo.ui.present.PresentPlace;
import io.netpoldojo.ui.quiz.QuizPlace;
import io.netpoldojo.userdata.UserDataDir;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The desktop app: builds the {@link AppContext}, registers the places, opens the main window. */
public final class DojoApp extends Application {
    /** Long enough that dragging the window makes one save, short enough that a crash loses little. */
    private static final Duration SETTINGS_SAVE_DELAY = Duration.millis(600);

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = AppContext.create(UserDataDir.fromSystem(), new BackgroundTaskRunner(2), SETTINGS_SAVE_DELAY);
        // The theme before the first control exists: the first control otherwise makes JavaFX load its
        // own Modena theme, only for the window to replace it.
        Application.setUserAgentStylesheet(Themes.userAgentStylesheet(context.settings().get().theme()));
        registerPlaces(context);
        MainWindow window = new MainWindow(context, stage);
        StartupProbe.watch(stage.getScene(), new PlaceTour(stage.getScene(), window.model().navigation(), context.content()));
        // The first frame shows no lesson or quiz card, and on a small machine loading them would
        // compete with it for the processor: they load once the frame is on screen.
        FirstFrame.whenDrawn(stage.getScene(), () -> context.content().loadBundled(context.tasks()));
        window.show();
    }

    /**
     * The places, in navigation order (Ctrl+1 is the first). Add a new place
     * here; give it what it needs from the context. Each is built when first shown or looked up:
     * the first frame builds only the place it shows (issue 24). The title and icon must be the
     * place's own ({@code PlacesTest} builds them all and compares).
     */
    static void registerPlaces(AppContext context) {
        Places places = context.places();
        places.addOnFirstUse(LearnPlace.ID, "Learn", Icons.LEARN, () -> new LearnPlace(context));
        // Present's "Record as demo" goes into the Playground as it is built, without building Present.
        places.addOnFirstUse(PlaygroundPlace.ID, "Playground", PlaygroundPlace.ICON,
                () -> PlaygroundRecording.install(context, new PlaygroundPlace(context)));
        places.addOnFirstUse(QuizPlace.ID, "Quiz", Icons.QUIZ, () -> new QuizPlace(context));
        places.addOnFirstUse(PresentPlace.ID, "Present", Icons.PRESENT, () -> new PresentPlace(context));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.places().all().forEach(Place::onAppStop);
            context.settings().flush();
            context.tasks().shutdown();
        }
    }
}
