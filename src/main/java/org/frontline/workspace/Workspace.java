package org.frontline.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongFunction;
import org.frontline.model.Place;
import org.frontline.render.Basemap;
import org.frontline.render.MapScene;
import org.frontline.render.ViewState;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;
import org.locationtech.jts.geom.Envelope;

/**
 * What the viewer and the exporter work on: one store file with the basemap, and the scene of any
 * view drawn from them. Viewer and headless export build scenes here, so they show the same thing.
 *
 * <p>Thread safety: {@link #sceneFor} is called from the render thread; it opens its own
 * short-lived read connection and keeps no mutable state.
 */
public final class Workspace {
    private final Path storeFile;
    private final Basemap basemap;
    private final LongFunction<Optional<Place>> places;

    /** A workspace whose place ids resolve to nothing (until the gazetteer is wired). */
    public Workspace(Path storeFile, Basemap basemap) {
        this(storeFile, basemap, id -> Optional.empty());
    }

    /**
     * @param places the gazetteer's places by id ({@code Gazetteer::byId}); must be thread-safe,
     *               since renders and exports call it from background threads
     */
    public Workspace(Path storeFile, Basemap basemap, LongFunction<Optional<Place>> places) {
        this.storeFile = storeFile;
        this.basemap = basemap;
        this.places = places;
    }

    public Path storeFile() {
        return storeFile;
    }

    public Basemap basemap() {
        return basemap;
    }

    /** The place of a gazetteer id, for claims and exports; empty when the id is unknown. */
    public LongFunction<Optional<Place>> places() {
        return places;
    }

    /** The first and last claim dates of the store, or empty when it has no dated claim. */
    public Optional<LocalDate[]> dateRange() {
        try (Store store = Store.open(storeFile)) {
            return store.read(new ClaimRepository()::dateRange);
        }
    }

    /** The extent the "fit all" key shows: Ukraine. */
    public Envelope homeExtent() {
        Envelope e = new Envelope();
        basemap.countries().stream().filter(i -> "UA".equals(i.country()))
                .forEach(i -> e.expandToInclude(i.full().getEnvelopeInternal()));
        return e.isNull() ? basemap.extent() : e;
    }

    /** Everything to draw for a view. */
    public MapScene sceneFor(ViewState view) {
        return MapScene.basemapOnly(basemap);
    }
}
