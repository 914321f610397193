package org.frontline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.frontline.workspace.ClaimRecord;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes one table of export data as CSV (RFC 4180, UTF-8, header row): the claims with the
 * {@link ClaimFields} columns, or the control areas and front line with {@link #AREA_COLUMNS}
 * and the geometry as WKT in WGS84 longitude/latitude (QGIS's "delimited text" layer reads it).
 * Null values are empty cells.
 *
 * <p>Thread safety: stateless.
 */
final class CsvData {
    static final String[] AREA_COLUMNS = {"kind", "side", "status", "area_km2", "date", "view", "wkt"};

    private CsvData() {
    }

    static void write(ExportData data, DataContent content, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (content == DataContent.AREAS) {
            areas(data.areas(), w);
        } else {
            claims(data, w);
        }
        w.flush();
    }

    private static void claims(ExportData data, Writer w) throws IOException {
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(ClaimFields.NAMES.toArray(String[]::new)).build());
        for (ClaimRecord r : data.claims()) {
            p.printRecord(ClaimFields.of(r).values());
        }
        p.flush();
    }

    private static void areas(ControlAreasAt areas, Writer w) throws IOException {
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(AREA_COLUMNS).build());
        WKTWriter wkt = new WKTWriter();
        wkt.setPrecisionModel(new org.locationtech.jts.geom.PrecisionModel(1e6));
        for (ControlArea a : areas.areas()) {
            p.printRecord("control_area", a.side(), a.status(), Math.round(a.areaKm2() * 100) / 100.0, areas.date(),
                    areas.view().code(), wkt.write(a.lonLat()));
        }
        if (!areas.frontLine().isEmpty()) {
            p.printRecord("front_line", null, null, null, areas.date(), areas.view().code(), wkt.write(areas.frontLine()));
        }
        p.flush();
    }
}
