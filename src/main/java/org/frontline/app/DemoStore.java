package org.frontline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.frontline.ingest.ArticleAnalyser;
import org.frontline.ingest.IngestListener;
import org.frontline.ingest.IngestReport;
import org.frontline.ingest.IngestSettings;
import org.frontline.store.ArticleRepository;
import org.frontline.store.Store;

/**
 * The embedded demonstration store: on first use of the default store, the shipped demo corpus
 * ({@code data/demo/corpus.jsonl}, original texts written for Frontline) is ingested into it with
 * the real extractor and its articles are marked as demonstration data, which the map and every
 * export then say in a banner.
 */
public final class DemoStore {
    static final String CORPUS = "/data/demo/corpus.jsonl";

    private DemoStore() {
    }

    /**
     * Fills {@code storeFile} with the demo corpus when it holds no article yet, and re-extracts its
     * demonstration articles when they were extracted by an older extractor than {@code analyser}'s
     * (after an upgrade the demo map shows what the new rules read; the user's own articles are left
     * alone). Returns what was done, empty when nothing was needed.
     */
    public static Optional<IngestReport> fillOrRefresh(Path storeFile, ArticleAnalyser analyser) {
        boolean empty;
        try (Store store = Store.open(storeFile)) {
            empty = store.read(new ArticleRepository()::count) == 0;
            if (!empty && !store.read(c -> new ArticleRepository().hasDemoOlderThan(c, analyser.version()))) {
                return Optional.empty();
            }
        }
        Path corpus = copyCorpus();
        try {
            IngestReport r = IngestImporter.ingest(storeFile, analyser, List.of(corpus), IngestSettings.defaults(),
                    IngestListener.silent(), () -> false);
            if (empty) {
                try (Store store = Store.open(storeFile)) {
                    store.inTransaction(c -> c.createStatement().executeUpdate("UPDATE articles SET demo = 1"));
                }
            }
            return Optional.of(r);
        } finally {
            try {
                Files.deleteIfExists(corpus);
            } catch (IOException e) {
                corpus.toFile().deleteOnExit();
            }
        }
    }

    /** The corpus travels inside the jar; the ingester reads files, so it is copied out for the run. */
    private static Path copyCorpus() {
        try (InputStream in = DemoStore.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("the demo corpus " + CORPUS + " is missing from the application");
            }
            Path tmp = Files.createTempFile("frontline-demo-", ".jsonl");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the demo corpus: " + e.getMessage(), e);
        }
    }
}
