package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.Icons;
import io.netpoldojo.ui.Place;
import io.netpoldojo.ui.ShortcutRegistry;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.userdata.AtomicFiles;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Present mode: the list of demos, and the stage a started one plays on, full screen. With a
 * second screen the stage goes full screen on the projector and the presenter window opens on the
 * laptop ({@link PresenterScreens}). The stage's keys are registered here, scoped to this place,
 * and act on the running presentation from the stage and from the presenter window.
 */
public final class PresentPlace implements Place {
    public static final String ID = "present";

    private final AppContext context;
    private final PolicyDrafts drafts = new PolicyDrafts();
    private final StackPane root = new StackPane();
    private final StageChoicesStore store;
    private final ClassVoteHook classVote;
    private final OwnDemos own;
    /** The sizes and notes the teacher chose, kept for the next presentation and the next run. */
    private StageChoices choices;
    private Optional<String> choicesNotice;
    private PresenterScreens.Source screens = PresenterScreens.Source.SYSTEM;
    /** Where to save a handout, given a file name to suggest; a file chooser, or a fixed file in tests. */
    private Function<String, Optional<Path>> handoutFile = this::chooseHandoutFile;
    private CatalogView catalog;
    private Optional<Running> running = Optional.empty();

    /**
     * A presentation on its stage, the presenter window if one is open, and where the app's window
     * was before it moved to the projector.
     */
    private record Running(Presentation presentation, StageView stage, Optional<PresenterWindow> presenter,
                           Optional<Rectangle2D> windowBefore) {
        Running withPresenter(Optional<PresenterWindow> p) {
            return new Running(presentation, stage, p, windowBefore);
        }
    }

    public PresentPlace(AppContext context) {
        this.context = context;
        root.setId("present-root");
        root.getStylesheets().add(PresentPlace.class.getResource("present.css").toExternalForm());
        store = StageChoicesStore.in(context.dataDir());
        StageChoicesStore.Loaded loaded = store.load();
        choices = loaded.choices();
        choicesNotice = loaded.notice();
        registerShortcuts();
        classVote = new ClassVoteHook(context, ID);
        own = new OwnDemos(context);
    }

    /** Reads the teacher's own demos again, then plays the one with this id (a demo just recorded). */
    public void presentOwn(String demoId) {
        own.reload(() -> own.demosProperty().get().demos().stream().filter(d -> d.id().equals(demoId)).findFirst()
                .ifPresent(this::present));
    }


    /** Which screens there are; tests pass a made-up pair, since a headless toolkit has one. */
    void useScreens(PresenterScreens.Source source) {
        this.screens = source;
    }

    /** Where handouts go; tests pass a fixed file, since a headless toolkit has no file chooser. */
    void useHandoutFile(Function<String, Optional<Path>> choose) {
        this.handoutFile = choose;
    }

    // ---- handouts -------------------------------------------------------------------------------

    /** Asks where, then saves the demo's handout there. */
    public void handout(Demo demo) {
        scenarioOf(demo).ifPresent(scenario -> {
            try {
                handout(Script.ofDemo(demo, scenario, drafts));
            } catch (IllegalArgumentException e) {
                catalog().showProblem("The handout of \"" + demo.title() + "\" could not be made: " + e.getMessage());
            }
        });
    }

    private void handout(Script script) {
        handoutFile.apply(script.id() + "-handout.html").ifPresent(path -> {
            catalog().showNote("Drawing the handout of \"" + script.title() + "\"\u2026");
            // Pictures and page are made off the FX thread (the diagram export needs no window), with
            // drafts of their own: the place's cache is the FX thread's.
            context.tasks().submit(() -> {
                AtomicFiles.write(path, Handout.html(script, new PolicyDrafts()));
                return path;
            }, p -> catalog().showNote("Saved the handout of \"" + script.title() + "\" to " + p
                    + ". Open it in a browser to read or print it."),
                    e -> catalog().showProblem("The handout could not be saved to " + path + ": " + e.getMessage()));
        });
    }

    private Optional<Path> chooseHandoutFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the handout");
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Web page", "*.html"));
        return Optional.ofNullable(chooser.showSaveDialog(window().orElse(null))).map(java.io.File::toPath);
    }

    // ---- starting and leaving -------------------------------------------------------------------

    /** Starts a demo on the stage, full screen. */
    public void present(Demo demo) {
        scenarioOf(demo).ifPresentOrElse(scenario -> {
            try {
                present(Script.ofDemo(demo, scenario, drafts));
            } catch (IllegalArgumentException e) {
                catalog().showProblem("\"" + demo.title() + "\" could not be opened: " + e.getMessage());
            }
        }, () -> catalog().showProblem("\"" + demo.title() + "\" could not be opened: its scenario "
                + demo.scenario() + " is not loaded."));
    }

    /** The demo's scenario: one of the app's, or of the teacher's folder for a demo of their own. */
    private Optional<io.netpoldojo.content.Scenario> scenarioOf(Demo demo) {
        return context.content().contentProperty().get().flatMap(c -> c.scenario(demo.scenario()))
                .or(() -> own.scenario(demo.scenario()));
    }

    /** Starts the Playground's current canvas on the stage, full screen. */
    public void presentPlayground() {
        playground().ifPresent(m -> present(Script.ofCanvas("My Playground", m.workspace(), drafts)));
    }

    /** Starts a script on the stage, full screen; on the projector, with the presenter window on the laptop, if there are two screens. */
    public void present(Script script) {
        leaveQuietly();
        DiagramView diagram = new DiagramView(script.workspaceAt(0));
        Presentation presentation = new Presentation(script, diagram.model());
        presentation.scaleProperty().set(choices.scale());
        presentation.codeScaleProperty().set(choices.codeScale());
        presentation.narrationShownProperty().set(choices.notesShown(script.id()));
        presentation.scaleProperty().addListener((o, a, now) -> choose(choices.withScale(now.doubleValue())));
        presentation.codeScaleProperty().addListener((o, a, now) -> choose(choices.withCodeScale(now.doubleValue())));
        presentation.narrationShownProperty().addListener((o, a, now) -> choose(choices.withNotes(script.id(), now)));
        StageView stage = new StageView(presentation, diagram, context.shortcuts(), ID, new ControlBar.Actions() {
            @Override
            public void leave() {
                PresentPlace.this.leave();
            }

            @Override
            public void toggleFullScreen() {
                PresentPlace.this.toggleFullScreen();
            }

            @Override
            public void toggleTheme() {
                context.settings().toggleTheme();
            }
        }, context.settings().themeProperty());
        root.getChildren().setAll(stage);
        classVote.attach(presentation, stage);
        Optional<PresenterScreens.Pair> pair = PresenterScreens.pick(screens);
        Optional<Window> window = window();
        Optional<Rectangle2D> before = window.filter(w -> pair.isPresent())
                .map(w -> new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()));
        running = Optional.of(new Running(presentation, stage, Optional.empty(), before));
        // Full screen goes to the screen the window is on: move it to the projector first.
        pair.ifPresent(p -> window.ifPresent(w -> {
            w.setX(p.projector().getMinX() + 40);
            w.setY(p.projector().getMinY() + 40);
        }));
        context.fullScreenProperty().set(true);
        pair.ifPresent(p -> openPresenter(p.laptop()));
        stage.requestFocus();
    }

    /** Back to the list, out of full screen; the app's window returns to where it was before the projector. */
    public void leave() {
        Optional<Rectangle2D> before = running.flatMap(Running::windowBefore);
        leaveQuietly();
        root.getChildren().setAll(catalog());
        context.fullScreenProperty().set(false);
        before.ifPresent(b -> window().ifPresent(w -> {
            w.setX(b.getMinX());
            w.setY(b.getMinY());
        }));
    }

    private void leaveQuietly() {
        classVote.detach();
        running.ifPresent(r -> {
            r.stage().diagram().setAnimating(false);
            r.presenter().ifPresent(PresenterWindow::close);
        });
        running = Optional.empty();
    }

    /** Opens the presenter window, or closes it: it opens by itself when there is a second screen. */
    private void togglePresenter() {
        running.ifPresent(r -> {
            if (r.presenter().filter(PresenterWindow::isShowing).isPresent()) {
                r.presenter().get().close();
                running = Optional.of(r.withPresenter(Optional.empty()));
            } else {
                Rectangle2D laptop = PresenterScreens.pick(screens).map(PresenterScreens.Pair::laptop)
                        .orElse(screens.primary());
                openPresenter(laptop);
            }
        });
    }

    private void openPresenter(Rectangle2D screen) {
        running.ifPresent(r -> window().ifPresent(owner -> {
            PresenterWindow presenter = new PresenterWindow(new PresenterModel(r.presentation(), System::nanoTime),
                    keysSummary(), context.shortcuts(), ID, context.settings().themeProperty(), owner, screen);
            running = Optional.of(r.withPresenter(Optional.of(presenter)));
            presenter.show();
        }));
    }

    /** The open presenter window, if any (tests drive it). */
    Optional<PresenterWindow> presenterWindow() {
        return running.flatMap(Running::presenter).filter(PresenterWindow::isShowing);
    }

    private Optional<Window> window() {
        return Optional.ofNullable(root.getScene()).map(javafx.scene.Scene::getWindow);
    }

    private void choose(StageChoices next) {
        if (next.equals(choices)) {
            return;
        }
        choices = next;
        context.tasks().submit(() -> {
            store.save(next);
            return Boolean.TRUE;
        }, ok -> { }, e -> catalog().showProblem("Your Present settings could not be saved to " + store.file()
                + ": " + e.getMessage()));
    }

    private void toggleFullScreen() {
        context.fullScreenProperty().set(!context.fullScreenProperty().get());
    }

    /** The running presentation, if one is on the stage. */
    public Optional<Presentation> presentation() {
        return running.map(Running::presentation);
    }

    // ---- the place ------------------------------------------------------------------------------

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Present";
    }

    @Override
    public String iconPath() {
        return Icons.PRESENT;
    }

    @Override
    public Node view() {
        if (root.getChildren().isEmpty()) {
            root.getChildren().setAll(catalog());
        }
        return root;
    }

    @Override
    public void onShown() {
        if (running.isEmpty()) {
            own.reload(() -> { });
        }
        running.ifPresent(r -> {
            r.stage().diagram().setAnimating(true);
            r.stage().requestFocus();
        });
    }

    @Override
    public void onHidden() {
        running.ifPresent(r -> r.stage().diagram().setAnimating(false));
    }

    private CatalogView catalog() {
        if (catalog == null) {
            catalog = new CatalogView(playgroundSummary(), this::presentPlayground,
                    () -> playground().ifPresent(m -> handout(Script.ofCanvas("My Playground", m.workspace(), drafts))),
                    keysSummary());
            Runnable list = () -> context.content().whenLoaded(c -> catalog.setDemos(c.demos(),
                    own.demosProperty().get().demos(), this::present, this::handout));
            list.run();
            own.demosProperty().addListener((o, a, now) -> {
                list.run();
                showProblems();
            });
            context.content().problemProperty().addListener((o, a, p) -> showProblems());
            showProblems();
        }
        return catalog;
    }

    /** The content's problem, else one with the teacher's own demos, else the stage choices' notice. */
    private void showProblems() {
        catalog.showProblem(context.content().problemProperty().get()
                .or(() -> Optional.of(own.problems()).filter(p -> !p.isEmpty())).or(() -> choicesNotice).orElse(""));
    }

    private Optional<PlaygroundModel> playground() {
        return context.places().find(PlaygroundPlace.ID).map(p -> ((PlaygroundPlace) p).model());
    }

    /** "4 policies to step through", kept up to date; empty without a Playground. */
    private ObservableValue<String> playgroundSummary() {
        Optional<PlaygroundModel> model = playground();
        if (model.isEmpty()) {
            return Bindings.createStringBinding(() -> "");
        }
        PlaygroundModel m = model.get();
        return Bindings.createStringBinding(() -> {
            long n = m.workspace().policies().stream().filter(PolicyDraft::enabled)
                    .filter(d -> drafts.parse(d.yaml()).valid()).count();
            return n == 0 ? "No policies are switched on: one step, every connection open."
                    : (n + 1) + " steps: no policy, then " + n + (n == 1 ? " policy" : " policies");
        }, m.workspaceProperty());
    }

    // ---- keys -----------------------------------------------------------------------------------

    private void registerShortcuts() {
        onPresentation("Next step; reveals the answer first when a question is open", Presentation::forward,
                PresentKeys.NEXT, PresentKeys.NEXT_SPACE, PresentKeys.NEXT_PAGE);
        onPresentation("Back one step, exactly as it was", Presentation::back, PresentKeys.BACK, PresentKeys.BACK_PAGE);
        onPresentation("First step", Presentation::first, PresentKeys.FIRST);
        onPresentation("Last step", Presentation::last, PresentKeys.LAST);
        onPresentation("Blank the screen, or bring it back", Presentation::toggleBlank, PresentKeys.BLANK,
                PresentKeys.BLANK_PERIOD);
        onPresentation("Show or hide the teacher's notes on the stage (off at first)", Presentation::toggleNarration,
                PresentKeys.NOTES);
        onPresentation("Edit live (drag pods, switch policies), or back to the script", Presentation::toggleLive,
                PresentKeys.LIVE);
        onPresentation("Larger type and canvas", Presentation::larger, PresentKeys.LARGER);
        onPresentation("Smaller type and canvas", Presentation::smaller, PresentKeys.SMALLER);
        onPresentation("Type and canvas at their usual size", Presentation::actualSize, PresentKeys.ACTUAL_SIZE);
        onPresentation("Larger code beside the canvas", Presentation::codeLarger, PresentKeys.CODE_LARGER);
        onPresentation("Smaller code beside the canvas", Presentation::codeSmaller, PresentKeys.CODE_SMALLER);
        ShortcutRegistry keys = context.shortcuts();
        keys.register(ID, PresentKeys.PRESENTER, "Presenter window on your own screen (opens by itself with a second screen)",
                this::togglePresenter);
        keys.register(ID, PresentKeys.FULL_SCREEN, "Full screen on or off", () -> running.ifPresent(r -> toggleFullScreen()));
        keys.register(ID, PresentKeys.LEAVE, "Leave the presentation", () -> running.ifPresent(r -> leave()));
    }

    /** Each of {@code keys}, listed in the help in this order, does {@code action} while a presentation runs. */
    private void onPresentation(String description, Consumer<Presentation> action, KeyCombination... keys) {
        for (KeyCombination k : keys) {
            context.shortcuts().register(ID, k, description, () -> running.ifPresent(r -> action.accept(r.presentation())));
        }
    }

    private static String keysSummary() {
        return "On the stage: " + PresentKeys.text(PresentKeys.NEXT) + ", " + PresentKeys.text(PresentKeys.NEXT_SPACE)
                + " or " + PresentKeys.text(PresentKeys.NEXT_PAGE) + " next (reveals an answer first) \u00b7 "
                + PresentKeys.text(PresentKeys.BACK) + " or " + PresentKeys.text(PresentKeys.BACK_PAGE) + " back \u00b7 "
                + PresentKeys.text(PresentKeys.FIRST) + " / " + PresentKeys.text(PresentKeys.LAST) + " first / last \u00b7 "
                + PresentKeys.text(PresentKeys.BLANK) + " blank \u00b7 " + PresentKeys.text(PresentKeys.NOTES)
                + " notes on the stage \u00b7 " + PresentKeys.text(PresentKeys.PRESENTER) + " presenter window \u00b7 "
                + PresentKeys.text(PresentKeys.LIVE) + " edit live \u00b7 " + PresentKeys.text(PresentKeys.LARGER) + " / "
                + PresentKeys.text(PresentKeys.SMALLER) + " size \u00b7 " + PresentKeys.text(PresentKeys.FULL_SCREEN)
                + " full screen \u00b7 " + PresentKeys.text(PresentKeys.LEAVE) + " leave. F1 lists every key.";
    }
}
