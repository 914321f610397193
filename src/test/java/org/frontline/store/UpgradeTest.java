package org.frontline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores written by other versions: a version 1 store (made by hand from {@code V1.sql}, as the
 * first release wrote it) migrates with its articles, claims and user edits intact and in force; a
 * store of a newer version, a damaged store and a file that is no store are refused and left
 * byte for byte as they were.
 */
class UpgradeTest {
    @TempDir
    Path dir;

    private static String v1Script() throws Exception {
        try (InputStream in = Migrations.class.getResourceAsStream("V1.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A version 1 store: three articles with one claim each, and edits on two of the claims. */
    private Path writeV1Store() throws Exception {
        Path file = dir.resolve("version 1 store.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements(v1Script())) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = 1");
            for (int i = 1; i <= 3; i++) {
                String text = "Report " + i + ": forces captured Place" + i + ".";
                s.execute("INSERT INTO articles (id, content_hash, source, text, published, published_source,"
                        + " extractor_version, ingested_at) VALUES (" + i + ", 'h" + i + "', 'a" + i + ".txt', '" + text
                        + "', '2024-05-0" + i + "', 'flag', 1, '2024-05-10T00:00:00Z')");
                s.execute("INSERT INTO place_mentions (id, article_id, mention_key, text, start_offset, end_offset, role,"
                        + " resolution, confidence) VALUES (" + i + ", " + i + ", 'h" + i + ":27', 'Place" + i
                        + "', 27, 33, 'claim', 'unresolved', 0)");
                s.execute("INSERT INTO claims (article_id, mention_id, claim_key, place_text, type, side, claimant,"
                        + " claimant_kind, status, event_date, event_precision, quote, quote_start, quote_end, confidence)"
                        + " VALUES (" + i + ", " + i + ", 'h" + i + ":27:captured', 'Place" + i + "', 'captured', 'RU',"
                        + " 'Wire', 'outlet', 'asserted', '2024-05-0" + i + "', 'day', '" + text + "', 0, "
                        + text.length() + ", 0.8)");
            }
            s.execute("INSERT INTO user_edits (target_kind, target_key, field, old_value, new_value, created_at)"
                    + " VALUES ('claim', 'h1:27:captured', 'side', 'ru', 'ua', '2024-05-11T00:00:00Z')");
            s.execute("INSERT INTO user_edits (target_kind, target_key, field, old_value, new_value, created_at)"
                    + " VALUES ('claim', 'h2:27:captured', 'status', 'asserted', 'denied', '2024-05-11T00:00:01Z')");
            s.execute("INSERT INTO user_edits (target_kind, target_key, field, old_value, new_value, created_at)"
                    + " VALUES ('mention', 'h3:27', 'rejected', null, 'true', '2024-05-11T00:00:02Z')");
        }
        return file;
    }

    @Test
    void aVersion1StoreMigratesWithItsUserEditsIntactAndInForce() throws Exception {
        Path file = writeV1Store();
        try (Store store = Store.open(file)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(4, Migrations.LATEST, "this test was written for the steps from 1 to 4");
            assertEquals(3, store.read(new EditRepository()::active).size());
            Map<String, Claim> edited = store.read(new EditedClaims()::all).stream()
                    .collect(Collectors.toMap(Claim::key, k -> k));
            assertEquals(2, edited.size(), "the claim of the rejected mention is left out");
            assertEquals(Side.UA, edited.get("h1:27:captured").side());
            assertEquals(ClaimStatus.DENIED, edited.get("h2:27:captured").status());
            assertEquals(3, store.read(new ClaimRepository()::all).size(), "extracted rows are untouched");
            assertEquals(List.of(), store.read(new IngestRunRepository()::all), "the new table is there, empty");
            List<String> indexes = store.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'"
                        + " AND name IN ('articles_demo', 'claims_status', 'place_mentions_key', 'user_edits_undone')"
                        + " ORDER BY name")) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            });
            assertEquals(List.of("articles_demo", "claims_status", "user_edits_undone"), indexes,
                    "version 2 adds the mention key index, version 4 drops it again");
        }
        try (Store again = Store.open(file)) {
            assertEquals(Migrations.LATEST, again.schemaVersion());
            assertEquals(3, again.read(new EditRepository()::active).size());
        }
    }

    @Test
    void aStoreOfANewerVersionIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("INSERT INTO future VALUES (42)");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains(file.toString()),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the newer store was modified");
        assertFalse(Files.exists(Path.of(file + "-wal")), "a write-ahead log was left beside the newer store");
    }

    @Test
    void aDamagedStoreIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("damaged.db");
        byte[] garbage = new byte[8192];
        new java.util.Random(7).nextBytes(garbage);
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 16);
        Files.write(file, garbage);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("untouched"), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(file));
    }
}
