package org.frontline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontline.ingest.Analysis;
import org.frontline.ingest.ArticleAnalyser;
import org.frontline.ingest.ArticleInput;
import org.frontline.ingest.IngestListener;
import org.frontline.ingest.IngestReport;
import org.frontline.ingest.IngestSettings;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default store's demo content: filled once, re-extracted after an extractor upgrade, user articles untouched. */
class DemoStoreTest {
    @TempDir
    Path dir;

    /** The real extractor, claiming to be one version older. */
    private static ArticleAnalyser olderThan(ArticleAnalyser real) {
        return new ArticleAnalyser() {
            @Override
            public Analysis analyse(ArticleInput in) {
                return real.analyse(in);
            }

            @Override
            public int version() {
                return real.version() - 1;
            }
        };
    }

    private static long count(Path db, String sql) {
        try (Store store = Store.open(db)) {
            return store.read(c -> {
                try (var rs = c.createStatement().executeQuery(sql)) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void demoArticlesAreReExtractedAfterAnUpgradeAndTheUsersOwnAreLeftAlone() throws Exception {
        ArticleAnalyser current = new Wiring().analyser();
        ArticleAnalyser older = olderThan(current);
        Path db = dir.resolve("default.db");
        IngestReport first = DemoStore.fillOrRefresh(db, older).orElseThrow();
        long demo = first.totals().added();
        assertTrue(demo >= 80, demo + " demo articles");
        Path mine = dir.resolve("mine.txt");
        Files.writeString(mine, "Our own note: fighting was reported near Bakhmut on Monday, the regional governor said.");
        IngestImporter.ingest(db, older, List.of(mine), IngestSettings.defaults(), IngestListener.silent(), () -> false);
        assertTrue(DemoStore.fillOrRefresh(db, older).isEmpty(), "nothing to do while the extractor is the same");

        IngestReport refreshed = DemoStore.fillOrRefresh(db, current).orElseThrow();
        assertEquals(demo, refreshed.totals().reextracted(), "every demo article read again by the new extractor");
        assertEquals(0, count(db, "SELECT count(*) FROM articles WHERE demo = 1 AND extractor_version < " + current.version()));
        assertEquals(demo, count(db, "SELECT count(*) FROM articles WHERE demo = 1"), "the demo label stays");
        assertEquals(1, count(db, "SELECT count(*) FROM articles WHERE demo = 0 AND extractor_version = " + older.version()),
                "the user's article is neither re-extracted nor labelled demo");
        assertTrue(DemoStore.fillOrRefresh(db, current).isEmpty(), "and only once");
    }
}
