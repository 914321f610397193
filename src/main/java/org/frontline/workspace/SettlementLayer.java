package org.frontline.workspace;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.frontline.geo.MapProjection;
import org.frontline.model.Place;
import org.frontline.render.SettlementMark;
import org.locationtech.jts.geom.Coordinate;

/** The gazetteer's settlements projected once for the map, largest first. Immutable. */
final class SettlementLayer {
    private final List<SettlementMark> marks;

    SettlementLayer(Collection<Place> places) {
        MapProjection p = MapProjection.lcc();
        marks = places.stream()
                .sorted(Comparator.comparingLong(Place::population).reversed())
                .map(pl -> {
                    Coordinate c = p.project(pl.lon(), pl.lat());
                    return new SettlementMark(pl.name(), c.x, c.y, pl.population());
                })
                .toList();
    }

    List<SettlementMark> marks() {
        return marks;
    }
}
