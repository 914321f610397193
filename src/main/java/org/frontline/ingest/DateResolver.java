package org.frontline.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontline.model.DateSource;

/**
 * Settles an article's publication date, trying in order: the {@code --published} flag, the
 * manifest, the date the file carries (corpus field or HTML metadata), a dateline in the text, and
 * else unknown. An unknown date is reported as a warning, never replaced by today's.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateResolver {
    private final LocalDate flag;
    private final Manifest manifest;

    /**
     * @param flag     the date given on the command line for every input, or null
     * @param manifest the manifest, or {@link Manifest#none()}
     */
    public DateResolver(LocalDate flag, Manifest manifest) {
        this.flag = flag;
        this.manifest = manifest;
    }

    /** The date of {@code d}, whose canonical text is {@code text}; problems go to {@code problems}. */
    public PublicationDate resolve(SourceDocument d, String text, Consumer<IngestProblem> problems) {
        if (flag != null) {
            return PublicationDate.of(flag, DateSource.FLAG);
        }
        Optional<Manifest.Entry> entry = manifest.entryFor(d.file());
        if (entry.isPresent() && entry.get().published() != null) {
            return new PublicationDate(entry.get().published(), DateSource.MANIFEST, entry.get().estimated());
        }
        if (d.embeddedDate() != null) {
            return d.embeddedDate();
        }
        Optional<DatelineParser.Found> dateline = DatelineParser.find(text);
        if (dateline.isPresent() && dateline.get().date() != null) {
            return PublicationDate.of(dateline.get().date(), DateSource.DATELINE);
        }
        String why = dateline.map(f -> f.reason() + "; ").orElse("");
        problems.accept(IngestProblem.warning(d.file(), lineOf(d, text, dateline),
                why + "no publication date found; stored with an unknown date (give --published or --manifest)"));
        return PublicationDate.unknown();
    }

    /** The manifest's language for the file, if it gives one. */
    public String languageHint(SourceDocument d) {
        return manifest.entryFor(d.file()).map(Manifest.Entry::language).orElse(null);
    }

    private static long lineOf(SourceDocument d, String text, Optional<DatelineParser.Found> found) {
        if (d.line() > 0 || found.isEmpty()) {
            return d.line();
        }
        return 1 + text.substring(0, found.get().offset()).chars().filter(c -> c == '\n').count();
    }
}
