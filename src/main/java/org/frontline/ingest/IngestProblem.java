package org.frontline.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with one input, for the user. Immutable.
 *
 * <p>A {@link Severity#FAILED} problem means the article (or the whole file) was not stored, and
 * nothing of it was; a {@link Severity#WARNING} means the article was stored, for example with an
 * unknown date, and a {@link Severity#NOTE} only informs (a skipped file of unknown type).
 *
 * @param file     the file concerned
 * @param line     1-based line in the file, or 0 when the problem concerns the whole file
 * @param severity how bad it is
 * @param reason   what is wrong, in words for the user
 */
public record IngestProblem(Path file, long line, Severity severity, String reason) {
    /** How a problem affects what was stored. */
    public enum Severity { NOTE, WARNING, FAILED }

    public IngestProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
    }

    public static IngestProblem failed(Path file, long line, String reason) {
        return new IngestProblem(file, line, Severity.FAILED, reason);
    }

    public static IngestProblem warning(Path file, long line, String reason) {
        return new IngestProblem(file, line, Severity.WARNING, reason);
    }

    public static IngestProblem note(Path file, String reason) {
        return new IngestProblem(file, 0, Severity.NOTE, reason);
    }

    /** {@code file:line: severity: reason}, the form printed on the terminal. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + reason;
    }
}
