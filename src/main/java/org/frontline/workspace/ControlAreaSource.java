package org.frontline.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.frontline.control.AreaKind;
import org.frontline.control.ClaimHistory;
import org.frontline.control.ControlAreas;
import org.frontline.control.ControlSnapshot;
import org.frontline.control.ControlView;
import org.frontline.render.AreaLayer;
import org.frontline.render.ClaimView;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Control areas from the control engine, for the map. The engine (Voronoi cells, place timelines)
 * is built once in the background; until it is ready the map shows no areas and
 * {@link #ready()} completes when it is, so the viewer can repaint. Snapshots are the engine's
 * incremental, cached ones; their tile pieces are drawn as they are, without a merge per frame.
 *
 * <p>Thread safety: thread-safe; the engine synchronises its own cache.
 */
public final class ControlAreaSource implements AreaSource {
    private static final GeometryFactory GF = new GeometryFactory();

    private final CompletableFuture<ControlAreas> engine;

    /**
     * Builds the engine on {@code builder}: the claim history too is made there, since for a large
     * store it takes a noticeable moment and the caller is often the UI thread.
     */
    public ControlAreaSource(Supplier<ClaimHistory> history, Executor builder, LocalDate warmUp) {
        this.engine = CompletableFuture.supplyAsync(() -> {
            ControlAreas areas = new ControlAreas(history.get());
            if (warmUp != null) {
                areas.at(warmUp, ControlView.ALL); // builds cells and tiles here, not on the render thread
            }
            return areas;
        }, builder);
    }

    private ControlAreaSource(CompletableFuture<ControlAreas> engine) {
        this.engine = engine;
    }

    /** A source with no engine yet, drawing no areas; {@link #ready()} never completes. */
    static ControlAreaSource pending() {
        return new ControlAreaSource(new CompletableFuture<>());
    }

    /** Completes when the engine is built (exceptionally if it could not be). */
    public CompletableFuture<ControlAreas> ready() {
        return engine;
    }

    @Override
    public AreaLayer at(LocalDate date, ClaimView view) {
        ControlAreas e = engine.getNow(null);
        if (e == null || date == null) {
            return AreaLayer.empty();
        }
        return layerOf(e.at(date, ControlView.valueOf(view.name())));
    }

    /** The snapshot's pieces as drawable collections (no union: pieces never overlap). */
    public static AreaLayer layerOf(ControlSnapshot s) {
        List<Geometry> contested = new ArrayList<>(s.pieces(AreaKind.RU_CONTESTED));
        contested.addAll(s.pieces(AreaKind.UA_CONTESTED));
        return new AreaLayer(collect(s.pieces(AreaKind.RU_CONTROLLED)), collect(s.pieces(AreaKind.UA_CONTROLLED)),
                collect(contested), collect(s.frontLinePieces()));
    }

    private static Geometry collect(List<Geometry> pieces) {
        return GF.createGeometryCollection(pieces.toArray(Geometry[]::new));
    }
}
