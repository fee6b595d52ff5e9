package io.netpoldojo.ui;

import io.netpoldojo.userdata.ThemeMode;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's view-model: navigation, theme, the overlay shown on top (welcome, shortcuts,
 * about) and the notice in the notification bar. The window's views bind to it and call its
 * commands. On the first start it opens with the welcome, once.
 */
public final class FrameModel {
    /** What covers the window, if anything. */
    public enum Overlay { NONE, WELCOME, SHORTCUTS, ABOUT }

    private final NavigationModel navigation;
    private final UserSettings settings;
    private final Runnable closeWindow;
    private final ReadOnlyObjectWrapper<Overlay> overlay = new ReadOnlyObjectWrapper<>(this, "overlay", Overlay.NONE);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private boolean saveProblemReported;

    /** @param closeWindow what Quit does: close the main window (which saves and ends the app) */
    public FrameModel(AppContext context, Runnable closeWindow) {
        this.settings = context.settings();
        this.closeWindow = closeWindow;
        this.navigation = new NavigationModel(context.places().all(), settings.get().lastPlace());
        notice.set(context.startupNotice().orElse(""));
        navigation.currentProperty().addListener((o, old, now) -> settings.update(s -> s.withLastPlace(now.id())));
        settings.saveProblemProperty().addListener((o, old, now) -> reportSaveProblem(now));
        if (!settings.get().welcomeSeen()) {
            // Seen once it has been shown: closing the app from the welcome must not bring it back.
            overlay.set(Overlay.WELCOME);
            settings.update(s -> s.withWelcomeSeen(true));
        }
    }

    public NavigationModel navigation() {
        return navigation;
    }

    public ReadOnlyObjectProperty<ThemeMode> themeProperty() {
        return settings.themeProperty();
    }

    public void toggleTheme() {
        settings.toggleTheme();
    }

    public void setTheme(ThemeMode mode) {
        settings.setTheme(mode);
    }

    public ReadOnlyObjectProperty<Overlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    public void showWelcome() {
        overlay.set(Overlay.WELCOME);
    }

    /** What a welcome entry does: closes the welcome and shows the place with this id, if there is one. */
    public void beginAt(String placeId) {
        closeOverlay();
        navigation.places().stream().filter(p -> p.id().equals(placeId)).findFirst().ifPresent(navigation::show);
    }

    public void showShortcuts() {
        overlay.set(Overlay.SHORTCUTS);
    }

    public void showAbout() {
        overlay.set(Overlay.ABOUT);
    }

    public void closeOverlay() {
        overlay.set(Overlay.NONE);
    }

    /** The sentence in the notification bar; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set("");
    }

    public void quit() {
        closeWindow.run();
    }

    private void reportSaveProblem(String problem) {
        // Once per run: a read-only disk would otherwise bring the bar back after every window move.
        if (!problem.isEmpty() && !saveProblemReported) {
            saveProblemReported = true;
            notice.set(problem);
        }
    }
}
