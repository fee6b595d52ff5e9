package io.netpoldojo.ui;

import io.netpoldojo.userdata.LoadedSettings;
import io.netpoldojo.userdata.SettingsStore;
import io.netpoldojo.userdata.UserDataDir;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

/**
 * Everything the app's parts share, built once at start-up and passed down through
 * constructors: the user's folder and settings, the one task runner, the shortcut registry and
 * the places. Engine, content and other services join here as they arrive.
 */
public final class AppContext {
    private final UserDataDir dataDir;
    private final SettingsStore settingsStore;
    private final UserSettings settings;
    private final Optional<String> startupNotice;
    private final TaskRunner tasks;
    private final ShortcutRegistry shortcuts = new ShortcutRegistry();
    private final Places places = new Places();
    private final ContentService content = new ContentService();
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen", false);
    private java.util.function.Consumer<String> navigator = id -> { };

    private AppContext(UserDataDir dataDir, SettingsStore settingsStore, LoadedSettings loaded, TaskRunner tasks, Duration saveDelay) {
        this.dataDir = dataDir;
        this.settingsStore = settingsStore;
        this.tasks = tasks;
        this.startupNotice = loaded.notice();
        this.settings = new UserSettings(settingsStore, loaded.settings(), tasks, saveDelay);
    }

    /**
     * Loads the settings from {@code dataDir} (never fails: damage becomes defaults and a
     * {@link #startupNotice()}) and builds the context. Call on the JavaFX thread.
     *
     * @param saveDelay how long settings changes wait before they are saved
     */
    public static AppContext create(UserDataDir dataDir, TaskRunner tasks, Duration saveDelay) {
        Objects.requireNonNull(dataDir);
        Objects.requireNonNull(tasks);
        SettingsStore store = SettingsStore.in(dataDir);
        return new AppContext(dataDir, store, store.load(), tasks, saveDelay);
    }

    public UserDataDir dataDir() {
        return dataDir;
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    /** The live settings; change them here, not through the store. */
    public UserSettings settings() {
        return settings;
    }

    /** A sentence for the user when the settings could not be loaded as saved. */
    public Optional<String> startupNotice() {
        return startupNotice;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public ShortcutRegistry shortcuts() {
        return shortcuts;
    }

    /** The app's lessons, cards, scenarios, demos and recipes, loaded in the background. */
    public ContentService content() {
        return content;
    }

    /** Shows the place with this id, as if the person had clicked it (e.g. "Open in Playground"). */
    public void showPlace(String placeId) {
        navigator.accept(placeId);
    }

    /** The main window hands its navigation over here; places never hold the window. */
    void setNavigator(java.util.function.Consumer<String> navigator) {
        this.navigator = navigator;
    }

    public Places places() {
        return places;
    }

    /**
     * True while the current place has the screen to itself (Present mode): the window goes full
     * screen and hides its menu bar, navigation rail and notice bar. Esc does not leave full
     * screen by itself then, so the place must offer its own way out. The frame sets this back to
     * false when the window leaves full screen some other way and when another place is shown.
     */
    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }
}
