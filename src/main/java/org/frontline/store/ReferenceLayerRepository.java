package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the reference and baseline layers the user imported ({@code reference_layers}):
 * a polygon as GeoJSON (WGS84), with the date it shows and, for a baseline, the side holding it.
 * Stateless and thread-safe; the connection is not.
 */
public final class ReferenceLayerRepository {
    /**
     * One stored layer.
     *
     * @param validOn the date the layer shows, or null when unknown
     * @param side    RU or UA for a baseline layer, or null for a plain reference layer
     * @param geojson the geometry as GeoJSON in WGS84 (lon, lat)
     */
    public record Layer(long id, String name, LocalDate validOn, String side, String geojson, String addedAt) {
        public Layer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(geojson, "geojson");
        }
    }

    /** Stores a layer and returns its id. */
    public long insert(Connection c, String name, LocalDate validOn, String side, String geojson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reference_layers (name, valid_on, side, geojson,"
                + " added_at) VALUES (?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, validOn == null ? null : validOn.toString());
            ps.setString(3, side);
            ps.setString(4, geojson);
            ps.setString(5, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Every layer, oldest import first. */
    public List<Layer> all(Connection c) throws SQLException {
        List<Layer> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, valid_on, side, geojson, added_at FROM reference_layers ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String on = rs.getString(3);
                out.add(new Layer(rs.getLong(1), rs.getString(2), on == null ? null : LocalDate.parse(on),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }

    /** Deletes a layer; returns whether it existed. */
    public boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM reference_layers WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }
}
