package org.frontline.control;

import org.frontline.model.Place;

/**
 * How far a settlement's area of influence may reach, in metres: its Voronoi cell is cut to a disc of
 * this radius, so that a lone village held by one side stays a small patch while neighbouring held
 * places merge into one area.
 */
@FunctionalInterface
public interface RadiusRule {
    /**
     * 6 km, plus 2 km per tenfold of population above 300, capped at 15 km: a village of 3,000
     * reaches 8 km, a town of 30,000 10 km, a city of 300,000 12 km, Donetsk about 13 km. The
     * shipped gazetteer has a settlement every 10-12 km on average in the front-line oblasts (many
     * with no population figure), so smaller discs leave held areas full of holes.
     */
    RadiusRule DEFAULT = place -> {
        double tens = Math.log10(Math.max(1, place.population()) / 300.0);
        return Math.min(15_000, 6_000 + 2_000 * Math.max(0, tens));
    };

    double radiusMetres(Place place);
}
