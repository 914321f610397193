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

    /** Fills {@code storeFile} with the demo corpus when it holds no article yet; returns what was done. */
    public static Optional<IngestReport> fillIfEmpty(Path storeFile, ArticleAnalyser analyser) {
        try (Store store = Store.open(storeFile)) {
            if (store.read(new ArticleRepository()::count) > 0) {
                return Optional.empty();
            }
        }
        Path corpus = copyCorpus();
        try {
            IngestReport r = IngestImporter.ingest(storeFile, analyser, List.of(corpus), IngestSettings.defaults(),
                    IngestListener.silent(), () -> false);
            try (Store store = Store.open(storeFile)) {
                store.inTransaction(c -> c.createStatement().executeUpdate("UPDATE articles SET demo = 1"));
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
