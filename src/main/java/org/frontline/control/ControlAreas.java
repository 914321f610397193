package org.frontline.control;

import org.frontline.geo.MapProjection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Claimed control areas through time: turns a {@link ClaimHistory} into a {@link ControlSnapshot}
 * at any date, in any {@link ControlView}.
 *
 * <p>Use the static shortcut {@link #at(LocalDate, ControlView, ClaimHistory)} for one date with the
 * default rules; build an engine and keep it to move through dates, the way a date slider does:
 * <pre>
 * ControlAreas areas = new ControlAreas(history);
 * areas.setRules(ControlRules.DEFAULT.withStaleDays(21));
 * areas.setLandClip(LandClip.loadDefault(MapProjection.lcc()));
 * ControlSnapshot s = areas.at(date, ControlView.ALL);
 * </pre>
 * Setters configure the engine before its first {@code at}; afterwards they throw.
 *
 * <p>How it stays fast: the cells ({@link InfluenceMap}) are built once; each view's place timelines
 * are compiled once; each view keeps its last state and moves to a new date by visiting only the
 * places whose state changes in between (a binary search in a sorted change index), rebuilding only
 * the tiles that hold them, and reusing tile unions it has seen before from an LRU cache.
 *
 * <p>Thread safety: thread-safe; {@code at} is serialised on the engine (the background renderer is
 * the expected caller). Snapshots are immutable and may be read from any thread.
 */
public final class ControlAreas {
    /** Default tile side: 15 km, a handful to a dozen settlements: a date step rebuilds little. */
    public static final double DEFAULT_TILE_METRES = 15_000;

    private final ClaimHistory history;
    private ControlRules rules = ControlRules.DEFAULT;
    private RadiusRule radius = RadiusRule.DEFAULT;
    private LandClip clip = LandClip.NONE;
    private MapProjection projection = MapProjection.lcc();
    private Baseline baseline;
    private double tileMetres = DEFAULT_TILE_METRES;
    private long cachePoints = 2_000_000;

    private InfluenceMap map;
    private PlaceState[] baselineStates;
    private TileCache cache;
    private final EnumMap<ControlView, ViewTimelines> timelines = new EnumMap<>(ControlView.class);
    private final EnumMap<ControlView, ViewState> states = new EnumMap<>(ControlView.class);
    private int lastRebuiltTiles;

    public ControlAreas(ClaimHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    /** The areas at a date in a view, with the default rules, cells, shipped baseline and no clipping. */
    public static ControlSnapshot at(LocalDate date, ControlView view, ClaimHistory history) {
        return new ControlAreas(history).at(date, view);
    }

    public synchronized ControlAreas setRules(ControlRules value) {
        requireUnbuilt();
        rules = Objects.requireNonNull(value);
        return this;
    }

    public synchronized ControlAreas setRadiusRule(RadiusRule value) {
        requireUnbuilt();
        radius = Objects.requireNonNull(value);
        return this;
    }

    public synchronized ControlAreas setLandClip(LandClip value) {
        requireUnbuilt();
        clip = Objects.requireNonNull(value);
        return this;
    }

    /** Clips to one polygonal geometry in map metres. */
    public ControlAreas setLandClip(Geometry mapMetres) {
        return setLandClip(LandClip.of(mapMetres));
    }

    public synchronized ControlAreas setProjection(MapProjection value) {
        requireUnbuilt();
        projection = Objects.requireNonNull(value);
        return this;
    }

    /** The state before any claim; by default {@link Baseline#shipped()}. */
    public synchronized ControlAreas setBaseline(Baseline value) {
        requireUnbuilt();
        baseline = Objects.requireNonNull(value);
        return this;
    }

    public synchronized ControlAreas setTileMetres(double value) {
        requireUnbuilt();
        tileMetres = value;
        return this;
    }

    /** How many coordinates of tile unions the cache may keep (about 50 bytes each). */
    public synchronized ControlAreas setCachePoints(long value) {
        requireUnbuilt();
        cachePoints = value;
        return this;
    }

    /** The areas at a date in a view, moving this view's kept state there incrementally. */
    public synchronized ControlSnapshot at(LocalDate date, ControlView view) {
        build();
        long day = date.toEpochDay();
        ViewState state = states.get(view);
        if (state == null) {
            state = ViewState.at(map, timelines(view), cache, day);
            states.put(view, state);
            lastRebuiltTiles = map.tileCount();
        } else {
            lastRebuiltTiles = state.moveTo(day);
        }
        return snapshot(state, date, view);
    }

    /** The areas computed from nothing, bypassing kept state and cache: the reference for tests. */
    public synchronized ControlSnapshot fromScratch(LocalDate date, ControlView view) {
        build();
        return snapshot(ViewState.at(map, timelines(view), null, date.toEpochDay()), date, view);
    }

    /** The dates on which something changes in this view, oldest first: the slider's stops. */
    public synchronized List<LocalDate> changeDates(ControlView view) {
        build();
        List<LocalDate> out = new ArrayList<>();
        for (int d : timelines(view).changeDays()) {
            out.add(LocalDate.ofEpochDay(d));
        }
        return out;
    }

    public ClaimHistory history() {
        return history;
    }

    public synchronized MapProjection projection() {
        return projection;
    }

    /** Cache figures for diagnostics: entries, coordinates kept, hits, misses, tiles rebuilt by the last call. */
    public synchronized String cacheReport() {
        build();
        return String.format("%d tiles, %d tile unions cached (%d coordinates, ~%.1f MB), %d hits, %d misses,"
                + " last call rebuilt %d tiles", map.tileCount(), cache.size(), cache.points(),
                cache.points() * 56 / 1e6, cache.hits(), cache.misses(), lastRebuiltTiles);
    }

    synchronized int lastRebuiltTiles() {
        return lastRebuiltTiles;
    }

    private ViewTimelines timelines(ControlView view) {
        return timelines.computeIfAbsent(view, v -> ViewTimelines.build(history, v, baselineStates, rules));
    }

    private void build() {
        if (map != null) {
            return;
        }
        if (baseline == null) {
            baseline = Baseline.shipped();
        }
        baselineStates = baseline.statesOf(history.places());
        map = InfluenceMap.build(history.places(), projection, radius, clip, tileMetres);
        cache = new TileCache(cachePoints);
    }

    private void requireUnbuilt() {
        if (map != null) {
            throw new IllegalStateException("configure the engine before its first use");
        }
    }

    private ControlSnapshot snapshot(ViewState state, LocalDate date, ControlView view) {
        EnumMap<AreaKind, List<Geometry>> pieces = new EnumMap<>(AreaKind.class);
        EnumMap<AreaKind, Double> areas = new EnumMap<>(AreaKind.class);
        for (AreaKind k : AreaKind.values()) {
            List<Geometry> list = new ArrayList<>();
            double sum = 0;
            for (int t = 0; t < map.tileCount(); t++) {
                TileAreas tile = state.tile(t);
                Geometry g = tile.pieces()[k.ordinal()];
                if (g != null) {
                    list.add(g);
                    sum += tile.areasM2()[k.ordinal()];
                }
            }
            pieces.put(k, List.copyOf(list));
            areas.put(k, sum);
        }
        List<Geometry> front = new ArrayList<>();
        for (int t = 0; t < map.tileCount(); t++) {
            if (state.front(t) != null) {
                front.add(state.front(t));
            }
        }
        return new ControlSnapshot(date, view, history.places(), state.codes(), pieces, areas, List.copyOf(front),
                projection, map.factory);
    }
}
