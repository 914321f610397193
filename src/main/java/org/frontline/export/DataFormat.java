package org.frontline.export;

import java.util.Locale;

/**
 * The data formats: GeoJSON (RFC 7946, one FeatureCollection), CSV (one table: claims, or areas
 * with WKT geometry) and GeoPackage (one layer per kind, for QGIS).
 */
public enum DataFormat {
    GEOJSON("geojson"), CSV("csv"), GPKG("gpkg");

    private final String extension;

    DataFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static DataFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (DataFormat f : values()) {
            if (f.extension.equals(t) || t.equals("geopackage") && f == GPKG || t.equals("json") && f == GEOJSON) {
                return f;
            }
        }
        throw new InvalidExportException("'" + text + "' is not one of geojson, csv, gpkg");
    }
}
