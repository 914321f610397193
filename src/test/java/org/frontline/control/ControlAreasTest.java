package org.frontline.control;

import org.frontline.geo.MapProjection;
import static org.frontline.control.TestClaims.BAKHMUT;
import static org.frontline.control.TestClaims.BAKHMUT_AREA;
import static org.frontline.control.TestClaims.CHASIV_YAR;
import static org.frontline.control.TestClaims.DEBALTSEVE;
import static org.frontline.control.TestClaims.HORLIVKA;
import static org.frontline.control.TestClaims.KLISHCHIIVKA;
import static org.frontline.control.TestClaims.SOLEDAR;
import static org.frontline.control.TestClaims.SVITLODARSK;
import static org.frontline.control.TestClaims.claim;
import static org.frontline.control.TestClaims.d;
import static org.frontline.model.ClaimType.CAPTURED;
import static org.frontline.model.ClaimType.FIGHTING;
import static org.frontline.model.ClaimType.RETAKEN;
import static org.frontline.model.ClaimType.WITHDREW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.ClaimantKind;
import org.frontline.model.Place;
import org.frontline.model.Side;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;

class ControlAreasTest {
    private static final GeometryFactory GF = new GeometryFactory();
    /** On the baseline date Horlivka and Debaltseve were held by Russian-backed forces; Svitlodarsk by Ukraine. */
    private static final Baseline BASELINE = Baseline.byCountry(ControlRules.DEFAULT.baselineDate())
            .withPlaces(Map.of(HORLIVKA.id(), Side.RU, DEBALTSEVE.id(), Side.RU));

    private static final List<Claim> BAKHMUT_BATTLE = List.of(
            claim(SOLEDAR, WITHDREW, Side.UA, "2023-01-16"),
            claim(KLISHCHIIVKA, CAPTURED, Side.RU, "2023-01-20"),
            claim(BAKHMUT, FIGHTING, null, "2023-05-01"),
            claim(BAKHMUT, CAPTURED, Side.RU, "2023-05-20"),
            claim(KLISHCHIIVKA, RETAKEN, Side.UA, "2023-09-17"));

    private static ControlAreas engine(List<Claim> claims) {
        return new ControlAreas(ClaimHistory.of(BAKHMUT_AREA, claims)).setBaseline(BASELINE);
    }

    private static Point at(ControlSnapshot s, Place p) {
        return GF.createPoint(s.projection().project(p.lon(), p.lat()));
    }

    @Test
    void aCapturedTownLiesInTheRussianAreaAfterTheClaimOnly() {
        ControlAreas areas = engine(BAKHMUT_BATTLE);
        ControlSnapshot before = areas.at(d("2023-05-19"), ControlView.ALL);
        ControlSnapshot after = areas.at(d("2023-05-20"), ControlView.ALL);
        assertFalse(before.controlled(Side.RU).contains(at(before, BAKHMUT)));
        assertTrue(before.contested(Side.UA).contains(at(before, BAKHMUT)), "fought over, held by UA");
        assertTrue(after.controlled(Side.RU).contains(at(after, BAKHMUT)));
        assertFalse(after.controlled(Side.UA).contains(at(after, BAKHMUT)));
    }

    @Test
    void aRetakenVillageLeavesTheRussianArea() {
        ControlAreas areas = engine(BAKHMUT_BATTLE);
        assertTrue(areas.at(d("2023-09-16"), ControlView.ALL).controlled(Side.RU)
                .contains(at(areas.at(d("2023-09-16"), ControlView.ALL), KLISHCHIIVKA)));
        ControlSnapshot after = areas.at(d("2023-09-17"), ControlView.ALL);
        assertFalse(after.controlled(Side.RU).contains(at(after, KLISHCHIIVKA)));
        assertTrue(after.controlled(Side.UA).contains(at(after, KLISHCHIIVKA)));
    }

    @Test
    void withdrawalGivesThePlaceToTheOtherSide() {
        ControlSnapshot s = engine(BAKHMUT_BATTLE).at(d("2023-01-17"), ControlView.ALL);
        assertTrue(s.controlled(Side.RU).contains(at(s, SOLEDAR)));
        assertEquals(ControlStatus.RU, s.statusOf(SOLEDAR.id()));
    }

    @Test
    void aDenialDoesNotMoveTheLineButMarksThePlaceDisputed() {
        List<Claim> claims = List.of(claim(CHASIV_YAR, CAPTURED, Side.RU, ClaimStatus.DENIED, ClaimantKind.UA_SIDE,
                "2024-04-01"));
        ControlSnapshot plain = engine(List.of()).at(d("2024-04-02"), ControlView.ALL);
        ControlSnapshot denied = engine(claims).at(d("2024-04-02"), ControlView.ALL);
        assertTrue(denied.stateOf(CHASIV_YAR.id()).disputed());
        assertEquals(ControlStatus.UA, denied.statusOf(CHASIV_YAR.id()));
        assertEquals(0, plain.frontLine().getLength() - denied.frontLine().getLength(), 1e-6);
        assertEquals(plain.areaKm2(AreaKind.RU_CONTROLLED), denied.areaKm2(AreaKind.RU_CONTROLLED), 1e-9);
    }

    @Test
    void aForecastChangesNothing() {
        List<Claim> claims = List.of(claim(CHASIV_YAR, CAPTURED, Side.RU, ClaimStatus.FORECAST, ClaimantKind.RU_SIDE,
                "2024-04-01"));
        ControlSnapshot s = engine(claims).at(d("2024-04-02"), ControlView.ALL);
        assertEquals(ControlStatus.UA, s.statusOf(CHASIV_YAR.id()));
        assertFalse(s.stateOf(CHASIV_YAR.id()).disputed());
    }

    @Test
    void contestedGoesStaleBackToTheHolder() {
        ControlAreas areas = engine(List.of(claim(CHASIV_YAR, FIGHTING, Side.RU, "2024-04-01")));
        ControlSnapshot fresh = areas.at(d("2024-04-10"), ControlView.ALL);
        ControlSnapshot stale = areas.at(d("2024-05-10"), ControlView.ALL);
        assertTrue(fresh.contested(Side.UA).contains(at(fresh, CHASIV_YAR)));
        assertTrue(stale.contested(Side.UA).isEmpty());
        assertTrue(stale.controlled(Side.UA).contains(at(stale, CHASIV_YAR)));
    }

    @Test
    void theTwoSidesNeverOverlapAndEveryPolygonIsValid() {
        ControlAreas areas = engine(BAKHMUT_BATTLE);
        for (String date : List.of("2022-03-01", "2023-01-20", "2023-04-15", "2023-06-01", "2023-10-01")) {
            ControlSnapshot s = areas.at(d(date), ControlView.ALL);
            List<Geometry> all = new ArrayList<>();
            for (AreaKind k : AreaKind.values()) {
                assertTrue(s.area(k).isValid(), k + " on " + date);
                s.pieces(k).forEach(p -> assertTrue(p.isValid(), "piece of " + k));
                all.add(s.area(k));
            }
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    assertEquals(0, all.get(i).intersection(all.get(j)).getArea(), 1.0,
                            "overlap of " + AreaKind.values()[i] + " and " + AreaKind.values()[j] + " on " + date);
                }
            }
        }
    }

    @Test
    void adjacentHeldPlacesMergeAndALoneVillageStaysSmall() {
        ControlSnapshot s = engine(List.of(claim(KLISHCHIIVKA, CAPTURED, Side.RU, "2023-01-20")))
                .at(d("2023-01-21"), ControlView.ALL);
        double radius = RadiusRule.DEFAULT.radiusMetres(KLISHCHIIVKA);
        int patches = 0;
        for (int i = 0; i < s.controlled(Side.RU).getNumGeometries(); i++) {
            Geometry part = s.controlled(Side.RU).getGeometryN(i);
            if (part.contains(at(s, KLISHCHIIVKA))) {
                patches++;
                assertTrue(part.getArea() <= Math.PI * radius * radius * 1.01, "capped by the village's reach");
            }
        }
        assertEquals(1, patches);
        Geometry south = s.controlled(Side.RU);
        assertTrue(south.contains(at(s, HORLIVKA)) && south.contains(at(s, DEBALTSEVE)));
        assertEquals(ControlStatus.UA, s.statusOf(SVITLODARSK.id()));
    }

    @Test
    void theFrontLineSeparatesTheSides() {
        ControlSnapshot s = engine(BAKHMUT_BATTLE).at(d("2023-06-01"), ControlView.ALL);
        Geometry front = s.frontLine();
        assertTrue(front.getLength() > 2_000, "front " + front.getLength());
        Geometry ruEdge = s.controlled(Side.RU).getBoundary();
        assertEquals(front.getLength(), front.intersection(ruEdge.buffer(1)).getLength(), 1.0);
    }

    @Test
    void viewsFilterByClaimantKind() {
        List<Claim> claims = List.of(
                claim(CHASIV_YAR, CAPTURED, Side.RU, ClaimStatus.ASSERTED, ClaimantKind.RU_SIDE, "2024-04-01"),
                claim(SOLEDAR, CAPTURED, Side.RU, ClaimStatus.ASSERTED, ClaimantKind.OUTLET, "2024-04-01"),
                claim(BAKHMUT, FIGHTING, null, ClaimStatus.ASSERTED, ClaimantKind.UA_SIDE, "2024-04-01"));
        ControlAreas areas = engine(claims);
        LocalDateHolder day = new LocalDateHolder("2024-04-02");
        ControlSnapshot all = areas.at(day.date, ControlView.ALL);
        ControlSnapshot ru = areas.at(day.date, ControlView.RU);
        ControlSnapshot ua = areas.at(day.date, ControlView.UA);
        ControlSnapshot independent = areas.at(day.date, ControlView.INDEPENDENT);
        assertEquals(ControlStatus.RU, all.statusOf(CHASIV_YAR.id()));
        assertEquals(ControlStatus.RU, ru.statusOf(CHASIV_YAR.id()));
        assertEquals(ControlStatus.UA, ru.statusOf(SOLEDAR.id()));
        assertEquals(ControlStatus.UA, ua.statusOf(CHASIV_YAR.id()));
        assertEquals(ControlStatus.CONTESTED, ua.statusOf(BAKHMUT.id()));
        assertEquals(ControlStatus.RU, independent.statusOf(SOLEDAR.id()));
        assertEquals(ControlStatus.UA, independent.statusOf(CHASIV_YAR.id()));
        assertTrue(all.areaKm2(AreaKind.RU_CONTROLLED) > ru.areaKm2(AreaKind.RU_CONTROLLED));
    }

    private record LocalDateHolder(java.time.LocalDate date) {
        LocalDateHolder(String iso) {
            this(d(iso));
        }
    }

    @Test
    void areasAreClippedToLand() throws Exception {
        // A coastline in map metres 40 km south of Bakhmut, 7 km south of Horlivka: land to the north only.
        Coordinate b = MapProjection.lcc().project(BAKHMUT.lon(), BAKHMUT.lat());
        double y = b.y - 40_000;
        Geometry land = new WKTReader().read(String.format(java.util.Locale.ROOT,
                "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))", b.x - 300_000, y, b.x + 300_000, y,
                b.x + 300_000, y + 300_000, b.x - 300_000, y + 300_000, b.x - 300_000, y));
        ControlSnapshot s = engine(BAKHMUT_BATTLE).setLandClip(land).at(d("2023-06-01"), ControlView.ALL);
        for (AreaKind k : AreaKind.values()) {
            // Cells live on a 1 m grid: along a coast that allows about half a metre times its length.
            assertEquals(0, s.area(k).difference(land).getArea(), 50_000, k.name());
        }
        assertTrue(s.controlled(Side.RU).contains(at(s, BAKHMUT)));
        ControlSnapshot unclipped = engine(BAKHMUT_BATTLE).at(d("2023-06-01"), ControlView.ALL);
        assertTrue(unclipped.areaKm2(AreaKind.RU_CONTROLLED) > s.areaKm2(AreaKind.RU_CONTROLLED) + 10);
    }

    @Test
    void theCacheAgreesWithAFromScratchComputationForRandomDateSequences() {
        Random random = new Random(20240601);
        List<Claim> claims = new ArrayList<>();
        ClaimType[] types = ClaimType.values();
        for (int i = 0; i < 300; i++) {
            Place p = BAKHMUT_AREA.get(random.nextInt(BAKHMUT_AREA.size()));
            ClaimStatus status = random.nextInt(10) == 0 ? ClaimStatus.DENIED : ClaimStatus.ASSERTED;
            claims.add(claim(p, types[random.nextInt(types.length)], random.nextBoolean() ? Side.RU : Side.UA,
                    status, ClaimantKind.values()[random.nextInt(4)],
                    d("2022-02-24").plusDays(random.nextInt(900)).toString()));
        }
        ControlAreas cached = engine(claims).setTileMetres(8_000);
        for (int step = 0; step < 60; step++) {
            ControlView view = ControlView.values()[random.nextInt(4)];
            java.time.LocalDate date = d("2022-02-01").plusDays(random.nextInt(960));
            if (random.nextBoolean()) {
                date = date.minusDays(random.nextInt(3));
            }
            ControlSnapshot a = cached.at(date, view);
            ControlSnapshot b = cached.fromScratch(date, view);
            assertEquals(b.statesById(), a.statesById(), date + " " + view);
            for (AreaKind k : AreaKind.values()) {
                assertEquals(b.areaKm2(k), a.areaKm2(k), 1e-6, k + " " + date + " " + view);
                assertEquals(0, a.area(k).symDifference(b.area(k)).getArea(), 1.0, k + " " + date);
            }
            assertEquals(b.frontLine().getLength(), a.frontLine().getLength(), 1e-6);
        }
    }
}
