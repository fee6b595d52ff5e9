package io.netpoldojo.userdata;

import java.util.Objects;
import java.util.Optional;

/**
 * What the app remembers between runs. Immutable; change it with the {@code with...} methods.
 *
 * @param window      the main window's last geometry; empty until the window was first shown
 * @param theme       light or dark
 * @param lastPlace   id of the place (Learn, Playground, ...) shown last; empty means the first place
 * @param welcomeSeen whether the user has been through the welcome
 */
public record Settings(Optional<WindowGeometry> window, ThemeMode theme, Optional<String> lastPlace, boolean welcomeSeen) {
    public static final Settings DEFAULTS = new Settings(Optional.empty(), ThemeMode.LIGHT, Optional.empty(), false);

    public Settings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(lastPlace, "lastPlace");
    }

    public Settings withWindow(WindowGeometry value) {
        return new Settings(Optional.of(value), theme, lastPlace, welcomeSeen);
    }

    public Settings withTheme(ThemeMode value) {
        return new Settings(window, value, lastPlace, welcomeSeen);
    }

    public Settings withLastPlace(String placeId) {
        return new Settings(window, theme, Optional.of(placeId), welcomeSeen);
    }

    public Settings withWelcomeSeen(boolean value) {
        return new Settings(window, theme, lastPlace, value);
    }
}
