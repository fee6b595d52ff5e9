package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.Icons;
import io.netpoldojo.ui.Place;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.workspace.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Learn place: lessons to read in order, with live diagrams, a search over every word and
 * the reader's progress kept in {@code learn-progress.yaml}. Owns the model and its saving.
 */
public final class LearnPlace implements Place {
    public static final String ID = "learn";

    private final AppContext context;
    private final ProgressStore store;
    private final LearnModel model;
    /** The newest progress; whichever background save runs last writes it, so saves never go back in time. */
    private final AtomicReference<Progress> latest;
    private final Object saveLock = new Object();
    private boolean saveProblemReported;
    private LearnView view;

    public LearnPlace(AppContext context) {
        this.context = context;
        this.store = ProgressStore.in(context.dataDir());
        // A file of a few lines, read once at start-up like the settings: the first lesson to
        // open depends on it.
        ProgressStore.Loaded loaded = store.load();
        this.latest = new AtomicReference<>(loaded.progress());
        this.model = new LearnModel(loaded.progress(), this::save);
        loaded.notice().ifPresent(model::setNotice);
        context.content().whenLoaded(c -> model.lessonsLoaded(c.lessons(), lessonProblems(c)));
        context.content().problemProperty().addListener((o, a, problem) -> reportLoadFailure());
        reportLoadFailure();
        registerShortcuts();
    }

    public LearnModel model() {
        return model;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Learn";
    }

    @Override
    public String iconPath() {
        return Icons.LEARN;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new LearnView(model, this::scenario, playground(), context.tasks());
        }
        return view;
    }

    @Override
    public void onShown() {
        if (view != null) {
            view.setAnimating(true);
        }
    }

    @Override
    public void onHidden() {
        if (view != null) {
            view.setAnimating(false);
        }
    }

    /** The background saves may not run once the app is closing: write the newest progress now. */
    @Override
    public void onAppStop() {
        try {
            writeLatest();
        } catch (IOException e) {
            // Closing: there is nobody left to tell. The previous save is still on disk.
        }
    }

    private void registerShortcuts() {
        var keys = context.shortcuts();
        keys.register(ID, new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), "Next lesson", model::next);
        keys.register(ID, new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN), "Next lesson",
                model::next);
        keys.register(ID, new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), "Previous lesson",
                model::previous);
        keys.register(ID, new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN), "Previous lesson",
                model::previous);
        keys.register(ID, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), "Search the lessons", () -> {
            if (view != null) {
                view.focusSearch();
            }
        });
        keys.register(ID, new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN),
                "Mark the lesson as read (or not read)", model::toggleCurrentRead);
    }

    private Optional<Scenario> scenario(String id) {
        return context.content().contentProperty().get().flatMap(c -> c.scenario(id));
    }

    private Optional<BiConsumer<String, Workspace>> playground() {
        // Found when used: finding the Playground builds it, which a start on Learn need not do.
        if (context.places().all().stream().noneMatch(p -> p.id().equals(PlaygroundPlace.ID))) {
            return Optional.empty();
        }
        return Optional.of((title, workspace) -> context.places().find(PlaygroundPlace.ID)
                .filter(p -> p instanceof PlaygroundPlace)
                .ifPresent(p -> ((PlaygroundPlace) p).openScenario(title, workspace)));
    }

    private void reportLoadFailure() {
        if (context.content().contentProperty().get().isEmpty()) {
            context.content().problemProperty().get().ifPresent(model::loadFailed);
        }
    }

    /** A sentence about errors in lessons or the scenarios they draw; empty when there are none. */
    static String lessonProblems(Content content) {
        List<Diagnostic> errors = content.errors().stream()
                .filter(d -> d.position().file().startsWith("lessons/") || d.position().file().startsWith("scenarios/"))
                .toList();
        if (errors.isEmpty()) {
            return "";
        }
        return "Some lesson files have errors, so the lessons or diagrams they hold are left out ("
                + (errors.size() == 1 ? "1 error" : errors.size() + " errors") + "; the first: " + errors.get(0) + ").";
    }

    private void save(Progress progress) {
        latest.set(progress);
        context.tasks().submit(() -> {
            writeLatest();
            return null;
        }, done -> { }, this::reportSaveProblem);
    }

    private void writeLatest() throws IOException {
        synchronized (saveLock) {
            store.save(latest.get());
        }
    }

    /** Once per run: a read-only disk would otherwise bring the message back with every lesson opened. */
    private void reportSaveProblem(Exception e) {
        if (!saveProblemReported) {
            saveProblemReported = true;
            model.setNotice("Your reading progress could not be saved to " + store.file() + " (" + e.getMessage()
                    + "). You can keep reading; it will be tried again with every change.");
        }
    }
}
