package org.frontline.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.frontline.ingest.IngestListener;
import org.frontline.ingest.IngestProblem;
import org.frontline.ingest.IngestProgress;

/**
 * Shows an ingest run on the terminal: each problem on a line of its own as it comes and, when
 * asked, one progress line redrawn in place (articles done, rate, share read, time left). The
 * ingester calls it a few times per second at most. Confined to the ingesting thread.
 */
final class TerminalProgress implements IngestListener {
    private final PrintWriter err;
    private final boolean showProgress;
    private int lineLength;

    TerminalProgress(PrintWriter err, boolean showProgress) {
        this.err = err;
        this.showProgress = showProgress;
    }

    @Override
    public void progress(IngestProgress p) {
        if (!showProgress) {
            return;
        }
        String line = String.format(Locale.ROOT, "%,d articles, %.0f/s, %.0f%% read%s", p.articlesDone(), p.rate(),
                100 * p.fraction(), p.remaining().map(d -> ", " + clock(d) + " left").orElse(""));
        err.print("\r" + line + " ".repeat(Math.max(0, lineLength - line.length())));
        err.flush();
        lineLength = line.length();
    }

    @Override
    public void problem(IngestProblem p) {
        clearLine();
        err.println(p);
        err.flush();
    }

    /** Ends the progress line, so that what follows starts on a fresh line. */
    void finish() {
        if (lineLength > 0) {
            err.println();
            err.flush();
            lineLength = 0;
        }
    }

    private void clearLine() {
        if (lineLength > 0) {
            err.print("\r" + " ".repeat(lineLength) + "\r");
            lineLength = 0;
        }
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
