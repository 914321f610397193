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
     * 3 km, plus 2.25 km per tenfold of population above 300, capped at 12 km: a village of 3,000
     * reaches 5.25 km, a town of 30,000 7.5 km, a city of 300,000 9.75 km, Donetsk about 11 km.
     */
    RadiusRule DEFAULT = place -> {
        double tens = Math.log10(Math.max(1, place.population()) / 300.0);
        return Math.min(12_000, 3_000 + 2_250 * Math.max(0, tens));
    };

    double radiusMetres(Place place);
}
