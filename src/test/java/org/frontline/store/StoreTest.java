package org.frontline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void newStoreIsAtLatestSchemaWithWalAndForeignKeys() throws Exception {
        Path file = dir.resolve("new folder/ströre.db");
        try (Store store = Store.open(file)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            try (Statement s = store.connection().createStatement()) {
                var rs = s.executeQuery("PRAGMA journal_mode");
                rs.next();
                assertEquals("wal", rs.getString(1));
                rs = s.executeQuery("PRAGMA foreign_keys");
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void cacheSizeIsSetPerConnection() {
        Path file = dir.resolve("cache.db");
        try (Store writer = Store.open(file); Store other = Store.open(file)) {
            int before = writer.cacheMegabytes();
            writer.setCacheMegabytes(96);
            assertEquals(96, writer.cacheMegabytes());
            assertEquals(before, other.cacheMegabytes());
            assertThrows(IllegalArgumentException.class, () -> writer.setCacheMegabytes(0));
        }
    }

    @Test
    void reopeningKeepsDataAndVersion() {
        Path file = dir.resolve("a.db");
        try (Store store = Store.open(file)) {
            store.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO meta VALUES ('k','v')"));
        }
        try (Store store = Store.open(file)) {
            String v = store.read(c -> {
                var rs = c.createStatement().executeQuery("SELECT value FROM meta WHERE key='k'");
                return rs.next() ? rs.getString(1) : null;
            });
            assertEquals("v", v);
        }
    }

    @Test
    void storeFromNewerVersionIsRefusedWithClearMessage() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Store store = Store.open(file)) {
            store.connection().createStatement().execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertTrue(e.getMessage().contains("newer Frontline"), e.getMessage());
    }

    @Test
    void nonSqliteFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.txt");
        byte[] content = "these are my notes, not a database\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertTrue(e.getMessage().contains("not a Frontline store"), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void failedTransactionStoresNothing() {
        Path file = dir.resolve("t.db");
        try (Store store = Store.open(file)) {
            assertThrows(StoreException.class, () -> store.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO meta VALUES ('a','1')");
                return c.createStatement().executeUpdate("INSERT INTO no_such_table VALUES (1)");
            }));
            int n = store.read(c -> {
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM meta");
                rs.next();
                return rs.getInt(1);
            });
            assertEquals(0, n);
        }
    }

    @Test
    void migrationScriptSplitsIntoStatements() {
        var parts = Migrations.statements("-- c\nCREATE TABLE a (x INTEGER, -- note\n y TEXT);\nCREATE INDEX i ON a (x);\n");
        assertEquals(2, parts.size());
        assertTrue(parts.get(0).startsWith("CREATE TABLE a"));
    }

    /** Two commands starting together race to delete a stale native library: no stack trace for that. */
    @Test
    void staleNativeLibraryRaceIsNotReportedButOtherLoaderErrorsAre() throws Exception {
        java.util.List<String> seen = new java.util.ArrayList<>();
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                seen.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try (Store store = Store.open(dir.resolve("s.db"))) {
            Store.NATIVE_LOADER_LOG.addHandler(catcher);
            // Logged through sqlite-jdbc's own logger, as its loader does (SLF4J, bound to java.util.logging).
            org.sqlite.util.Logger loader = org.sqlite.util.LoggerFactory.getLogger(org.sqlite.SQLiteJDBCLoader.class);
            loader.error("Failed to delete old native lib", new java.nio.file.NoSuchFileException("/tmp/sqlite-x-libsqlitejdbc.so"));
            loader.error("Failed to delete old native lib", new java.nio.file.AccessDeniedException("/tmp/sqlite-x-libsqlitejdbc.so"));
            loader.error("Could not load the native library", new IllegalStateException("test"));
        } finally {
            Store.NATIVE_LOADER_LOG.removeHandler(catcher);
        }
        assertEquals(java.util.List.of("Failed to delete old native lib", "Could not load the native library"), seen);
    }
}
