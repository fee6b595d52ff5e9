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
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/**
 * Present mode: the list of demos, and the stage a started one plays on, full screen. The
 * stage's keys are registered here, scoped to this place, and act on the running presentation.
 */
public final class PresentPlace implements Place {
    public static final String ID = "present";

    private final AppContext context;
    private final PolicyDrafts drafts = new PolicyDrafts();
    private final StackPane root = new StackPane();
    private CatalogView catalog;
    private Optional<Running> running = Optional.empty();
    /** The size and the notes the teacher chose last, kept for the next presentation (one room, one setting). */
    private double scale = 1;
    private boolean notesShown = true;

    /** A presentation on its stage. */
    private record Running(Presentation presentation, StageView stage) {}

    public PresentPlace(AppContext context) {
        this.context = context;
        root.setId("present-root");
        root.getStylesheets().add(PresentPlace.class.getResource("present.css").toExternalForm());
        registerShortcuts();
    }

    // ---- starting and leaving -------------------------------------------------------------------

    /** Starts a demo on the stage, full screen. */
    public void present(Demo demo) {
        context.content().contentProperty().get().flatMap(c -> c.scenario(demo.scenario())).ifPresentOrElse(scenario -> {
            try {
                present(Script.ofDemo(demo, scenario, drafts));
            } catch (IllegalArgumentException e) {
                catalog().showProblem("\"" + demo.title() + "\" could not be opened: " + e.getMessage());
            }
        }, () -> catalog().showProblem("\"" + demo.title() + "\" could not be opened: its scenario "
                + demo.scenario() + " is not loaded."));
    }

    /** Starts the Playground's current canvas on the stage, full screen. */
    public void presentPlayground() {
        playground().ifPresent(m -> present(Script.ofCanvas("My Playground", m.workspace(), drafts)));
    }

    /** Starts a script on the stage, full screen. */
    public void present(Script script) {
        leaveQuietly();
        DiagramView diagram = new DiagramView(script.workspaceAt(0));
        Presentation presentation = new Presentation(script, diagram.model());
        presentation.scaleProperty().set(scale);
        presentation.narrationShownProperty().set(notesShown);
        presentation.scaleProperty().addListener((o, a, now) -> scale = now.doubleValue());
        presentation.narrationShownProperty().addListener((o, a, now) -> notesShown = now);
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
        running = Optional.of(new Running(presentation, stage));
        root.getChildren().setAll(stage);
        context.fullScreenProperty().set(true);
        stage.requestFocus();
    }

    /** Back to the list, out of full screen. */
    public void leave() {
        leaveQuietly();
        root.getChildren().setAll(catalog());
        context.fullScreenProperty().set(false);
    }

    private void leaveQuietly() {
        running.ifPresent(r -> r.stage().diagram().setAnimating(false));
        running = Optional.empty();
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
            catalog = new CatalogView(playgroundSummary(), this::presentPlayground, keysSummary());
            context.content().whenLoaded(c -> catalog.setDemos(c.demos(), this::present));
            context.content().problemProperty().addListener((o, a, p) -> catalog.showProblem(p.orElse("")));
            catalog.showProblem(context.content().problemProperty().get().orElse(""));
        }
        return catalog;
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
        onPresentation(PresentKeys.NEXT, "Next step; reveals the answer first when a question is open",
                Presentation::forward);
        onPresentation(PresentKeys.NEXT_SPACE, "Next step; reveals the answer first when a question is open",
                Presentation::forward);
        onPresentation(PresentKeys.NEXT_PAGE, "Next step; reveals the answer first when a question is open",
                Presentation::forward);
        onPresentation(PresentKeys.BACK, "Back one step, exactly as it was", Presentation::back);
        onPresentation(PresentKeys.BACK_PAGE, "Back one step, exactly as it was", Presentation::back);
        onPresentation(PresentKeys.FIRST, "First step", Presentation::first);
        onPresentation(PresentKeys.LAST, "Last step", Presentation::last);
        onPresentation(PresentKeys.BLANK, "Blank the screen, or bring it back", Presentation::toggleBlank);
        onPresentation(PresentKeys.BLANK_PERIOD, "Blank the screen, or bring it back", Presentation::toggleBlank);
        onPresentation(PresentKeys.NOTES, "Show or hide the teacher's notes", Presentation::toggleNarration);
        onPresentation(PresentKeys.LIVE, "Edit live (drag pods, switch policies), or back to the script",
                Presentation::toggleLive);
        onPresentation(PresentKeys.LARGER, "Larger type and canvas", Presentation::larger);
        onPresentation(PresentKeys.SMALLER, "Smaller type and canvas", Presentation::smaller);
        onPresentation(PresentKeys.ACTUAL_SIZE, "Type and canvas at their usual size", Presentation::actualSize);
        ShortcutRegistry keys = context.shortcuts();
        keys.register(ID, PresentKeys.FULL_SCREEN, "Full screen on or off", () -> running.ifPresent(r -> toggleFullScreen()));
        keys.register(ID, PresentKeys.LEAVE, "Leave the presentation", () -> running.ifPresent(r -> leave()));
    }

    private void onPresentation(KeyCombination keys, String description, Consumer<Presentation> action) {
        context.shortcuts().register(ID, keys, description, () -> running.ifPresent(r -> action.accept(r.presentation())));
    }

    private static String keysSummary() {
        return "On the stage: " + PresentKeys.text(PresentKeys.NEXT) + ", " + PresentKeys.text(PresentKeys.NEXT_SPACE)
                + " or " + PresentKeys.text(PresentKeys.NEXT_PAGE) + " next (reveals an answer first) \u00b7 "
                + PresentKeys.text(PresentKeys.BACK) + " or " + PresentKeys.text(PresentKeys.BACK_PAGE) + " back \u00b7 "
                + PresentKeys.text(PresentKeys.FIRST) + " / " + PresentKeys.text(PresentKeys.LAST) + " first / last \u00b7 "
                + PresentKeys.text(PresentKeys.BLANK) + " blank \u00b7 " + PresentKeys.text(PresentKeys.NOTES) + " notes \u00b7 "
                + PresentKeys.text(PresentKeys.LIVE) + " edit live \u00b7 " + PresentKeys.text(PresentKeys.LARGER) + " / "
                + PresentKeys.text(PresentKeys.SMALLER) + " size \u00b7 " + PresentKeys.text(PresentKeys.FULL_SCREEN)
                + " full screen \u00b7 " + PresentKeys.text(PresentKeys.LEAVE) + " leave. F1 lists every key.";
    }
}
