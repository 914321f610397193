package org.frontline.model;

import java.util.Objects;

/**
 * A settlement of the gazetteer. Immutable.
 *
 * @param id          GeoNames id when known; other sources use stable synthetic ids (see the gazetteer README)
 * @param name        the preferred English name (Ukrainian national transliteration for Ukraine)
 * @param lat         latitude, WGS84 degrees
 * @param lon         longitude, WGS84 degrees
 * @param country     ISO 3166-1 alpha-2 code
 * @param admin1      GeoNames admin-1 code (for Ukraine: 05 = Donetsk, ...), or empty
 * @param admin2      admin-2 code or name, or empty
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLA2, ...)
 * @param population  population, 0 when unknown
 * @param source      where the place comes from: geonames, citiesjson, curated, imported, user
 * @param precisionM  how far the point may be from the true centre, in metres
 */
public record Place(long id, String name, double lat, double lon, String country, String admin1,
                    String admin2, String featureCode, long population, String source, int precisionM) {
    public Place {
        Objects.requireNonNull(name, "name");
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + name + ": " + lat + ", " + lon);
        }
        country = country == null ? "" : country;
        admin1 = admin1 == null ? "" : admin1;
        admin2 = admin2 == null ? "" : admin2;
        featureCode = featureCode == null ? "" : featureCode;
        source = source == null ? "" : source;
    }
}
