package org.frontline.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A TSV file that gives files their publication dates: columns {@code file} and
 * {@code published} (ISO date), optionally {@code date_quality} ({@code estimated} marks the date
 * as an estimate) and {@code language}. Other columns are ignored. A {@code file} value is matched
 * against the article's path relative to the manifest's folder, then against its bare file name.
 *
 * <p>Immutable once read, and thread-safe.
 */
public final class Manifest {
    /** One file's entry. */
    public record Entry(LocalDate published, boolean estimated, String language) {
    }

    private final Path folder;
    private final Map<String, Entry> entries;
    private final List<IngestProblem> problems;

    private Manifest(Path folder, Map<String, Entry> entries, List<IngestProblem> problems) {
        this.folder = folder;
        this.entries = Map.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /** A manifest with no entries. */
    public static Manifest none() {
        return new Manifest(Path.of(""), Map.of(), List.of());
    }

    /**
     * Reads a manifest. Rows with a bad date are left out and reported in {@link #problems()}.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it lacks the {@code file} or {@code published} column
     */
    public static Manifest read(Path tsv) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        List<IngestProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).build();
        try (Reader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            if (!parser.getHeaderMap().containsKey("file") || !parser.getHeaderMap().containsKey("published")) {
                throw new IllegalArgumentException(tsv + ": a manifest needs the columns 'file' and 'published'"
                        + " (tab-separated, with a header row)");
            }
            long line = 1;
            for (CSVRecord row : parser) {
                line++;
                entry(tsv, line, row, entries, problems);
                line = Math.max(line, parser.getCurrentLineNumber());
            }
        }
        Path parent = tsv.toAbsolutePath().getParent();
        return new Manifest(parent == null ? Path.of("") : parent, entries, problems);
    }

    private static void entry(Path tsv, long line, CSVRecord row, Map<String, Entry> entries,
                              List<IngestProblem> problems) {
        String file = value(row, "file");
        String published = value(row, "published");
        if (file == null) {
            problems.add(IngestProblem.warning(tsv, line, "manifest row without a file name; ignored"));
            return;
        }
        try {
            LocalDate date = published == null ? null : LocalDate.parse(published);
            boolean estimated = "estimated".equalsIgnoreCase(value(row, "date_quality"));
            String language = value(row, "language");
            entries.put(file.replace('\\', '/'), new Entry(date, estimated,
                    language == null ? null : language.toLowerCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            problems.add(IngestProblem.warning(tsv, line, "invalid date \"" + published + "\" for " + file
                    + " in the manifest (expected an existing day as YYYY-MM-DD); ignored"));
        }
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The entry for {@code file}, by path relative to the manifest's folder, else by file name. */
    public Optional<Entry> entryFor(Path file) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Path absolute = file.toAbsolutePath();
        if (absolute.startsWith(folder)) {
            Entry e = entries.get(folder.relativize(absolute).toString().replace('\\', '/'));
            if (e != null) {
                return Optional.of(e);
            }
        }
        Path name = file.getFileName();
        return Optional.ofNullable(name == null ? null : entries.get(name.toString()));
    }

    /** Rows that were left out, with their line numbers. */
    public List<IngestProblem> problems() {
        return problems;
    }

    public int size() {
        return entries.size();
    }
}
