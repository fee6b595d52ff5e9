package io.netpoldojo.ui.present;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.UserDemos;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.ui.AppContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The teacher's own demos, from the {@code demos/} folder of their user folder: the ones recorded
 * in the Playground ("Record as demo", {@link PlaygroundRecording}) and any written by hand. They are read again whenever Present's list is shown and after each recording; a damaged
 * one is left out and named, file, line and field, and its file is kept as it is.
 */
final class OwnDemos {
    private final AppContext context;
    private final ReadOnlyObjectWrapper<UserDemos> demos = new ReadOnlyObjectWrapper<>(this, "demos", UserDemos.NONE);

    OwnDemos(AppContext context) {
        this.context = context;
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
}
