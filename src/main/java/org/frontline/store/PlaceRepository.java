package org.frontline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.frontline.model.Place;

/**
 * The places and aliases the user imported or added ({@code places} and {@code aliases} tables).
 * Shipped gazetteer files are not stored here, so imports survive upgrades of the shipped data.
 *
 * <p>Thread safety: as its {@link Store}, confined to one thread.
 */
public final class PlaceRepository {
    /** A stored alias: another name for {@code placeId}. */
    public record StoredAlias(long placeId, String name, String lang, String source) {
    }

    private final Store store;

    public PlaceRepository(Store store) {
        this.store = store;
    }

    /** Stores places (replacing those with the same id) and aliases (ignoring repeats) in one transaction. */
    public void saveAll(Collection<Place> places, Collection<StoredAlias> aliases) {
        String now = Instant.now().toString();
        store.inTransaction(c -> {
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
            return null;
        });
    }

    public List<Place> loadAll() {
        return store.read(c -> {
            List<Place> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, lat, lon, country, admin1, admin2, feature_code,"
                    + " population, source, precision_m FROM places ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Place(r.getLong(1), r.getString(2), r.getDouble(3), r.getDouble(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getLong(9), r.getString(10), r.getInt(11)));
                }
            }
            return out;
        });
    }

    public List<StoredAlias> aliases() {
        return store.read(c -> {
            List<StoredAlias> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT place_id, name, lang, source FROM aliases ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new StoredAlias(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
            return out;
        });
    }
}
