package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.frontline.ingest.LineClaimAnalyser;
import org.frontline.ingest.PlaceDirectory;
import org.frontline.model.Article;
import org.frontline.store.ArticleRepository;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    private static final Services SERVICES = new Services(new LineClaimAnalyser(1), PlaceDirectory.empty());

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private String db() {
        return dir.resolve("cli store.db").toString();
    }

    @Test
    void allStoredExitsZeroWithASummary() throws Exception {
        Path f = file("in dir/один.txt", "Made-up text.\nCLAIM Alphaville captured RU\n");
        CommandRun run = CommandRun.of(SERVICES, "ingest", "--db", db(), "--published", "2024-03-01", "--threads", "2",
                f.getParent().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("1 new, 0 unchanged, 0 re-extracted, 0 failed; 1 claims"), run.out());
        assertEquals("", run.err(), "no progress line when stderr is no terminal");
        CommandRun again = CommandRun.of(SERVICES, "ingest", "--db", db(), f.toString());
        assertEquals(0, again.exit());
        assertTrue(again.out().startsWith("0 new, 1 unchanged"), again.out());
        try (Store s = Store.open(Path.of(db()))) {
            Article a = s.read(new ArticleRepository()::all).get(0);
            assertEquals(LocalDate.of(2024, 3, 1), a.published());
        }
    }

    @Test
    void someFailedExitsOneAndNamesTheFileAndReason() throws Exception {
        file("in/good.txt", "Made-up text.");
        Path bad = file("in/empty.txt", "   ");
        CommandRun run = CommandRun.of(SERVICES, "ingest", "--db", db(), "--published", "2024-03-01",
                dir.resolve("in").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(bad + ": failed: empty or whitespace-only text"), run.err());
        assertTrue(run.out().startsWith("1 new"), run.out());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path f = file("a.txt", "Made-up text.");
        CommandRun badDate = CommandRun.of(SERVICES, "ingest", "--db", db(), "--published", "2025-02-30", f.toString());
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("2025-02-30"), badDate.err());
        CommandRun missing = CommandRun.of(SERVICES, "ingest", "--db", db(), dir.resolve("nowhere.txt").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nowhere.txt: no such file or folder"), missing.err());
        assertEquals(2, CommandRun.of(SERVICES, "ingest", "--db", db()).exit());
        assertEquals(2, CommandRun.of(SERVICES, "ingest", "--db", db(), "--manifest", "none.tsv", f.toString()).exit());
        Path badManifest = file("m.tsv", "name\tdate\n");
        CommandRun wrongColumns = CommandRun.of(SERVICES, "ingest", "--db", db(), "--manifest", badManifest.toString(),
                f.toString());
        assertEquals(2, wrongColumns.exit());
        assertTrue(wrongColumns.err().contains("'file' and 'published'"), wrongColumns.err());
        assertFalse(Files.exists(Path.of(db())) && storedCount() > 0, "nothing stored on usage errors");
    }

    @Test
    void progressFlagDrawsAProgressLine() throws Exception {
        Path f = file("a.txt", "Made-up text.");
        CommandRun run = CommandRun.of(SERVICES, "ingest", "--db", db(), "--progress", "--published", "2024-01-01",
                f.toString());
        assertEquals(0, run.exit());
        assertTrue(run.err().contains("1 articles") && run.err().contains("100% read"), run.err());
    }

    @Test
    void unwiredServicesStoreArticlesWithoutClaims() throws Exception {
        Path f = file("a.txt", "Made-up text.\nCLAIM Alphaville captured RU\n");
        CommandRun run = CommandRun.of("ingest", "--db", db(), "--published", "2024-01-01", f.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1 new") && run.out().contains("0 claims"), run.out());
        CommandRun wired = CommandRun.of(SERVICES, "ingest", "--db", db(), f.toString());
        assertTrue(wired.out().contains("1 re-extracted") && wired.out().contains("1 claims"), wired.out());
    }

    private int storedCount() {
        try (Store s = Store.open(Path.of(db()))) {
            return s.read(new ArticleRepository()::count);
        }
    }
}
