package org.frontline.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.frontline.model.Place;
import org.frontline.model.Side;
import org.junit.jupiter.api.Test;

/** The shipped baseline against a table of real places and the side they were on, 2022-02-23. */
class BaselineTest {
    private static final Baseline SHIPPED = Baseline.shipped();

    private record Case(String name, double lat, double lon, String country, String admin1, Side expected) {
    }

    private static final List<Case> CASES = List.of(
            new Case("Simferopol", 44.9521, 34.1024, "UA", "11", Side.RU),
            new Case("Sevastopol", 44.6054, 33.5220, "UA", "20", Side.RU),
            new Case("Kyiv", 50.4501, 30.5234, "UA", "12", Side.UA),
            new Case("Belgorod", 50.6107, 36.5802, "RU", "09", null), // Russia starts with no status
            new Case("Khartsyzk", 48.0424, 38.1473, "UA", "05", Side.RU),
            new Case("Kurakhove", 47.9844, 37.2791, "UA", "05", Side.UA),
            new Case("Shchastia", 48.7378, 39.2305, "UA", "14", Side.UA),
            new Case("Lutuhyne", 48.4051, 39.2268, "UA", "14", Side.RU),
            new Case("Sievierodonetsk", 48.9463, 38.4862, "UA", "14", Side.UA),
            new Case("Kreminna", 49.0469, 38.2172, "UA", "14", Side.UA),
            new Case("Svatove", 49.4093, 38.1559, "UA", "14", Side.UA),
            new Case("Novoazovsk", 47.1139, 38.0860, "UA", "05", Side.RU),
            new Case("Mariupol", 47.0951, 37.5413, "UA", "05", Side.UA),
            new Case("Avdiivka", 48.1399, 37.7426, "UA", "05", Side.UA),
            new Case("Yasynuvata", 48.1298, 37.8594, "UA", "05", Side.RU),
            new Case("Sloviansk", 48.8497, 37.5974, "UA", "05", Side.UA),
            new Case("Ilovaisk", 47.9244, 38.1953, "UA", "05", Side.RU));

    @Test
    void shippedBaselinePutsWellKnownPlacesOnTheirSide() {
        long id = 1;
        for (Case c : CASES) {
            Place p = new Place(id++, c.name(), c.lat(), c.lon(), c.country(), c.admin1(), "", "PPL", 1000, "test", 500);
            assertEquals(c.expected(), SHIPPED.sideOf(p), c.name());
        }
    }

    @Test
    void aPlaceOfAnotherCountryIsUnknown() {
        assertNull(SHIPPED.sideOf(new Place(1, "Chisinau", 47.01, 28.86, "MD", "57", "", "PPLC", 1, "t", 1)));
    }
}
