package org.frontline.control;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The areas of one view at the date last asked for, kept so that the next date only rebuilds the
 * tiles whose places changed in between.
 *
 * <p>Thread safety: mutable and not thread-safe; {@link ControlAreas} confines it to its lock and
 * hands out only copies (snapshots).
 */
final class ViewState {
    private final InfluenceMap map;
    private final ViewTimelines timelines;
    private final TileCache cache;
    private long day;
    private final byte[] codes;
    private final TileAreas[] tiles;
    private final Geometry[] front;

    private ViewState(InfluenceMap map, ViewTimelines timelines, TileCache cache, long day) {
        this.map = map;
        this.timelines = timelines;
        this.cache = cache;
        this.day = day;
        this.codes = timelines.codesAt(day);
        this.tiles = new TileAreas[map.tileCount()];
        this.front = new Geometry[map.tileCount()];
        for (int t = 0; t < tiles.length; t++) {
            rebuildTile(t);
            rebuildFront(t);
        }
    }

    /** The state at a day, built tile by tile; with a null cache, from scratch without caching. */
    static ViewState at(InfluenceMap map, ViewTimelines timelines, TileCache cache, long day) {
        return new ViewState(map, timelines, cache, day);
    }

    long day() {
        return day;
    }

    byte[] codes() {
        return codes.clone();
    }

    TileAreas tile(int t) {
        return tiles[t];
    }

    Geometry front(int t) {
        return front[t];
    }

    /** Moves to another day, rebuilding only the tiles in which a place changed; returns how many. */
    int moveTo(long newDay) {
        boolean[] dirtyArea = new boolean[tiles.length];
        boolean[] dirtyFront = new boolean[tiles.length];
        for (int p : timelines.placesChangedBetween(day, newDay)) {
            byte now = timelines.timeline(p).codeAt(newDay);
            byte before = codes[p];
            if (now == before) {
                continue;
            }
            codes[p] = now;
            if (PlaceState.areaClass(now) != PlaceState.areaClass(before)) {
                dirtyArea[map.tileOf[p]] = true;
                for (int e : map.placeEdges[p]) {
                    dirtyFront[map.tileOf[map.edgeA[e]]] = true;
                }
            }
        }
        day = newDay;
        int rebuilt = 0;
        for (int t = 0; t < tiles.length; t++) {
            if (dirtyArea[t]) {
                rebuildTile(t);
                rebuilt++;
            }
            if (dirtyFront[t]) {
                rebuildFront(t);
            }
        }
        return rebuilt;
    }

    private void rebuildTile(int t) {
        int[] members = map.tilePlaces[t];
        byte[] kinds = new byte[members.length];
        for (int j = 0; j < members.length; j++) {
            AreaKind k = AreaKind.ofCode(codes[members[j]]);
            kinds[j] = (byte) (k == null ? -1 : k.ordinal());
        }
        if (cache == null) {
            tiles[t] = TileAreas.build(map, t, kinds, map.factory);
            return;
        }
        TileCache.Key key = new TileCache.Key(t, kinds);
        TileAreas cached = cache.get(key);
        if (cached == null) {
            cached = TileAreas.build(map, t, kinds, map.factory);
            cache.put(key, cached);
        }
        tiles[t] = cached;
    }

    /** Collects the tile's shared edges whose two places are held by different sides. */
    private void rebuildFront(int t) {
        List<Geometry> lines = new ArrayList<>();
        for (int e : map.tileEdges[t]) {
            PlaceState a = PlaceState.of(codes[map.edgeA[e]]);
            PlaceState b = PlaceState.of(codes[map.edgeB[e]]);
            if (a.holder() != null && b.holder() != null && a.holder() != b.holder()) {
                lines.addAll(ControlSnapshot.lines(map.edgeLines[e]));
            }
        }
        GeometryFactory gf = map.factory;
        front[t] = lines.isEmpty() ? null : gf.buildGeometry(lines);
    }
}
