package io.netpoldojo;

import io.netpoldojo.cli.Cli;

/**
 * Entry point of the single jar. With no arguments it opens the desktop app; with a subcommand
 * it runs the headless CLI and never touches the JavaFX toolkit. It deliberately does not extend
 * {@code Application}, so JavaFX classes are loaded only on the app path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            io.netpoldojo.ui.DesktopLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
