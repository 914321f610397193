package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one unit of work on one connection, each prepared once and reused:
 * the ingest writer stores a batch of articles (an article row, its mentions, its claims) through
 * one instance per transaction instead of preparing every statement for every article, which made
 * the single writer the ceiling of ingest. Closing it closes the statements, not the connection.
 *
 * <p>Thread safety: none, like the connection it wraps; use it on the connection's thread and
 * close it before the connection.
 */
public final class PreparedStatements implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    public PreparedStatements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared on first use; its parameters are left as the last use set them. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /**
     * Runs an {@code INSERT ... RETURNING id} statement and answers the new row's id. One step of
     * one statement: {@code executeUpdate} followed by {@code SELECT last_insert_rowid()} cost two,
     * and the driver's {@code executeUpdate} prepares a third statement of its own for
     * {@code getGeneratedKeys} on every insert.
     */
    static long insertReturningId(PreparedStatement insert) throws SQLException {
        try (ResultSet rs = insert.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the insert returned no id");
            }
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }
}
