package org.frontline;

import org.frontline.cli.FrontlineCommand;

/**
 * Entry point of the jar: with no arguments it opens the viewer, with a command it runs the
 * command line. Deliberately not a JavaFX {@code Application}, so that {@code java -jar} works
 * with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.frontline.ui.FrontlineApp.launchViewer(args);
        } else {
            System.exit(FrontlineCommand.commandLine(new org.frontline.app.Wiring().services()).execute(args));
        }
    }
}
