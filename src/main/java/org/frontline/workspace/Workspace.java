package org.frontline.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;
import org.frontline.control.ClaimHistory;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.model.Place;
import org.frontline.render.Basemap;
import org.frontline.render.Decorations;
import org.frontline.render.LayerStack;
import org.frontline.render.MapScene;
import org.frontline.render.ViewState;
import org.frontline.store.ArticleRepository;
import org.frontline.store.EditedClaims;
import org.frontline.store.Store;
import org.locationtech.jts.geom.Envelope;

/**
 * What the viewer and the exporter work on: one store file, the basemap, the gazetteer (with the
 * store's own places), the corrected claims and the control areas they imply, and the scene of any
 * view drawn from them. Viewer and headless export build their scenes here, so what one sees is what
 * one exports, and a correction made in review reaches the map, the areas and the exports alike.
 *
 * <p>A workspace opened with {@link #openWithoutClaims} has read only the claims per day (an
 * aggregate over the store's date index) and no claim: the viewer then hands it a window of claims
 * for its first frame and the complete catalog when it is read ({@link #reload}); the control areas
 * are built from complete catalogs only.
 *
 * <p>Thread safety: thread-safe. The catalog, the claim days and the area source are immutable
 * values swapped by {@link #reload}; scenes may be built on any thread.
 */
public final class Workspace {
    private final Path storeFile;
    private final Basemap basemap;
    private final Gazetteer gazetteer;
    private final PlaceDirectory places;
    private final SettlementLayer settlements;
    private final Executor builder;
    private final String banner;
    private volatile ClaimCatalog catalog = ClaimCatalog.empty();
    private volatile ClaimDays claimDays = ClaimDays.none();
    private volatile ControlAreaSource areas = ControlAreaSource.pending();

    private Workspace(Path storeFile, Basemap basemap, Gazetteer gazetteer, Executor builder, String banner) {
        this.storeFile = storeFile;
        this.basemap = basemap;
        this.gazetteer = gazetteer;
        this.places = new GazetteerPlaces(gazetteer);
        this.settlements = new SettlementLayer(gazetteer.places());
        this.builder = builder;
        this.banner = banner;
    }

    /**
     * Opens a workspace on a store: the shipped gazetteer extended by the store's places, the
     * corrected claims, and control areas built from them on {@code builder} (the map shows no areas
     * until {@link #areasReady()} completes; pass {@code Runnable::run} to build them at once).
     */
    public static Workspace open(Path storeFile, Basemap basemap, Gazetteer shipped, Executor builder) {
        Workspace w = openWithoutClaims(storeFile, basemap, shipped, builder);
        w.reload(ClaimCatalog.load(storeFile, w.places));
        return w;
    }

    /**
     * Opens a workspace on a store without reading its claims: the gazetteer with the store's
     * places, and the claims per event day ({@link #claimDays()}), counted on the store's date index.
     * It draws no claim and no area until {@link #reload} hands it a catalog; areas follow the first
     * complete one.
     */
    public static Workspace openWithoutClaims(Path storeFile, Basemap basemap, Gazetteer shipped, Executor builder) {
        Objects.requireNonNull(storeFile, "storeFile");
        Gazetteer gazetteer;
        boolean demo;
        ClaimDays days;
        try (Store store = Store.open(storeFile)) {
            gazetteer = StoreGazetteer.of(shipped, store);
            demo = store.read(new ArticleRepository()::hasDemo);
            days = ClaimDays.of(store.read(c -> new EditedClaims().dayCounts(c)));
        }
        Workspace w = new Workspace(storeFile, basemap, gazetteer, builder, demo ? "Demonstration data" : null);
        w.claimDays = days;
        builder.execute(gazetteer::prepareNames); // the search box's name index, before the first search
        return w;
    }

    /**
     * Takes a newly loaded catalog (after an import or an edit): a complete one replaces the claim
     * days and rebuilds the areas from its claims; a window ({@link ClaimCatalog#isComplete()} false)
     * only changes the claims drawn, the areas stay as they are.
     */
    public void reload(ClaimCatalog newCatalog) {
        if (newCatalog.isComplete()) {
            List<LocalDate> dates = newCatalog.claimDates();
            this.areas = new ControlAreaSource(() -> ClaimHistory.of(gazetteer.places(),
                    newCatalog.records().stream().map(ClaimRecord::claim).toList()), builder,
                    dates.isEmpty() ? null : dates.get(dates.size() - 1));
            this.claimDays = newCatalog.claimDays();
        }
        this.catalog = newCatalog;
    }

    /**
     * Reads the claims of the {@code days} days ending at {@code wanted} (clamped into the store's
     * dates; the last date when null), places resolved through {@code through}: the window catalog
     * a first frame needs. An empty catalog when the store has no dated claim.
     */
    public ClaimCatalog readWindow(LocalDate wanted, int days, PlaceDirectory through) {
        return dateRange().map(range -> {
            LocalDate want = wanted == null ? range[1] : wanted;
            LocalDate last = want.isBefore(range[0]) ? range[0] : want.isAfter(range[1]) ? range[1] : want;
            return ClaimCatalog.loadWindow(storeFile, through, last.minusDays(Math.max(1, days) - 1L), last, claimDays);
        }).orElse(ClaimCatalog.empty());
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

    /** Places by id and by name, for the viewer's search, review and claim lists. */
    public PlaceDirectory placeDirectory() {
        return places;
    }

    /** Places by id, for exports. Thread-safe. */
    public LongFunction<Optional<Place>> places() {
        return places::byId;
    }

    /** The corrected claims as last loaded. */
    public ClaimCatalog catalog() {
        return catalog;
    }

    /** The control areas of the current catalog. */
    public AreaSource areas() {
        return areas;
    }

    /** Completes when the control areas of the current catalog can be drawn. */
    public CompletableFuture<?> areasReady() {
        return areas.ready();
    }

    /** Waits until the control areas are built, for exports and commands that must show them. */
    public Workspace awaitAreas() {
        areasReady().join();
        return this;
    }

    /** "Demonstration data" when the store holds the shipped demo articles, else null. */
    public String banner() {
        return banner;
    }

    /** The first and last claim dates, or empty when there is no dated claim. */
    public Optional<LocalDate[]> dateRange() {
        return claimDays.range();
    }

    /** Claims per event day of the whole store: of the last complete catalog, or as counted at opening. */
    public ClaimDays claimDays() {
        return claimDays;
    }

    /** The extent the "fit all" key shows: Ukraine. */
    public Envelope homeExtent() {
        Envelope e = new Envelope();
        basemap.countries().stream().filter(i -> "UA".equals(i.country()))
                .forEach(i -> e.expandToInclude(i.full().getEnvelopeInternal()));
        return e.isNull() ? basemap.extent() : e;
    }

    /** What exports and commands show when no viewer settings apply: every claim, default layers. */
    public DisplaySettings defaultDisplay() {
        return new DisplaySettings(catalog, ClaimFilter.all(), LayerStack.defaults(), Set.of());
    }

    /** Everything to draw for a view with the default display. */
    public MapScene sceneFor(ViewState view) {
        return sceneFor(view, defaultDisplay());
    }

    /** Everything to draw for a view: areas at its date and view, claims through the display's filter. */
    public MapScene sceneFor(ViewState view, DisplaySettings display) {
        ClaimCatalog c = display.catalog();
        LocalDate date = view.date();
        return new MapScene(basemap, date == null ? null : areas.at(date, view.view()), List.of(),
                date == null ? List.of() : c.marks(display.filter(), date, view.view(), display.selected()),
                settlements.marks(), c.unresolvedMarks(display.filter(), date, view.view()), display.layers(),
                Decorations.screen(banner));
    }
}
