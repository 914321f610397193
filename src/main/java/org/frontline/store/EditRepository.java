package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The user's corrections in {@code user_edits}, with an undo and a redo stack. Undone edits stay in
 * the table (flag {@code undone}) until a new edit is made, which discards them, as editors do.
 * An alias edit also writes or removes its row in {@code aliases}, in the same transaction.
 *
 * <p>Stateless and thread-safe; run each method in one transaction ({@link Store#inTransaction}).
 */
public final class EditRepository {
    private static final String COLUMNS = "id, target_kind, target_key, field, old_value, new_value, undone";
    private final PlaceRepository places = new PlaceRepository();

    /** Stores a new edit, discarding the redo stack; returns it with its id. */
    public UserEdit record(Connection c, UserEdit edit) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM user_edits WHERE undone = 1")) {
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_edits (target_kind, target_key, field,"
                + " old_value, new_value, created_at, undone) VALUES (?,?,?,?,?,?,0)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, edit.target().code());
            ps.setString(2, edit.targetKey());
            ps.setString(3, edit.field().code());
            ps.setString(4, edit.oldValue());
            ps.setString(5, edit.newValue());
            ps.setString(6, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                UserEdit stored = new UserEdit(keys.getLong(1), edit.target(), edit.targetKey(), edit.field(),
                        edit.oldValue(), edit.newValue(), false);
                sideEffect(c, stored, true);
                return stored;
            }
        }
    }

    /** Edits in force, oldest first. */
    public List<UserEdit> active(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM user_edits WHERE undone = 0 ORDER BY id");
    }

    /** Undoes the latest edit in force; empty when there is none. */
    public Optional<UserEdit> undo(Connection c) throws SQLException {
        Optional<UserEdit> last = query(c, "SELECT " + COLUMNS + " FROM user_edits WHERE undone = 0"
                + " ORDER BY id DESC LIMIT 1").stream().findFirst();
        if (last.isPresent()) {
            setUndone(c, last.get().id(), true);
            sideEffect(c, last.get(), false);
        }
        return last;
    }

    /** Redoes the earliest undone edit; empty when there is none. */
    public Optional<UserEdit> redo(Connection c) throws SQLException {
        Optional<UserEdit> next = query(c, "SELECT " + COLUMNS + " FROM user_edits WHERE undone = 1"
                + " ORDER BY id LIMIT 1").stream().findFirst();
        if (next.isPresent()) {
            setUndone(c, next.get().id(), false);
            sideEffect(c, next.get(), true);
        }
        return next;
    }

    /** How many edits can be undone and redone: {undo, redo}. */
    public int[] depth(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sum(undone = 0), sum(undone = 1) FROM user_edits");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new int[] {rs.getInt(1), rs.getInt(2)} : new int[] {0, 0};
        }
    }

    private void sideEffect(Connection c, UserEdit e, boolean forward) throws SQLException {
        if (e.field() == UserEdit.Field.ALIAS) {
            long placeId = Long.parseLong(e.targetKey());
            if (forward) {
                places.addAlias(c, placeId, e.newValue(), null);
            } else {
                places.removeAlias(c, placeId, e.newValue());
            }
        }
    }

    private static void setUndone(Connection c, long id, boolean undone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE user_edits SET undone = ? WHERE id = ?")) {
            ps.setInt(1, undone ? 1 : 0);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static List<UserEdit> query(Connection c, String sql) throws SQLException {
        List<UserEdit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new UserEdit(rs.getLong(1), UserEdit.Target.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                        rs.getString(3), UserEdit.Field.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                        rs.getString(5), rs.getString(6), rs.getInt(7) == 1));
            }
        }
        return out;
    }
}
