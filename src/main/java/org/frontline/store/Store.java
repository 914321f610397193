package org.frontline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;

/**
 * An open Frontline store: one SQLite file with the schema of {@link Migrations}.
 *
 * <p>Opening checks that the file is a SQLite database before SQLite touches it (a stray file given
 * as {@code --db} is refused unmodified), switches on foreign keys and write-ahead logging, sets a
 * busy timeout so that a viewer and a command-line ingest can share the file, and migrates the
 * schema, refusing a store written by a newer version.
 *
 * <p>Several {@code Store}s, in one process or several, may write the same file at once:
 * transactions begin {@code IMMEDIATE}, so a writer waits (up to the busy timeout) for the other to
 * commit instead of failing, and readers keep reading the last committed state meanwhile (WAL).
 *
 * <p>Thread safety: a {@code Store} holds one JDBC connection and is not thread-safe; give each
 * thread its own {@code Store} on the same file. Write through {@link #inTransaction}.
 */
public final class Store implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * sqlite-jdbc, when it loads, deletes the native libraries that ended processes left in the
     * temporary folder. Two Frontline commands that start together race for the same stale file, and
     * the loser logs a stack trace for a file that is already gone, though nothing failed
     * (xerial/sqlite-jdbc#1088). Only that message is dropped; held here because the logging
     * framework keeps its loggers by weak reference.
     */
    static final java.util.logging.Logger NATIVE_LOADER_LOG = quietStaleLibraryRace();

    private static java.util.logging.Logger quietStaleLibraryRace() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.sqlite.SQLiteJDBCLoader");
        log.setFilter(r -> !(r.getMessage() != null && r.getMessage().startsWith("Failed to delete old native lib")
                && r.getThrown() instanceof java.nio.file.NoSuchFileException));
        return log;
    }

    private final Path file;
    private final Connection connection;

    private Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if absent) the store at {@code file} and migrates it to the latest schema. */
    public static Store open(Path file) {
        Objects.requireNonNull(file, "file");
        checkIsSqliteOrAbsent(file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Properties props = new Properties();
            props.setProperty("foreign_keys", "true");
            props.setProperty("busy_timeout", "10000");
            // Write transactions take the write lock when they begin. A deferred transaction that
            // reads first (is this article stored?) and then writes cannot wait for another writer:
            // SQLite fails its upgrade at once with SQLITE_BUSY, whatever the busy timeout.
            props.setProperty("transaction_mode", "IMMEDIATE");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
            try {
                // Before anything that writes (the switch to WAL rewrites the header): a newer or
                // damaged store must be left exactly as it was.
                Migrations.refuseNewer(c, file.toString());
                switchToWal(c);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA synchronous = NORMAL");
                    s.execute("PRAGMA foreign_keys = ON");
                }
                Migrations.apply(c, file.toString());
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new Store(file, c);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("SQLITE_NOTADB")) {
                throw new StoreException(file + ": is damaged or not a Frontline store (SQLite cannot read it);"
                        + " it was left untouched", e);
            }
            throw new StoreException(file + ": cannot open the store: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create its folder: " + e.getMessage(), e);
        }
    }

    /**
     * Switches to write-ahead logging. Processes that create the same new store at once can collide
     * here (one deletes the rollback journal another is deleting: SQLITE_IOERR_DELETE_NOENT, or
     * SQLITE_BUSY), so a transient failure is retried a few times before it is reported.
     */
    private static void switchToWal(Connection c) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLException e) {
                String m = String.valueOf(e.getMessage());
                boolean transient_ = m.contains("SQLITE_IOERR") || m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED");
                if (!transient_ || attempt == 8) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void checkIsSqliteOrAbsent(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": is a folder, not a store file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return; // an empty file becomes a new store
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(file + ": is not a Frontline store (not a SQLite database); it was left untouched");
            }
        } catch (NoSuchFileException gone) {
            // gone between the two looks: absent, as for a store another process is creating at this moment
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read it: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The underlying connection, for the repositories of this package and its tests. */
    public Connection connection() {
        return connection;
    }

    /** The schema version the store is at. */
    public int schemaVersion() {
        try {
            return Migrations.versionOf(connection);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * How many megabytes of database pages this connection keeps in memory (SQLite's
     * {@code cache_size}; 2 MB unless set). Native memory, taken only as pages are read.
     */
    public int cacheMegabytes() {
        return read(c -> {
            try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                rs.next();
                long v = rs.getLong(1); // negative: kibibytes; positive: pages
                return (int) (v < 0 ? -v / 1024 : v * pageSize(c) / (1024 * 1024));
            }
        });
    }

    /**
     * Sets how many megabytes of pages this connection keeps in memory. A bulk writer wants many:
     * every claim updates four indexes at scattered places (claim key, event date, place), and
     * with the default 2 MB each insert into a store of some size reads and writes pages again.
     */
    public void setCacheMegabytes(int megabytes) {
        if (megabytes < 1) {
            throw new IllegalArgumentException("cache size must be at least 1 MB: " + megabytes);
        }
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -" + megabytes * 1024L);
            }
            return null;
        });
    }

    private static long pageSize(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A unit of work run inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
    public <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    /** Runs a read outside any explicit transaction. */
    public <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot close: " + e.getMessage(), e);
        }
    }
}
