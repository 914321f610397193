package org.frontline.export;

/**
 * Told after each unit of a long export. Called on the export's thread: a viewer hands the value
 * to its UI thread itself (e.g. {@code Platform.runLater}); the command line prints it on stderr.
 */
@FunctionalInterface
public interface ProgressListener {
    void progressed(ExportProgress progress);

    /** A listener that ignores progress. */
    static ProgressListener none() {
        return p -> { };
    }
}
