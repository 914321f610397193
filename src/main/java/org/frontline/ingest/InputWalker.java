package org.frontline.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the paths a user gives into the files to read, each with the reader for its kind:
 * {@code .txt}, {@code .md}, {@code .html}/{@code .htm}, {@code .jsonl} and {@code .csv}. Folders
 * are walked recursively in name order, so that a run is repeatable; links to folders are not
 * followed (no cycles); hidden files and files of other kinds are skipped with a note.
 *
 * <p>Immutable and thread-safe.
 */
public final class InputWalker {
    /** A file to read and the reader for it. */
    public record InputFile(Path path, DocumentReader reader, long size) {
    }

    private final Map<String, DocumentReader> readers;

    public InputWalker(SizeLimit limit) {
        DocumentReader html = new HtmlReader(limit);
        readers = Map.of("txt", new PlainTextReader(limit, false), "md", new PlainTextReader(limit, true),
                "html", html, "htm", html, "jsonl", new JsonlReader(limit), "csv", new CsvCorpusReader(limit));
    }

    /** The reader for a file of this name, if it is of a kind the ingester reads. */
    public Optional<DocumentReader> readerFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(readers.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * The files under {@code paths}, in the order given and in name order within folders. A path
     * given explicitly is read whatever its name (if its kind is known); problems go to {@code problems}.
     */
    public List<InputFile> walk(List<Path> paths, Consumer<IngestProblem> problems) {
        List<InputFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                walkFolder(p, out, problems);
            } else {
                add(p, out, problems);
            }
        }
        return out;
    }

    private void walkFolder(Path folder, List<InputFile> out, Consumer<IngestProblem> problems) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            dir.forEach(entries::add);
        } catch (IOException e) {
            problems.accept(IngestProblem.failed(folder, 0, "cannot list the folder: " + e.getMessage()));
            return;
        }
        entries.sort(null);
        for (Path e : entries) {
            if (e.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
                walkFolder(e, out, problems);
            } else if (Files.isRegularFile(e)) {
                add(e, out, problems);
            }
        }
    }

    private void add(Path file, List<InputFile> out, Consumer<IngestProblem> problems) {
        Optional<DocumentReader> reader = readerFor(file);
        if (reader.isEmpty()) {
            problems.accept(IngestProblem.note(file, "skipped: not a file kind the ingester reads"
                    + " (.txt, .md, .html, .htm, .jsonl, .csv)"));
            return;
        }
        try {
            out.add(new InputFile(file, reader.get(), Files.size(file)));
        } catch (IOException e) {
            problems.accept(IngestProblem.failed(file, 0, "cannot read it: " + e.getMessage()));
        }
    }
}
