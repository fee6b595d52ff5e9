package io.netpoldojo.ui.quiz;

import io.netpoldojo.quiz.ProgressStore;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.Icons;
import io.netpoldojo.ui.Place;
import io.netpoldojo.ui.drill.DraftStore;
import io.netpoldojo.ui.drill.DrillDrafts;
import io.netpoldojo.ui.drill.DrillModel;
import io.netpoldojo.ui.drill.Microphone;
import io.netpoldojo.ui.drill.mock.MockModel;
import io.netpoldojo.ui.drill.mock.MockStore;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.workspace.Workspace;
import java.time.Clock;
import java.util.Random;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * The Quiz place: practice, review and interview sessions over the content's cards and generated
 * scenarios, with the learner's progress kept in {@code quiz-progress.yaml}.
 */
public final class QuizPlace implements Place {
    public static final String ID = "quiz";
    static final String LEARN_ID = "learn";

    private final AppContext context;
    private final Clock clock;
    private final QuizModel model;
    private final DrillModel drill;
    private final DrillDrafts drafts;
    private final MockModel mock;
    private final Timeline ticker;
    private QuizView view;
    /** Lays out the cards' diagrams: ahead, in the background, and as each card opens. */
    private final ScenarioDiagrams diagrams = new ScenarioDiagrams();

    public QuizPlace(AppContext context) {
        this(context, Clock.systemDefaultZone(), new Random()::nextLong);
    }

    /**
     * @param clock time for the schedule, answer times and the interview countdown
     * @param seeds seeds for practice order and generated questions
     */
    public QuizPlace(AppContext context, Clock clock, LongSupplier seeds) {
        this.context = context;
        this.clock = clock;
        this.model = new QuizModel(clock, context.tasks(), ProgressStore.in(context.dataDir(), clock), seeds);
        model.setPreparation(diagrams::prepare);
        this.drill = new DrillModel(clock, () -> model.progressProperty().get(), model::recordOutsideSession);
        context.content().whenLoaded(model::setContent);
        context.content().whenLoaded(drill::setContent);
        // The drill's answer in progress survives a crash: saved as it is typed, offered back on start.
        this.drafts = new DrillDrafts(drill, DraftStore.in(context.dataDir(), clock), context.tasks(), model::showNotice);
        drafts.load();
        // Whether there is a microphone to record aloud from: asked off the FX thread, once, and only
        // when the learner first chooses to say an answer aloud (not at every start: issue 24).
        drill.askMicrophoneWith(() -> context.tasks().submit(Microphone::present, drill::setMicrophone,
                e -> drill.setMicrophone(false)));
        this.mock = new MockModel(clock, seeds, context.tasks(), MockStore.in(context.dataDir(), clock), model::showNotice);
        context.content().whenLoaded(mock::setContent);
        mock.load();
        context.content().problemProperty().addListener((o, a, problem) -> problem.ifPresent(model::contentFailed));
        context.content().problemProperty().get().ifPresent(model::contentFailed);
        // The countdown reads the clock; this only makes it look again every half second.
        ticker = new Timeline(new KeyFrame(Duration.millis(500), e -> {
            model.tick();
            drill.tick();
            mock.tick();
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        QuizKeys.register(context.shortcuts(), ID, model, this::scene);
    }

    private Scene scene() {
        return view == null ? null : view.getScene();
    }

    /** The explain drill shown from the Quiz home. */
    public DrillModel drill() {
        return drill;
    }

    /** The mock interview shown from the drill's card. */
    public MockModel mock() {
        return mock;
    }

    public QuizModel model() {
        return model;
    }

    /** How the cards' diagrams are laid out; a test replaces the layout with one that fails. */
    ScenarioDiagrams diagrams() {
        return diagrams;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Quiz";
    }

    @Override
    public String iconPath() {
        return Icons.QUIZ;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new QuizView(model, new Actions(), clock.getZone(), drill, mock, diagrams);
        }
        return view;
    }

    @Override
    public void onShown() {
        model.refreshHome();
        model.tick();
        ticker.play();
    }

    @Override
    public void onHidden() {
        ticker.stop();
    }

    @Override
    public void onAppStop() {
        ticker.stop();
        model.flush();
        drafts.flush();
    }

    private final class Actions implements QuizActions {
        @Override
        public void openLesson(String lessonId) {
            // Learn offers no way yet to open one lesson; showing Learn is the honest part we can do.
            context.showPlace(LEARN_ID);
        }

        @Override
        public void openInPlayground(String title, Workspace workspace) {
            context.places().find(PlaygroundPlace.ID).filter(p -> p instanceof PlaygroundPlace)
                    .map(p -> (PlaygroundPlace) p)
                    .ifPresent(p -> p.openScenario(title, workspace));
        }
    }
}
