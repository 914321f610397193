package org.frontline.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.frontline.model.ArticleInfo;
import org.frontline.model.PlaceMention;
import org.frontline.model.PlaceSuggestion;
import org.frontline.workspace.ClaimRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes export data as an OGC GeoPackage with the NGA library, in WGS84 (EPSG:4326), for QGIS:
 * <ul>
 *   <li>{@code claims}: points, one row per claim with the {@link ClaimFields} attributes;
 *       {@code event_date} and {@code published} are DATE fields so QGIS's temporal controller can
 *       play the claims; a claim with no known place has a null geometry (kept, not dropped);</li>
 *   <li>{@code unresolved_mentions}: an attribute table (no geometry) of the names the geocoder
 *       could not place, from the claims' articles;</li>
 *   <li>{@code control_areas}: multipolygons with {@code side}, {@code status}, {@code area_km2},
 *       {@code date} and {@code view};</li>
 *   <li>{@code front_line}: multilinestrings with {@code date} and {@code view}.</li>
 * </ul>
 * The feature id column is {@code fid}, as QGIS names it, so the claim's own {@code id} keeps its name.
 *
 * <p>Thread safety: stateless; each call writes its own file.
 */
final class GeoPackageData {
    static final String CLAIMS = "claims";
    static final String UNRESOLVED = "unresolved_mentions";
    static final String AREAS = "control_areas";
    static final String FRONT_LINE = "front_line";
    private static final String GEOMETRY = "geom";
    private static final String FID = "fid";
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Map<String, GeoPackageDataType> CLAIM_TYPES = Map.ofEntries(
            Map.entry("id", GeoPackageDataType.INTEGER), Map.entry("published", GeoPackageDataType.DATE),
            Map.entry("place_id", GeoPackageDataType.INTEGER), Map.entry("lat", GeoPackageDataType.DOUBLE),
            Map.entry("lon", GeoPackageDataType.DOUBLE), Map.entry("event_date", GeoPackageDataType.DATE),
            Map.entry("quote_start", GeoPackageDataType.INTEGER), Map.entry("quote_end", GeoPackageDataType.INTEGER),
            Map.entry("confidence", GeoPackageDataType.DOUBLE));

    private GeoPackageData() {
    }

    /** Writes a new GeoPackage at {@code file}, which must not exist. */
    static void write(ExportData data, DataContent content, Path file, Cancellation cancellation) throws IOException {
        File f = file.toFile();
        GeoPackageManager.create(f);
        try (GeoPackage gp = GeoPackageManager.open(f)) {
            gp.createGeometryColumnsTable();
            SpatialReferenceSystem wgs84 = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
            if (content.includesClaims()) {
                writeClaims(gp, wgs84, data.claims());
                cancellation.throwIfCancelled();
                writeUnresolved(gp, data);
            }
            cancellation.throwIfCancelled();
            if (content.includesAreas()) {
                writeAreas(gp, wgs84, data.areas());
            }
        } catch (SQLException e) {
            throw new IOException("GeoPackage: " + e.getMessage(), e);
        }
    }

    private static void writeClaims(GeoPackage gp, SpatialReferenceSystem srs, List<ClaimRecord> claims)
            throws IOException {
        List<FeatureColumn> columns = new ArrayList<>();
        for (String name : ClaimFields.NAMES) {
            columns.add(FeatureColumn.createColumn(name, CLAIM_TYPES.getOrDefault(name, GeoPackageDataType.TEXT)));
        }
        List<Geometry> points = claims.stream()
                .map(r -> r.place() == null ? null : (Geometry) GF.createPoint(new org.locationtech.jts.geom.Coordinate(
                        r.place().lon(), r.place().lat())))
                .toList();
        FeatureDao dao = createLayer(gp, srs, CLAIMS, GeometryType.POINT, columns, points);
        inTransaction(gp, () -> {
            for (int i = 0; i < claims.size(); i++) {
                FeatureRow row = dao.newRow();
                setGeometry(row, srs, points.get(i));
                for (Map.Entry<String, Object> e : ClaimFields.of(claims.get(i)).entrySet()) {
                    row.setValue(e.getKey(), e.getValue());
                }
                dao.create(row);
            }
        });
    }

    /** Rows written one by one. */
    @FunctionalInterface
    private interface Rows {
        void write() throws IOException;
    }

    /**
     * Inserts rows in one transaction (thousands of claims in seconds, not minutes). Tables are
     * created outside it: the library creates them through a second connection that a pending
     * transaction would lock out.
     */
    private static void inTransaction(GeoPackage gp, Rows rows) throws IOException {
        gp.beginTransaction();
        boolean done = false;
        try {
            rows.write();
            done = true;
        } finally {
            gp.endTransaction(done);
        }
    }

    private static void writeUnresolved(GeoPackage gp, ExportData data) throws IOException {
        List<mil.nga.geopackage.attributes.AttributesColumn> columns = List.of(
                attr("mention_id", GeoPackageDataType.INTEGER), attr("article_id", GeoPackageDataType.INTEGER),
                attr("article", GeoPackageDataType.TEXT), attr("published", GeoPackageDataType.DATE),
                attr("text", GeoPackageDataType.TEXT), attr("role", GeoPackageDataType.TEXT),
                attr("resolution", GeoPackageDataType.TEXT), attr("confidence", GeoPackageDataType.DOUBLE),
                attr("suggestions", GeoPackageDataType.TEXT));
        gp.createAttributesTable(mil.nga.geopackage.attributes.AttributesTableMetadata.create(UNRESOLVED, FID, columns));
        var dao = gp.getAttributesDao(UNRESOLVED);
        inTransaction(gp, () -> writeMentions(dao, data));
    }

    private static void writeMentions(mil.nga.geopackage.attributes.AttributesDao dao, ExportData data) {
        for (PlaceMention m : data.unresolved()) {
            var row = dao.newRow();
            ArticleInfo a = data.articles().get(m.articleId());
            row.setValue("mention_id", m.id());
            row.setValue("article_id", m.articleId());
            row.setValue("article", a == null ? null : a.url() != null ? a.url() : a.source());
            row.setValue("published", a == null || a.published() == null ? null : a.published().toString());
            row.setValue("text", m.text());
            row.setValue("role", m.role().code());
            row.setValue("resolution", m.resolution());
            row.setValue("confidence", m.confidence());
            row.setValue("suggestions", String.join("; ", m.suggestions().stream().map(PlaceSuggestion::toString).toList()));
            dao.create(row);
        }
    }

    private static mil.nga.geopackage.attributes.AttributesColumn attr(String name, GeoPackageDataType type) {
        return mil.nga.geopackage.attributes.AttributesColumn.createColumn(name, type);
    }

    private static void writeAreas(GeoPackage gp, SpatialReferenceSystem srs, ControlAreasAt areas) throws IOException {
        String date = String.valueOf(areas.date());
        List<FeatureColumn> areaColumns = List.of(FeatureColumn.createColumn("side", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn("status", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn("area_km2", GeoPackageDataType.DOUBLE),
                FeatureColumn.createColumn("date", GeoPackageDataType.DATE),
                FeatureColumn.createColumn("view", GeoPackageDataType.TEXT));
        List<Geometry> polygons = areas.areas().stream().map(a -> multi(a.lonLat(), Polygon.class)).toList();
        FeatureDao dao = createLayer(gp, srs, AREAS, GeometryType.MULTIPOLYGON, areaColumns, polygons);
        inTransaction(gp, () -> {
            for (int i = 0; i < polygons.size(); i++) {
                ControlArea a = areas.areas().get(i);
                FeatureRow row = dao.newRow();
                setGeometry(row, srs, polygons.get(i));
                row.setValue("side", a.side());
                row.setValue("status", a.status());
                row.setValue("area_km2", Math.round(a.areaKm2() * 100) / 100.0);
                row.setValue("date", date);
                row.setValue("view", areas.view().code());
                dao.create(row);
            }
        });
        List<Geometry> lines = areas.frontLine().isEmpty() ? List.of() : List.of(multi(areas.frontLine(), LineString.class));
        FeatureDao front = createLayer(gp, srs, FRONT_LINE, GeometryType.MULTILINESTRING,
                List.of(FeatureColumn.createColumn("date", GeoPackageDataType.DATE),
                        FeatureColumn.createColumn("view", GeoPackageDataType.TEXT)), lines);
        inTransaction(gp, () -> {
            for (Geometry line : lines) {
                FeatureRow row = front.newRow();
                setGeometry(row, srs, line);
                row.setValue("date", date);
                row.setValue("view", areas.view().code());
                front.create(row);
            }
        });
    }

    private static FeatureDao createLayer(GeoPackage gp, SpatialReferenceSystem srs, String table, GeometryType type,
                                          List<FeatureColumn> columns, List<Geometry> geometries) {
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new mil.nga.geopackage.db.TableColumnKey(table, GEOMETRY));
        gc.setGeometryType(type);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrs(srs);
        gp.createFeatureTable(FeatureTableMetadata.create(gc, FID, columns, bounds(geometries)));
        return gp.getFeatureDao(table);
    }

    private static BoundingBox bounds(List<Geometry> geometries) {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        geometries.stream().filter(g -> g != null).forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
        return e.isNull() ? new BoundingBox(-180, -90, 180, 90)
                : new BoundingBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    private static void setGeometry(FeatureRow row, SpatialReferenceSystem srs, Geometry g) throws IOException {
        if (g == null) {
            return;
        }
        mil.nga.sf.Geometry sf = mil.nga.sf.wkb.GeometryReader.readGeometry(new WKBWriter().write(g));
        row.setGeometry(GeoPackageGeometryData.createAndBuildEnvelope(srs.getSrsId(), sf));
    }

    /** The geometry as a multi-geometry of its parts of {@code part} type (a GeoPackage layer has one type). */
    private static <T extends Geometry> Geometry multi(Geometry g, Class<T> part) {
        List<T> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (part.isInstance(g.getGeometryN(i))) {
                parts.add(part.cast(g.getGeometryN(i)));
            }
        }
        Function<List<T>, Geometry> make = part == Polygon.class
                ? l -> GF.createMultiPolygon(l.toArray(Polygon[]::new))
                : l -> GF.createMultiLineString(l.toArray(LineString[]::new));
        return make.apply(parts);
    }
}
