package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of ingest runs in {@code ingest_runs} (schema version 2). A run is recorded when it
 * starts and completed when it ends; a run whose process was killed keeps {@code finished_at}
 * empty, which is how an interrupted run shows. Stateless; the connection is not thread-safe.
 */
public final class IngestRunRepository {
    /** One recorded run; {@code finishedAt} is null for a run that did not end. */
    public record Run(long id, String startedAt, String finishedAt, String inputs, long added, long unchanged,
                      long failed, boolean cancelled) {
        public boolean interrupted() {
            return finishedAt == null;
        }
    }

    /** Records the start of a run; returns its id. */
    public long start(Connection c, List<String> inputs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_runs (started_at, inputs) VALUES (?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, Instant.now().toString());
            ps.setString(2, String.join("\n", inputs));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Records the end of run {@code id} with its counts. */
    public void finish(Connection c, long id, long added, long unchanged, long failed, boolean cancelled)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ingest_runs SET finished_at = ?, added = ?,"
                + " unchanged = ?, failed = ?, cancelled = ? WHERE id = ?")) {
            ps.setString(1, Instant.now().toString());
            ps.setLong(2, added);
            ps.setLong(3, unchanged);
            ps.setLong(4, failed);
            ps.setInt(5, cancelled ? 1 : 0);
            ps.setLong(6, id);
            ps.executeUpdate();
        }
    }

    /** Every run, oldest first. */
    public List<Run> all(Connection c) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, started_at, finished_at, inputs, added, unchanged,"
                + " failed, cancelled FROM ingest_runs ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getInt(8) != 0));
            }
        }
        return out;
    }
}
