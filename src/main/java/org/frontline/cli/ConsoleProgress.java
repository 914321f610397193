package org.frontline.cli;

import java.io.PrintWriter;
import org.frontline.export.ExportProgress;
import org.frontline.export.ProgressListener;

/** Prints export progress on stderr, one line per unit: count, rate, time left and the file just written. */
final class ConsoleProgress implements ProgressListener {
    private final PrintWriter err;
    private final String unit;

    ConsoleProgress(PrintWriter err, String unit) {
        this.err = err;
        this.unit = unit;
    }

    @Override
    public void progressed(ExportProgress p) {
        err.println(p.describe(unit) + "  " + p.current());
        err.flush();
    }
}
