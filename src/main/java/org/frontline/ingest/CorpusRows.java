package org.frontline.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.frontline.model.DateSource;

/**
 * Turns one corpus row (JSONL object or CSV record) into a {@link SourceDocument}. Fields:
 * {@code text} (required), {@code title}, {@code url}, {@code outlet}, {@code published},
 * {@code language}; {@code id} is allowed and not needed. Stateless.
 */
final class CorpusRows {
    private CorpusRows() {
    }

    /**
     * The row's article, or null after reporting to {@code sink} why the row cannot be one.
     *
     * @param field the row's value of a field, or null when absent
     */
    static SourceDocument toDocument(Path file, long line, Function<String, String> field, DocumentSink sink) {
        String text = field.apply("text");
        if (text == null || text.isBlank()) {
            sink.problem(IngestProblem.failed(file, line, "row has no text"));
            return null;
        }
        if (text.indexOf('\uFFFD') >= 0) {
            sink.problem(IngestProblem.failed(file, line, "row is not valid UTF-8 text"));
            return null;
        }
        PublicationDate date = null;
        String published = field.apply("published");
        if (published != null && !published.isBlank()) {
            try {
                date = PublicationDate.of(PublicationDate.parseDay(published), DateSource.CORPUS);
            } catch (IllegalArgumentException e) {
                sink.problem(IngestProblem.warning(file, line, e.getMessage() + " in the published field; ignored"));
            }
        }
        String language = blankToNull(field.apply("language"));
        return new SourceDocument(file, line, file + ":" + line, blankToNull(field.apply("title")),
                blankToNull(field.apply("outlet")), blankToNull(field.apply("url")),
                language == null ? null : language.toLowerCase(Locale.ROOT), text, date);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
