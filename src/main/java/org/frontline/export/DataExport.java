package org.frontline.export;

import java.nio.file.Path;
import org.frontline.workspace.Workspace;

/**
 * Exports claims and control areas as data files (GeoJSON, CSV, GeoPackage), read from the
 * workspace: claims with their article and gazetteer place, areas as the viewer draws them. The
 * file appears only when complete (see {@link OutputFile}).
 *
 * <p>Typical use: {@code DataExport.write(workspace, DataRequest.at(date, ClaimView.ALL,
 * DataContent.ALL, DataFormat.GPKG), path)}.
 *
 * <p>Thread safety: stateless apart from the cancellation token; run it off the UI thread.
 */
public final class DataExport {
    private final Workspace workspace;
    private final Cancellation cancellation;

    public DataExport(Workspace workspace, Cancellation cancellation) {
        this.workspace = workspace;
        this.cancellation = cancellation == null ? Cancellation.none() : cancellation;
    }

    public static ExportData write(Workspace workspace, DataRequest request, Path target) {
        return new DataExport(workspace, null).write(request, target);
    }

    /** Reads the data, writes it to {@code target} and returns what was written. */
    public ExportData write(DataRequest request, Path target) {
        OutputFile.checkWritable(target);
        if (request.format() == DataFormat.GPKG && !target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gpkg")) {
            throw new InvalidExportException(target + ": a GeoPackage file name ends in .gpkg");
        }
        ExportData data = ExportData.read(workspace, request);
        cancellation.throwIfCancelled();
        switch (request.format()) {
            case GEOJSON -> OutputFile.write(target, out -> GeoJsonData.write(data, out));
            case CSV -> OutputFile.write(target, out -> CsvData.write(data, request.content(), out));
            case GPKG -> OutputFile.writeFile(target, tmp -> GeoPackageData.write(data, request.content(), tmp, cancellation));
        }
        return data;
    }
}
