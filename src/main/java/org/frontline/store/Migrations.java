package org.frontline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema versions of the store and how to move a store from one to the next.
 *
 * <p>Version {@code n} is the script {@code Vn.sql} beside this class. The version a store is at
 * lives in SQLite's {@code user_version}. Scripts run in one transaction each, so a store is
 * always at a whole version.
 */
final class Migrations {
    /** The newest schema this build knows. */
    static final int LATEST = 4;

    private Migrations() {
    }

    static int versionOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Refuses a store written by a newer version; reads only, so the refused file is left as it was. */
    static int refuseNewer(Connection c, String where) throws SQLException {
        int current = versionOf(c);
        if (current > LATEST) {
            throw new StoreException(where + ": this store was written by a newer Frontline (schema version "
                    + current + "; this version reads up to " + LATEST + "). Upgrade Frontline to open it;"
                    + " the store was left untouched.");
        }
        return current;
    }

    /** Brings the store up to {@link #LATEST}; refuses a store written by a newer version. */
    static void apply(Connection c, String where) throws SQLException {
        int current = refuseNewer(c, where);
        for (int v = current + 1; v <= LATEST; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (versionOf(c) >= v) {
                    c.commit(); // another process migrated the store while this one waited for the lock
                    continue;
                }
                for (String sql : statements(script(v))) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + v);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String script(int version) {
        String name = "V" + version + ".sql";
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a script on semicolons that end a line, dropping comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            int comment = line.indexOf(" --");
            current.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
            if (trimmed.endsWith(";") || (comment >= 0 && line.substring(0, comment).strip().endsWith(";"))) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
