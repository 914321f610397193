package org.frontline.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.frontline.workspace.ArticleImporter;

/**
 * What the application hands the viewer when it launches it: the importer behind File › Import, and
 * what to do to a store before it is shown (fill the default store with the demo corpus on first
 * use). JavaFX creates the application object itself, so these travel through {@link FrontlineApp#launchViewer}.
 *
 * @param store        the store to open
 * @param importer     the ingest pipeline, given the store file
 * @param prepareStore run on a background thread before the store is opened
 */
public record ViewerLaunch(Path store, java.util.function.Function<Path, ArticleImporter> importer,
                           Consumer<Path> prepareStore) {
}
