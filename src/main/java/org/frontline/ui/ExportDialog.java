package org.frontline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.frontline.export.DataContent;
import org.frontline.export.DataExport;
import org.frontline.export.DataFormat;
import org.frontline.export.DataRequest;
import org.frontline.export.ImageFormat;
import org.frontline.export.SnapshotRequest;
import org.frontline.export.Snapshots;
import org.frontline.render.ViewState;
import org.frontline.workspace.DisplaySettings;
import org.frontline.workspace.Workspace;

/**
 * File › Export…: a snapshot of what is on screen (PNG at twice the window's pixels for print, or
 * SVG) or the data of the selected date (GeoJSON, CSV, GeoPackage), chosen by the file type. The
 * export runs on a background thread with the display settings on screen, through the same renderer
 * as the map; the user is told where the file went or why it failed.
 */
final class ExportDialog implements ExportHook {
    private final Executor background;
    private final Consumer<String> notify;
    private final BiConsumer<String, Throwable> onError;

    ExportDialog(Executor background, Consumer<String> notify, BiConsumer<String, Throwable> onError) {
        this.background = background;
        this.notify = notify;
        this.onError = onError;
    }

    @Override
    public void export(Window owner, Workspace workspace, ViewState view, DisplaySettings display) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the map or its data");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("PNG image of the map (print size)", "*.png"),
                new FileChooser.ExtensionFilter("SVG vector image of the map", "*.svg"),
                new FileChooser.ExtensionFilter("GeoPackage for QGIS (claims, areas, front line)", "*.gpkg"),
                new FileChooser.ExtensionFilter("GeoJSON (claims and areas)", "*.geojson"),
                new FileChooser.ExtensionFilter("CSV (claims)", "*.csv"));
        chooser.setInitialFileName("frontline-" + (view.date() == null ? "map" : view.date()) + ".png");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            run(workspace, view, display, file.toPath());
        }
    }

    /** Exports to {@code target} in the background; the file's extension decides the format. */
    CompletableFuture<Void> run(Workspace workspace, ViewState view, DisplaySettings display, Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        notify.accept("Exporting " + target.getFileName() + "…");
        return CompletableFuture.runAsync(() -> {
            if (name.endsWith(".png") || name.endsWith(".svg")) {
                ImageFormat format = name.endsWith(".svg") ? ImageFormat.SVG : ImageFormat.PNG;
                new Snapshots(workspace, display).write(SnapshotRequest.ofViewerView(view, 2, format), target);
            } else {
                DataFormat format = name.endsWith(".csv") ? DataFormat.CSV
                        : name.endsWith(".gpkg") ? DataFormat.GPKG : DataFormat.GEOJSON;
                DataContent content = format == DataFormat.CSV ? DataContent.CLAIMS : DataContent.ALL;
                DataExport.write(workspace, DataRequest.at(view.date(), view.view(), content, format), target);
            }
        }, background).whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                onError.accept("The export failed", error);
            } else {
                notify.accept("Exported " + target);
            }
        }));
    }
}
