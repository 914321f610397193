package org.frontline.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV corpus with a header row naming the columns ({@code text} required; see
 * {@link CorpusRows}), streaming. A row with the wrong number of fields, no text, or over the size
 * limit is reported with its line and the others still load. A quoting error the parser cannot
 * recover from ends the file there, reported with its line. Stateless and thread-safe.
 */
public final class CsvCorpusReader implements DocumentReader {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).build();

    private final SizeLimit limit;

    public CsvCorpusReader(SizeLimit limit) {
        this.limit = limit;
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        try (CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
             Reader chars = withoutByteOrderMark(new InputStreamReader(bytes, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.parse(chars, FORMAT)) {
            if (!parser.getHeaderMap().containsKey("text")) {
                sink.problem(IngestProblem.failed(file, 1, "CSV corpus has no 'text' column in its header row"));
                return;
            }
            long lastLine = parser.getCurrentLineNumber();
            Iterator<CSVRecord> rows = parser.iterator();
            while (!sink.stopRequested()) {
                long line = lastLine + 1;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row(file, line, rows.next(), parser.getHeaderMap().size(), sink);
                } catch (UncheckedIOException e) {
                    sink.problem(IngestProblem.failed(file, line, "unreadable CSV (" + e.getCause().getMessage()
                            + "); the rest of the file was not read"));
                    return;
                }
                lastLine = parser.getCurrentLineNumber();
                sink.consumed(bytes.takeNew());
            }
        }
    }

    /** Spreadsheet programs often start UTF-8 CSV with a byte-order mark, which would spoil the first column name. */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int first = r.read();
        if (first >= 0 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }

    private void row(Path file, long line, CSVRecord row, int columns, DocumentSink sink) {
        if (!row.isConsistent()) {
            sink.problem(IngestProblem.failed(file, line, "row has " + row.size() + " fields, the header has "
                    + columns));
            return;
        }
        long size = 0;
        for (String v : row) {
            size += v.length();
        }
        if (size > limit.bytes()) {
            sink.problem(IngestProblem.failed(file, line, "row " + limit.tooLarge(size) + "; skipped"));
            return;
        }
        SourceDocument d = CorpusRows.toDocument(file, line,
                name -> row.isMapped(name) && row.isSet(name) ? row.get(name) : null, sink);
        if (d != null) {
            sink.document(d);
        }
    }
}
