package org.frontline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON Lines corpus, one article object per line, streaming: memory does not grow with
 * the corpus. A malformed line, a line that is not an object or has no text, and a line over the
 * size limit are reported with their line numbers; the other lines still load. Empty lines are
 * skipped. Stateless and thread-safe.
 */
public final class JsonlReader implements DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SizeLimit limit;

    public JsonlReader(SizeLimit limit) {
        this.limit = limit;
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        try (CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
             Reader chars = new InputStreamReader(bytes, StandardCharsets.UTF_8)) {
            BoundedLineReader lines = new BoundedLineReader(chars, limit.bytes());
            for (BoundedLineReader.Line line = lines.next(); line != null && !sink.stopRequested(); line = lines.next()) {
                row(file, line, sink);
                sink.consumed(bytes.takeNew());
            }
        }
    }

    private static void row(Path file, BoundedLineReader.Line line, DocumentSink sink) {
        if (line.tooLong()) {
            sink.problem(IngestProblem.failed(file, line.number(), "line is longer than the size limit; skipped"));
            return;
        }
        String text = line.number() == 1 && line.text().startsWith("\uFEFF") ? line.text().substring(1) : line.text();
        if (text.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            sink.problem(IngestProblem.failed(file, line.number(), "malformed JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.problem(IngestProblem.failed(file, line.number(), "line is not a JSON object"));
            return;
        }
        SourceDocument d = CorpusRows.toDocument(file, line.number(), name -> {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : v.asText();
        }, sink);
        if (d != null) {
            sink.document(d);
        }
    }
}
