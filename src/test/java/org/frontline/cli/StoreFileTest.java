package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frontline.ingest.LineClaimAnalyser;
import org.frontline.ingest.PlaceDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code --db} and the other paths of the command line accept: a damaged store, a file that
 * is no store and a store of a newer version are refused with a non-zero exit, a message naming the
 * file and the file left byte for byte as it was; paths with spaces, Cyrillic and CJK work for
 * ingest, the store and export.
 */
class StoreFileTest {
    private static final Services SERVICES = new Services(new LineClaimAnalyser(1), PlaceDirectory.empty());

    @TempDir
    Path dir;

    private void assertRefusedUntouched(Path db, byte[] content, String reason) throws Exception {
        Files.write(db, content);
        Path article = Files.writeString(dir.resolve("a.txt"), "Made-up.\nCLAIM Alphaville captured RU\n");
        for (List<String> args : List.of(List.of("ingest", "--db", db.toString(), "--published", "2024-01-01",
                article.toString()), List.of("claims", "--db", db.toString()), List.of("export", "--db", db.toString(),
                "--date", "2024-03-01", "--out", dir.resolve("out.geojson").toString()))) {
            CommandRun run = CommandRun.of(SERVICES, args.toArray(String[]::new));
            assertNotEquals(0, run.exit(), args + ": " + run.err());
            assertTrue(run.err().contains(db.toString()) && run.err().contains(reason), args + ": " + run.err());
            assertTrue(run.err().contains("untouched"), run.err());
            assertArrayEquals(content, Files.readAllBytes(db), args + " modified " + db);
            assertEquals(Set.of(db.getFileName().toString(), "a.txt"), names(dir), args + " left files behind");
        }
    }

    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void aNonSqliteFileGivenAsDbIsRefusedAndLeftUntouched() throws Exception {
        assertRefusedUntouched(dir.resolve("my notes.txt"),
                "Meeting notes, not a database.\n".getBytes(StandardCharsets.UTF_8), "not a Frontline store");
    }

    @Test
    void aDamagedStoreGivenAsDbIsRefusedAndLeftUntouched() throws Exception {
        byte[] garbage = new byte[16384];
        new Random(11).nextBytes(garbage);
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 16);
        assertRefusedUntouched(dir.resolve("damaged.db"), garbage, "damaged");
    }

    @Test
    void pathsWithSpacesCyrillicAndCjkWorkForIngestStoreAndExport() throws Exception {
        Path folder = dir.resolve("статті 記事 with spaces");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("звіт 一.txt"), "Made-up.\nCLAIM Alphaville captured RU\n");
        Files.writeString(folder.resolve("отчёт 二.jsonl"), "{\"text\":\"Made-up row.\\nCLAIM Betatown retaken UA\"}\n");
        Path db = dir.resolve("сховище 数据/my store.db");
        CommandRun ingest = CommandRun.of(SERVICES, "ingest", "--db", db.toString(), "--published", "2024-03-01",
                folder.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().startsWith("2 new"), ingest.out());
        Path outDir = Files.createDirectories(dir.resolve("вихід 出口"));
        for (String name : List.of("заявки 主张.geojson", "заявки 主张.csv", "заявки 主张.gpkg")) {
            CommandRun export = CommandRun.of(SERVICES, "export", "--db", db.toString(), "--date", "2024-03-01",
                    "--what", "claims", "--out", outDir.resolve(name).toString());
            assertEquals(0, export.exit(), name + ": " + export.err());
            assertTrue(Files.size(outDir.resolve(name)) > 0, name);
        }
        assertEquals(Set.of("заявки 主张.geojson", "заявки 主张.csv", "заявки 主张.gpkg"), names(outDir),
                "no temporary file is left");
    }
}
