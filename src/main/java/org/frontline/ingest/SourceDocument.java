package org.frontline.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One article as a reader found it, before its date is settled and its text made canonical.
 * Immutable.
 *
 * @param file         the file it was read from
 * @param line         1-based line of a corpus row, or 0 for a whole-file article
 * @param source       what the store records as its origin: the path, or {@code path:line} for a corpus row
 * @param title        title, or null
 * @param outlet       outlet, or null
 * @param url          URL, or null
 * @param language     ISO 639-1 language given by the corpus, or null
 * @param text         the text as read (not yet canonical)
 * @param embeddedDate a date the file itself carries (corpus field or HTML metadata), or null
 */
public record SourceDocument(Path file, long line, String source, String title, String outlet, String url,
                             String language, String text, PublicationDate embeddedDate) {
    public SourceDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    /** A whole-file article with only a text and maybe a title. */
    static SourceDocument ofFile(Path file, String title, String text, PublicationDate embeddedDate) {
        return new SourceDocument(file, 0, file.toString(), title, null, null, null, text, embeddedDate);
    }
}
