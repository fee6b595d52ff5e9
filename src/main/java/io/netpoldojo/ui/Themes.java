package io.netpoldojo.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.netpoldojo.userdata.ThemeMode;
import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Applies a theme: AtlantaFX Primer as the user-agent stylesheet (global to the JVM), then on
 * the scene our named colours for that theme, the ControlsFX compatibility sheet and the app's
 * own styles, which use only the named colours.
 */
public final class Themes {
    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    static final String LIGHT_COLOURS = "theme-light.css";
    static final String DARK_COLOURS = "theme-dark.css";
    static final String CONTROLSFX_COMPAT = "controlsfx-compat.css";
    static final String APP_STYLES = "dojo.css";

    private Themes() {}

    public static String userAgentStylesheet(ThemeMode mode) {
        return mode == ThemeMode.DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** The scene stylesheets for a theme, in the order they must be applied. Dialogs and extra windows use these too. */
    public static List<String> sceneStylesheets(ThemeMode mode) {
        return List.of(url(mode == ThemeMode.DARK ? DARK_COLOURS : LIGHT_COLOURS), url(CONTROLSFX_COMPAT), url(APP_STYLES));
    }

    public static void apply(ThemeMode mode, Scene scene) {
        Application.setUserAgentStylesheet(userAgentStylesheet(mode));
        scene.getStylesheets().setAll(sceneStylesheets(mode));
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, mode == ThemeMode.DARK);
        }
    }

    private static String url(String name) {
        return Themes.class.getResource(name).toExternalForm();
    }
}
