package io.netpoldojo.ui.present;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.UserDemos;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.present.record.DemoRecorder;
import io.netpoldojo.ui.present.record.RecordControls;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The teacher's own demos, from the {@code demos/} folder of their user folder: the ones recorded
 * in the Playground ("Record as demo", which this part puts in the Playground) and any written by
 * hand. They are read again whenever Present's list is shown and after each recording; a damaged
 * one is left out and named, file, line and field, and its file is kept as it is.
 */
final class OwnDemos {
    private final AppContext context;
    private final ReadOnlyObjectWrapper<UserDemos> demos = new ReadOnlyObjectWrapper<>(this, "demos", UserDemos.NONE);
    private Optional<DemoRecorder> recorder = Optional.empty();

    OwnDemos(AppContext context) {
        this.context = context;
    }

    /**
     * Puts "Record as demo" in the Playground (when the app has one); {@code present} plays a saved
     * demo when the teacher asks to right away.
     */
    void offerRecording(Consumer<Demo> present) {
        context.places().find(PlaygroundPlace.ID).map(PlaygroundPlace.class::cast).ifPresent(playground -> {
            DemoRecorder r = new DemoRecorder(playground::model, context.dataDir().path(), context.tasks(),
                    Clock.systemDefaultZone(), this::builtInIds);
            RecordControls controls = new RecordControls(r, saved -> reload(() -> {
                Optional<Demo> demo = demos.get().demos().stream().filter(d -> d.id().equals(saved.id())).findFirst();
                RecordControls.announce(saved, controls(playground), () -> demo.ifPresent(d -> {
                    context.showPlace(PresentPlace.ID);
                    present.accept(d);
                }));
            }));
            playground.addControls(controls.canvasOverlays(), controls.canvasMenuItems());
            recorder = Optional.of(r);
        });
    }

    private static javafx.scene.Node controls(PlaygroundPlace playground) {
        return playground.view();
    }

    /** The recorder, if the app has a Playground (tests drive it). */
    Optional<DemoRecorder> recorder() {
        return recorder;
    }

    /** The teacher's demos as last read; {@link UserDemos#NONE} until then. */
    ReadOnlyObjectProperty<UserDemos> demosProperty() {
        return demos.getReadOnlyProperty();
    }

    /** Reads the folder again, in the background, once the app's content is loaded; then runs {@code after}. */
    void reload(Runnable after) {
        context.content().whenLoaded(content -> context.tasks().submit(() -> read(content, context.dataDir().path()),
                read -> {
                    demos.set(read);
                    after.run();
                }, e -> after.run()));
    }

    static UserDemos read(Content content, Path home) {
        return new ContentLoader().loadUserDemos(home, content.scenarios(), content.demos());
    }

    /** A scenario of the teacher's folder (a recorded demo's canvas). */
    Optional<Scenario> scenario(String id) {
        return demos.get().scenario(id);
    }

    boolean isOwn(Demo d) {
        return demos.get().demos().contains(d);
    }

    /**
     * "2 of your demos were left out: /home/.../demos/bad.yaml:8:10: steps[0].apply: ..." (the
     * first three problems), or empty when every file loaded.
     */
    String problems() {
        List<Diagnostic> errors = demos.get().errors();
        if (errors.isEmpty()) {
            return "";
        }
        Path home = context.dataDir().path();
        long files = errors.stream().map(d -> d.position().file()).distinct().count();
        String listed = errors.stream().limit(3).map(d -> home.resolve(d.position().file()) + d.toString()
                .substring(d.position().file().length())).collect(Collectors.joining("; "));
        return (files == 1 ? "One of your demos was" : files + " of your demos were") + " left out, and kept as they"
                + " are: " + listed + (errors.size() > 3 ? "; and " + (errors.size() - 3) + " more" : "") + ".";
    }

    private Set<String> builtInIds() {
        return context.content().contentProperty().get().map(c -> c.demos().stream().map(Demo::id)
                .collect(Collectors.toSet())).orElse(Set.of());
    }
}
