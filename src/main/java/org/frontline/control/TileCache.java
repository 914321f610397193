package org.frontline.control;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-tile area unions already computed, keyed by the tile and the area kinds of its places, so that
 * returning to a tile state seen before (sliding back, switching views, revisiting a date) costs a
 * lookup. Least recently used entries are dropped beyond a budget of stored coordinates.
 *
 * <p>Thread safety: not thread-safe; {@link ControlAreas} confines it to its lock.
 */
final class TileCache {
    /** A tile in one arrangement of area kinds. */
    record Key(int tile, byte[] kinds) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.tile == tile && Arrays.equals(k.kinds, kinds);
        }

        @Override
        public int hashCode() {
            return 31 * tile + Arrays.hashCode(kinds);
        }
    }

    private final long budgetPoints;
    private final LinkedHashMap<Key, TileAreas> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long points;
    private long hits;
    private long misses;

    TileCache(long budgetPoints) {
        this.budgetPoints = budgetPoints;
    }

    TileAreas get(Key key) {
        TileAreas t = entries.get(key);
        if (t == null) {
            misses++;
        } else {
            hits++;
        }
        return t;
    }

    void put(Key key, TileAreas areas) {
        TileAreas old = entries.put(key, areas);
        points += areas.points() - (old == null ? 0 : old.points());
        Iterator<Map.Entry<Key, TileAreas>> it = entries.entrySet().iterator();
        while (points > budgetPoints && it.hasNext()) {
            Map.Entry<Key, TileAreas> eldest = it.next();
            if (eldest.getKey().equals(key)) {
                break;
            }
            points -= eldest.getValue().points();
            it.remove();
        }
    }

    long points() {
        return points;
    }

    int size() {
        return entries.size();
    }

    long hits() {
        return hits;
    }

    long misses() {
        return misses;
    }
}
