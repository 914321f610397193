package org.frontline.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Imports article files into the store: a port the ingest engine implements (branch
 * {@code ingest}); the viewer runs it on a background thread with a progress bar.
 */
@FunctionalInterface
public interface ArticleImporter {
    /**
     * Reads the files into the store.
     *
     * @param files     files or folders the user chose or dropped
     * @param progress  told of progress, from the importing thread
     * @param cancelled polled between files; true asks to stop (what is done stays done)
     * @return what was done
     */
    ImportSummary importFiles(List<Path> files, ProgressListener progress, BooleanSupplier cancelled);

    /** Progress of a long task. Called from a background thread. */
    @FunctionalInterface
    interface ProgressListener {
        /** @param done units done, @param total units in all (0 when unknown), @param message what is under way */
        void progress(long done, long total, String message);
    }

    /**
     * What an import did.
     *
     * @param articles  articles read and stored
     * @param skipped   files skipped (already stored, unreadable)
     * @param claims    claims extracted
     * @param problems  readable descriptions of what went wrong, one per file
     * @param cancelled whether it was cancelled before the end
     */
    record ImportSummary(int articles, int skipped, int claims, List<String> problems, boolean cancelled) {
        public ImportSummary {
            problems = List.copyOf(problems);
        }
    }

    /** The importer of a build without the ingest engine: refuses, saying why. */
    static ArticleImporter unavailable() {
        return (files, progress, cancelled) -> {
            throw new UnsupportedOperationException("Importing articles is not available in this build.");
        };
    }
}
