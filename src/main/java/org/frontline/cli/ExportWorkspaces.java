package org.frontline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.frontline.export.InvalidExportException;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.render.Basemap;
import org.frontline.workspace.Workspace;

/**
 * Opens the workspace the export commands draw from: the store given by {@code --db} (which must
 * exist: exporting never creates an empty store) with the shipped basemap.
 */
final class ExportWorkspaces {
    private ExportWorkspaces() {
    }

    static Workspace open(StoreOption store) {
        Path file = store.file();
        if (!Files.isRegularFile(file)) {
            throw new InvalidExportException(file + ": no store there; give --db FILE or ingest articles first");
        }
        return Workspace.open(file, Basemap.loadDefault(), Gazetteer.loadDefault(), Runnable::run);
    }
}
