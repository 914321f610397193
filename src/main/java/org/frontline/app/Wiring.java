package org.frontline.app;

import java.util.Optional;
import java.util.function.Supplier;
import org.frontline.cli.Services;
import org.frontline.extract.Extractor;
import org.frontline.extract.GazetteerPlaceLookup;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.ingest.ArticleAnalyser;
import org.frontline.ingest.PlaceDirectory;
import org.frontline.model.Place;
import org.frontline.util.Lazy;

/**
 * The composition root: the real gazetteer, extractor and analyser that the command line and the
 * viewer are given. Each is loaded once, on first use.
 */
public final class Wiring {
    private final Supplier<Gazetteer> gazetteer = Lazy.of(Gazetteer::loadDefault);
    private final Supplier<Extractor> extractor = Lazy.of(
            () -> Extractor.withDefaultRules(new GazetteerPlaceLookup(gazetteer.get())));
    private final ArticleAnalyser analyser = new ExtractorAnalyser(extractor);

    public Supplier<Gazetteer> gazetteer() {
        return gazetteer;
    }

    public ArticleAnalyser analyser() {
        return analyser;
    }

    /** The services of the command line: the extractor, the gazetteer to name places, the viewer. */
    public Services services() {
        return new Services(analyser, new PlaceDirectory() {
            @Override
            public Optional<Place> byId(long id) {
                return gazetteer.get().byId(id);
            }
        }, this::openViewer);
    }

    /** Opens the viewer; the default store gets the demo corpus on first use. */
    public void openViewer(java.nio.file.Path store, boolean isDefaultStore) {
        org.frontline.ui.FrontlineApp.launchViewer(new org.frontline.ui.ViewerLaunch(store,
                file -> new IngestImporter(file, analyser),
                file -> {
                    if (isDefaultStore) {
                        DemoStore.fillOrRefresh(file, analyser);
                    }
                }));
    }
}
