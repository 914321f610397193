package org.frontline.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.frontline.ingest.Analysis;
import org.frontline.ingest.ArticleAnalyser;
import org.frontline.ingest.ArticleInput;
import org.frontline.ingest.PlaceDirectory;
import java.util.List;

/**
 * What the commands need from the rest of the application, passed in by whoever builds the
 * command line ({@link FrontlineCommand#commandLine(Services)}): no command finds its own.
 * Immutable.
 *
 * @param analyser finds mentions and claims in articles (the claim extractor)
 * @param places   the gazetteer, to name and place resolved claims
 * @param viewer   opens the map viewer
 */
public record Services(ArticleAnalyser analyser, PlaceDirectory places, ViewerLauncher viewer) {
    public Services {
        Objects.requireNonNull(analyser, "analyser");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(viewer, "viewer");
    }

    /** Services for commands that never open the viewer. */
    public Services(ArticleAnalyser analyser, PlaceDirectory places) {
        this(analyser, places, (store, isDefault) -> {
            throw new UnsupportedOperationException("the viewer is not wired in this command line");
        });
    }

    /** Opens the viewer on a store; the default store is filled with the demo corpus on first use. */
    @FunctionalInterface
    public interface ViewerLauncher {
        void open(Path store, boolean isDefaultStore);
    }

    /**
     * Services with no extractor and no gazetteer: articles are stored with no claims, at analysis
     * version 0, so that a later run with a real extractor analyses them again.
     */
    public static Services unwired() {
        ArticleAnalyser none = new ArticleAnalyser() {
            @Override
            public Analysis analyse(ArticleInput in) {
                return new Analysis(in.language(), "no extractor configured", List.of(), List.of());
            }

            @Override
            public int version() {
                return 0;
            }
        };
        return new Services(none, PlaceDirectory.empty());
    }
}
