package io.netpoldojo.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the app, with a description, so the help overlay can list them all.
 * The frame registers its own; places add theirs, scoped to the place so they only work (and
 * only clash) while it is shown.
 *
 * <p>Two kinds of entry: {@link #register} runs an action when the keys are pressed;
 * {@link #describe} only lists keys that something else handles, typically a menu item with an
 * accelerator (JavaFX installs that itself) or a control's own key handling.
 */
public final class ShortcutRegistry {
    /** The scope of shortcuts that work in every place. */
    public static final String EVERYWHERE = "everywhere";

    private final ObservableList<Shortcut> shortcuts = FXCollections.observableArrayList();
    private final ObservableList<Shortcut> readOnly = FXCollections.unmodifiableObservableList(shortcuts);

    /**
     * Adds a shortcut that runs {@code action}.
     *
     * @throws IllegalArgumentException when the keys are already taken where this one would work
     */
    public Shortcut register(String scope, KeyCombination keys, String description, Runnable action) {
        return add(new Shortcut(keys, description, scope, Optional.of(action)));
    }

    /** Lists keys handled elsewhere (a menu accelerator, a control), so the help shows them too. */
    public Shortcut describe(String scope, KeyCombination keys, String description) {
        return add(new Shortcut(keys, description, scope, Optional.empty()));
    }

    public void remove(Shortcut shortcut) {
        shortcuts.remove(shortcut);
    }

    /** All shortcuts in the order they were added; read-only, and it changes as shortcuts come and go. */
    public ObservableList<Shortcut> all() {
        return readOnly;
    }

    public List<Shortcut> inScope(String scope) {
        return shortcuts.stream().filter(s -> s.scope().equals(scope)).collect(Collectors.toList());
    }

    /** The shortcut with an action that this key event means while {@code activeScope} is shown. */
    public Optional<Shortcut> find(KeyEvent event, String activeScope) {
        return shortcuts.stream()
                .filter(s -> s.action().isPresent())
                .filter(s -> s.scope().equals(EVERYWHERE) || s.scope().equals(activeScope))
                .filter(s -> s.matches(event))
                .findFirst();
    }

    private Shortcut add(Shortcut shortcut) {
        for (Shortcut existing : shortcuts) {
            if (existing.keys().equals(shortcut.keys()) && overlap(existing.scope(), shortcut.scope())) {
                throw new IllegalArgumentException(shortcut.keysText() + " is already taken by \""
                        + existing.description() + "\"; \"" + shortcut.description() + "\" needs other keys");
            }
        }
        shortcuts.add(shortcut);
        return shortcut;
    }

    private static boolean overlap(String a, String b) {
        return a.equals(b) || a.equals(EVERYWHERE) || b.equals(EVERYWHERE);
    }
}
