package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;

/**
 * Places and aliases the user added to the store ({@code places}, {@code aliases}); the shipped
 * gazetteer lives in files. User place ids start at {@link #USER_ID_BASE} so that they never meet
 * GeoNames ids. Stateless and thread-safe; the connection is not.
 */
public final class PlaceRepository {
    /** First id of places the user adds, far above GeoNames ids. */
    public static final long USER_ID_BASE = 9_000_000_000L;

    /** Stores a place placed by hand (source {@code user}) and returns it with its new id. */
    public Place addUserPlace(Connection c, String name, double lat, double lon, String country) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT max(id) FROM places");
             ResultSet rs = ps.executeQuery()) {
            id = Math.max(USER_ID_BASE, rs.next() ? rs.getLong(1) : 0) + 1;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO places (id, name, lat, lon, country,"
                + " feature_code, source, precision_m, added_at) VALUES (?,?,?,?,?,'PPL','user',500,?)")) {
            ps.setLong(1, id);
            ps.setString(2, name);
            ps.setDouble(3, lat);
            ps.setDouble(4, lon);
            ps.setString(5, country == null ? "" : country);
            ps.setString(6, Instant.now().toString());
            ps.executeUpdate();
        }
        return new Place(id, name, lat, lon, country, "", "", "PPL", 0, "user", 500);
    }

    /** Every place of the store (imported or placed by hand). */
    public List<Place> all(Connection c) throws SQLException {
        List<Place> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, lat, lon, country, admin1, admin2,"
                + " feature_code, population, source, precision_m FROM places ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Place(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10),
                        rs.getInt(11)));
            }
        }
        return out;
    }

    /** Adds an alias; nothing happens when the place already has it. */
    public void addAlias(Connection c, long placeId, String name, String lang) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO aliases (place_id, name, lang, source,"
                + " added_at) VALUES (?,?,?,'user',?)")) {
            ps.setLong(1, placeId);
            ps.setString(2, name);
            ps.setString(3, lang);
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    public void removeAlias(Connection c, long placeId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM aliases WHERE place_id = ? AND name = ?")) {
            ps.setLong(1, placeId);
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    /** Alias names by place id. */
    public Map<Long, List<String>> aliases(Connection c) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT place_id, name FROM aliases ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }
}
