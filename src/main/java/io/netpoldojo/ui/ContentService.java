package io.netpoldojo.ui;

import io.netpoldojo.content.BundledContent;
import io.netpoldojo.content.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The lessons, cards, scenarios, demos and recipes, loaded once in the background while the first
 * screen shows. Places ask to be told when it is there.
 */
public final class ContentService {
    private final ReadOnlyObjectWrapper<Optional<Content>> content = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> problem = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final List<Consumer<Content>> waiting = new ArrayList<>();

    public ReadOnlyObjectProperty<Optional<Content>> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** Set when the content could not be loaded at all, or loaded with errors. */
    public ReadOnlyObjectProperty<Optional<String>> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Loads the content bundled with the app. */
    public void loadBundled(TaskRunner tasks) {
        tasks.submit(BundledContent::load, this::set,
                e -> problem.set(Optional.of("The lessons and quiz could not be loaded: " + e.getMessage())));
    }

    /** Uses the given content (tests, or content loaded by other means). */
    public void set(Content loaded) {
        if (loaded.hasErrors()) {
            problem.set(Optional.of("Some content has errors and was left out: " + loaded.errors().get(0)
                    + (loaded.errors().size() > 1 ? " (and " + (loaded.errors().size() - 1) + " more)" : "")));
        }
        content.set(Optional.of(loaded));
        List<Consumer<Content>> now = new ArrayList<>(waiting);
        waiting.clear();
        now.forEach(c -> c.accept(loaded));
    }

    /** Runs {@code action} with the content now if it is loaded, else as soon as it is. */
    public void whenLoaded(Consumer<Content> action) {
        if (content.get().isPresent()) {
            action.accept(content.get().get());
        } else {
            waiting.add(action);
        }
    }
}
