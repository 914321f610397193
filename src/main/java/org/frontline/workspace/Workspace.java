package org.frontline.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.frontline.geo.MapProjection;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.model.Claim;
import org.frontline.model.Place;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimMark;
import org.frontline.render.Decorations;
import org.frontline.render.LayerStack;
import org.frontline.render.MapScene;
import org.frontline.render.UnresolvedMark;
import org.frontline.render.ViewState;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * What the viewer and the exporter work on: one store file, the basemap, the gazetteer and the
 * control areas, and the scene of any view drawn from them. Viewer and headless export build their
 * scenes here, so they show the same thing.
 *
 * <p>Thread safety: {@link #sceneFor} may be called from any thread; store reads are serialised on
 * the workspace's own read connection. Display settings are immutable values swapped atomically.
 */
public final class Workspace implements AutoCloseable {
    /** Claims of the last 30 days are drawn as symbols unless a display setting says otherwise. */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    private final Path storeFile;
    private final Basemap basemap;
    private final Gazetteer gazetteer;
    private final AreaSource areas;
    private final SettlementLayer settlements;
    private final ClaimRepository claims = new ClaimRepository();
    private volatile DisplaySettings display = DisplaySettings.defaults();
    private Store readStore;

    public Workspace(Path storeFile, Basemap basemap, Gazetteer gazetteer, AreaSource areas) {
        this.storeFile = Objects.requireNonNull(storeFile);
        this.basemap = Objects.requireNonNull(basemap);
        this.gazetteer = Objects.requireNonNull(gazetteer);
        this.areas = Objects.requireNonNull(areas);
        this.settlements = new SettlementLayer(gazetteer.places());
    }

    public Path storeFile() {
        return storeFile;
    }

    public Basemap basemap() {
        return basemap;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Places by id (the store-extended gazetteer's), for exports and lists. Thread-safe. */
    public java.util.function.LongFunction<Optional<Place>> places() {
        return gazetteer::byId;
    }

    public DisplaySettings display() {
        return display;
    }

    public void setDisplay(DisplaySettings settings) {
        this.display = Objects.requireNonNull(settings);
    }

    /** Runs a read on the workspace's own connection, opened on first use. */
    public synchronized <T> T read(Store.Work<T> work) {
        if (readStore == null) {
            readStore = Store.open(storeFile);
        }
        return readStore.read(work);
    }

    /** The first and last claim dates of the store, or empty when it has no dated claim. */
    public Optional<LocalDate[]> dateRange() {
        return read(claims::dateRange);
    }

    /** The extent the "fit all" key shows: Ukraine. */
    public Envelope homeExtent() {
        Envelope e = new Envelope();
        basemap.countries().stream().filter(i -> "UA".equals(i.country()))
                .forEach(i -> e.expandToInclude(i.full().getEnvelopeInternal()));
        return e.isNull() ? basemap.extent() : e;
    }

    /** Everything to draw for a view, with the current display settings. */
    public MapScene sceneFor(ViewState view) {
        DisplaySettings d = display;
        LocalDate date = view.date();
        List<ClaimMark> marks = date == null ? List.of() : claimMarks(date, d);
        return new MapScene(basemap, date == null ? null : areas.at(date, view.view()), List.of(), marks,
                settlements.marks(), unresolved(), d.layers(), Decorations.screen(d.banner()));
    }

    /** Symbols for the resolved claims of the time window ending at {@code date}. */
    private List<ClaimMark> claimMarks(LocalDate date, DisplaySettings d) {
        LocalDate from = date.minusDays(Math.max(0, d.windowDays() - 1));
        List<Claim> window = read(c -> claims.between(c, from, date));
        MapProjection p = MapProjection.lcc();
        List<ClaimMark> out = new ArrayList<>(window.size());
        double span = Math.max(1, d.windowDays());
        for (Claim k : window) {
            Optional<Place> place = k.placeId() == null ? Optional.empty() : gazetteer.byId(k.placeId());
            if (place.isEmpty() || !d.filter().test(k)) {
                continue;
            }
            Coordinate c = p.project(place.get().lon(), place.get().lat());
            double age = ChronoUnit.DAYS.between(k.eventDate().date(), date) / span;
            out.add(new ClaimMark(k.id(), c.x, c.y, k.type(), k.side(), k.status(), age, k.id() == d.selectedClaim()));
        }
        return out;
    }

    /** Unresolved mention names with how often they occur, most frequent first. */
    private List<UnresolvedMark> unresolved() {
        TreeMap<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        read(claims::unresolvedMentions).forEach(m -> counts.merge(m.text(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> new UnresolvedMark(e.getKey(), e.getValue())).toList();
    }

    @Override
    public synchronized void close() {
        if (readStore != null) {
            readStore.close();
            readStore = null;
        }
    }

    /**
     * Opens a workspace on a store: the shipped gazetteer extended by the store's own places, and
     * control areas from all the store's claims, built on {@code builder} (the map shows no areas
     * until {@link #areasReady()} completes).
     */
    public static Workspace open(Path storeFile, Basemap basemap, Gazetteer shipped, java.util.concurrent.Executor builder) {
        try (Store store = Store.open(storeFile)) {
            Gazetteer gazetteer = StoreGazetteer.of(shipped, store);
            List<Claim> all = store.read(new ClaimRepository()::all);
            ControlAreaSource areas = new ControlAreaSource(
                    org.frontline.control.ClaimHistory.of(gazetteer.places(), all), builder);
            return new Workspace(storeFile, basemap, gazetteer, areas);
        }
    }

    /** Completes when the control areas can be drawn. */
    public java.util.concurrent.CompletableFuture<?> areasReady() {
        return areas instanceof ControlAreaSource c ? c.ready() : java.util.concurrent.CompletableFuture.completedFuture(null);
    }

    /** Waits until the control areas are built, for exports and commands that must show them. */
    public Workspace awaitAreas() {
        areasReady().join();
        return this;
    }

    /** The control engine's snapshot source, for exports of areas; empty before it is built. */
    public AreaSource areas() {
        return areas;
    }
}
