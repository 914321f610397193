package org.frontline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontline.model.Article;
import org.frontline.model.Claim;
import org.frontline.store.ArticleRepository;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;

/** Writes fixture files and reads back what a run stored. Test helper; not thread-safe. */
final class IngestFixture {
    private IngestFixture() {
    }

    static Path write(Path file, String text) {
        return write(file, text, StandardCharsets.UTF_8);
    }

    static Path write(Path file, String text, Charset charset) {
        return write(file, text.getBytes(charset));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Article> articles(Store store) {
        return store.read(new ArticleRepository()::all);
    }

    static List<Claim> claims(Store store) {
        return store.read(new ClaimRepository()::all);
    }

    static IngestReport ingest(Store store, ArticleAnalyser analyser, IngestSettings settings, Path... inputs) {
        return new Ingester(analyser, new DirectExecutorService(), settings).ingest(store, List.of(inputs));
    }

    static IngestReport ingest(Store store, Path... inputs) {
        return ingest(store, new LineClaimAnalyser(1), IngestSettings.defaults(), inputs);
    }

    /** Problems of the report as text, one per line, for assertions and failure messages. */
    static String problems(IngestReport r) {
        StringBuilder s = new StringBuilder();
        r.problems().forEach(p -> s.append(p).append('\n'));
        return s.toString();
    }
}
