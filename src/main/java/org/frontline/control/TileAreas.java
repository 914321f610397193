package org.frontline.control;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * The union of one tile's cells for each {@link AreaKind}, and its area. Immutable.
 *
 * @param pieces  by {@code AreaKind.ordinal()}: the union, or null when no cell of the tile is of that kind
 * @param areasM2 by {@code AreaKind.ordinal()}: the area of the union in square metres
 */
record TileAreas(Geometry[] pieces, double[] areasM2) {
    /** Unions the cells of a tile's places by the area kind each place's code draws into. */
    static TileAreas build(InfluenceMap map, int tile, byte[] kinds, GeometryFactory gf) {
        int n = AreaKind.values().length;
        List<List<Geometry>> byKind = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            byKind.add(new ArrayList<>());
        }
        int[] members = map.tilePlaces[tile];
        for (int j = 0; j < members.length; j++) {
            Geometry cell = map.cells[members[j]];
            if (kinds[j] >= 0 && !cell.isEmpty()) {
                byKind.get(kinds[j]).add(cell);
            }
        }
        Geometry[] pieces = new Geometry[n];
        double[] areas = new double[n];
        for (int k = 0; k < n; k++) {
            List<Geometry> cells = byKind.get(k);
            if (!cells.isEmpty()) {
                pieces[k] = cells.size() == 1 ? cells.get(0) : UnaryUnionNG.union(gf.buildGeometry(cells), InfluenceMap.GRID);
                areas[k] = pieces[k].getArea();
            }
        }
        return new TileAreas(pieces, areas);
    }

    /** How many coordinates the pieces hold: the cache's measure of size. */
    long points() {
        long p = 0;
        for (Geometry g : pieces) {
            p += g == null ? 0 : g.getNumPoints();
        }
        return p;
    }
}
