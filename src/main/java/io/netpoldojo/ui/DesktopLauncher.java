package io.netpoldojo.ui;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so the CLI path never loads a JavaFX class. */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    public static void launch(String[] args) {
        Application.launch(DojoApp.class, args);
    }
}
