package org.frontline;

import org.frontline.cli.FrontlineCommand;
import org.frontline.cli.StoreOption;

/**
 * Entry point of the jar: with no arguments it opens the viewer, with a command it runs the
 * command line. Deliberately not a JavaFX {@code Application}, so that {@code java -jar} works
 * with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("view")) {
            org.frontline.ui.FrontlineApp.preload(); // the map data loads while the rest starts
        }
        org.frontline.app.Wiring wiring = new org.frontline.app.Wiring();
        if (args.length == 0) {
            wiring.openViewer(StoreOption.defaultFile(), true);
        } else {
            System.exit(FrontlineCommand.commandLineFor(wiring.services(), args).execute(FrontlineCommand.argumentsFor(args)));
        }
    }
}
