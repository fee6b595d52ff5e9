package io.netpoldojo.ui;

import io.netpoldojo.userdata.Settings;
import io.netpoldojo.userdata.SettingsStore;
import io.netpoldojo.userdata.ThemeMode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * The user's settings while the app runs: observable, and saved through the
 * {@link SettingsStore} shortly after each change (changes in quick succession, such as
 * dragging the window, make one save) and once more by {@link #flush()} when the window closes.
 * Use from the JavaFX thread.
 */
public final class UserSettings {
    private final SettingsStore store;
    private final TaskRunner tasks;
    private final PauseTransition debounce;
    private final boolean saveAtOnce;
    private final ReadOnlyObjectWrapper<Settings> settings;
    private final ReadOnlyObjectWrapper<ThemeMode> theme;
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper(this, "saveProblem", "");
    /** What the background save writes: always the newest settings, whichever save runs last. */
    private volatile Settings latest;
    private boolean changed;

    /**
     * @param saveDelay how long to wait after a change before saving; {@code Duration.ZERO}
     *                  saves at once (tests use that)
     */
    public UserSettings(SettingsStore store, Settings initial, TaskRunner tasks, Duration saveDelay) {
        this.store = Objects.requireNonNull(store);
        this.tasks = Objects.requireNonNull(tasks);
        this.settings = new ReadOnlyObjectWrapper<>(this, "settings", initial);
        this.theme = new ReadOnlyObjectWrapper<>(this, "theme", initial.theme());
        this.latest = initial;
        this.saveAtOnce = saveDelay.lessThanOrEqualTo(Duration.ZERO);
        this.debounce = new PauseTransition(saveDelay);
        debounce.setOnFinished(e -> saveInBackground());
    }

    public Settings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ThemeMode> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Empty while saving works; otherwise a sentence for the user about the last failed save. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** Changes the settings and schedules a save. A change that changes nothing saves nothing. */
    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(get());
        if (next.equals(get())) {
            return;
        }
        latest = next;
        changed = true;
        settings.set(next);
        theme.set(next.theme());
        if (saveAtOnce) {
            saveInBackground();
        } else {
            debounce.playFromStart();
        }
    }

    public void setTheme(ThemeMode mode) {
        update(s -> s.withTheme(mode));
    }

    public void toggleTheme() {
        setTheme(get().theme().other());
    }

    /** Saves now, on this thread, if anything changed since start; for the moment the window closes. */
    public void flush() {
        debounce.stop();
        if (!changed) {
            return;
        }
        try {
            saveLatest();
            saveProblem.set("");
        } catch (IOException e) {
            saveProblem.set(describe(e));
        }
    }

    private void saveInBackground() {
        tasks.submit(() -> {
            saveLatest();
            return Boolean.TRUE;
        }, ok -> saveProblem.set(""), e -> saveProblem.set(describe(e)));
    }

    private void saveLatest() throws IOException {
        // Read `latest` under the store's lock so that the save that runs last writes the newest settings.
        synchronized (store) {
            store.save(latest);
        }
    }

    private String describe(Exception e) {
        String reason = "the file could not be written";
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            reason = ((FileSystemException) e).getReason();
        }
        return "Your settings could not be saved to " + store.file() + " (" + reason
                + "). They will last until you close NetPol Dojo.";
    }
}
