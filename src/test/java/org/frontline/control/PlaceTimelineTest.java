package org.frontline.control;

import static org.frontline.control.TestClaims.BAKHMUT;
import static org.frontline.control.TestClaims.claim;
import static org.frontline.control.TestClaims.d;
import static org.frontline.model.ClaimStatus.DENIED;
import static org.frontline.model.ClaimStatus.FORECAST;
import static org.frontline.model.ClaimStatus.HISTORICAL;
import static org.frontline.model.ClaimType.ADVANCING;
import static org.frontline.model.ClaimType.CAPTURED;
import static org.frontline.model.ClaimType.ENCIRCLED;
import static org.frontline.model.ClaimType.FIGHTING;
import static org.frontline.model.ClaimType.RETAKEN;
import static org.frontline.model.ClaimType.SHELLED;
import static org.frontline.model.ClaimType.WITHDREW;
import static org.frontline.model.ClaimantKind.RU_SIDE;
import static org.frontline.model.ClaimantKind.UA_SIDE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.frontline.model.Claim;
import org.frontline.model.Side;
import org.junit.jupiter.api.Test;

/** One test per rule of docs/control-rules.md, each on a small claim history of one place. */
class PlaceTimelineTest {
    private static final PlaceState UA_HELD = PlaceState.held(Side.UA);
    private static final PlaceState RU_HELD = PlaceState.held(Side.RU);

    private static ControlStatus statusOn(PlaceState baseline, String date, Claim... claims) {
        return PlaceTimeline.compile(baseline, List.of(claims), ControlRules.DEFAULT).stateAt(d(date).toEpochDay())
                .status();
    }

    @Test
    void captureChangesTheHolderFromItsDateOn() {
        Claim c = claim(BAKHMUT, CAPTURED, Side.RU, "2023-05-20");
        assertEquals(ControlStatus.UA, statusOn(UA_HELD, "2023-05-19", c));
        assertEquals(ControlStatus.RU, statusOn(UA_HELD, "2023-05-20", c));
        assertEquals(ControlStatus.RU, statusOn(UA_HELD, "2024-05-20", c));
    }

    @Test
    void laterClaimsWinOverEarlierOnes() {
        Claim taken = claim(BAKHMUT, CAPTURED, Side.RU, "2023-05-20");
        Claim retaken = claim(BAKHMUT, RETAKEN, Side.UA, "2023-06-10");
        assertEquals(ControlStatus.RU, statusOn(UA_HELD, "2023-06-09", taken, retaken));
        assertEquals(ControlStatus.UA, statusOn(UA_HELD, "2023-06-10", taken, retaken));
    }

    @Test
    void withdrewGivesThePlaceToTheOtherSide() {
        Claim left = claim(BAKHMUT, WITHDREW, Side.UA, "2023-05-20");
        assertEquals(ControlStatus.RU, statusOn(UA_HELD, "2023-05-21", left));
        Claim ruLeft = claim(BAKHMUT, WITHDREW, Side.RU, "2023-06-01");
        assertEquals(ControlStatus.UA, statusOn(UA_HELD, "2023-06-02", left, ruLeft));
    }

    @Test
    void aDenialMarksThePlaceDisputedWithoutMovingIt() {
        Claim denied = claim(BAKHMUT, CAPTURED, Side.RU, DENIED, UA_SIDE, "2023-02-01");
        PlaceTimeline t = PlaceTimeline.compile(UA_HELD, List.of(denied), ControlRules.DEFAULT);
        PlaceState s = t.stateAt(d("2023-02-02").toEpochDay());
        assertEquals(ControlStatus.UA, s.status());
        assertTrue(s.disputed());
        assertFalse(t.stateAt(d("2023-03-15").toEpochDay()).disputed(), "a denial goes stale too");
    }

    @Test
    void anAssertionSettlesADispute() {
        Claim denied = claim(BAKHMUT, CAPTURED, Side.RU, DENIED, UA_SIDE, "2023-02-01");
        Claim taken = claim(BAKHMUT, CAPTURED, Side.RU, "2023-02-05");
        PlaceState s = PlaceTimeline.compile(UA_HELD, List.of(denied, taken), ControlRules.DEFAULT)
                .stateAt(d("2023-02-06").toEpochDay());
        assertEquals(ControlStatus.RU, s.status());
        assertFalse(s.disputed());
    }

    @Test
    void forecastsAndHistoricalReferencesChangeNothing() {
        Claim forecast = claim(BAKHMUT, CAPTURED, Side.RU, FORECAST, RU_SIDE, "2023-02-01");
        Claim history = claim(BAKHMUT, CAPTURED, Side.RU, HISTORICAL, RU_SIDE, "2023-02-01");
        Claim fightingForecast = claim(BAKHMUT, FIGHTING, Side.RU, FORECAST, RU_SIDE, "2023-02-01");
        assertEquals(ControlStatus.UA, statusOn(UA_HELD, "2023-02-02", forecast, history, fightingForecast));
        assertEquals(0, PlaceTimeline.compile(UA_HELD, List.of(forecast, history), ControlRules.DEFAULT)
                .changeDays().length);
    }

    @Test
    void fightingMakesAPlaceContestedUntilItGoesStale() {
        Claim fight = claim(BAKHMUT, FIGHTING, null, "2023-01-01");
        assertEquals(ControlStatus.CONTESTED, statusOn(UA_HELD, "2023-01-01", fight));
        assertEquals(ControlStatus.CONTESTED, statusOn(UA_HELD, "2023-01-30", fight));
        assertEquals(ControlStatus.UA, statusOn(UA_HELD, "2023-01-31", fight), "30 days without news");
    }

    @Test
    void freshNewsKeepsAPlaceContested() {
        Claim first = claim(BAKHMUT, FIGHTING, null, "2023-01-01");
        Claim again = claim(BAKHMUT, ADVANCING, Side.RU, "2023-01-25");
        assertEquals(ControlStatus.CONTESTED, statusOn(UA_HELD, "2023-02-20", first, again));
        assertEquals(ControlStatus.UA, statusOn(UA_HELD, "2023-02-24", first, again));
    }

    @Test
    void staleContestFallsBackToTheLastHolder() {
        Claim taken = claim(BAKHMUT, CAPTURED, Side.RU, "2023-01-01");
        Claim fight = claim(BAKHMUT, FIGHTING, Side.UA, "2023-03-01");
        PlaceTimeline t = PlaceTimeline.compile(UA_HELD, List.of(taken, fight), ControlRules.DEFAULT);
        assertEquals(Side.RU, t.stateAt(d("2023-03-05").toEpochDay()).holder());
        assertEquals(ControlStatus.RU, t.stateAt(d("2023-04-15").toEpochDay()).status());
    }

    @Test
    void theStalePeriodIsConfigurable() {
        Claim fight = claim(BAKHMUT, FIGHTING, null, "2023-01-01");
        PlaceTimeline t = PlaceTimeline.compile(UA_HELD, List.of(fight), ControlRules.DEFAULT.withStaleDays(7));
        assertEquals(ControlStatus.CONTESTED, t.stateAt(d("2023-01-07").toEpochDay()).status());
        assertEquals(ControlStatus.UA, t.stateAt(d("2023-01-08").toEpochDay()).status());
    }

    @Test
    void advancingOrEncircledByTheHolderChangesNothing() {
        Claim ownAdvance = claim(BAKHMUT, ADVANCING, Side.UA, "2023-01-01");
        Claim ownRing = claim(BAKHMUT, ENCIRCLED, Side.UA, "2023-01-02");
        assertEquals(ControlStatus.UA, statusOn(UA_HELD, "2023-01-03", ownAdvance, ownRing));
        Claim enemyAdvance = claim(BAKHMUT, ADVANCING, Side.RU, "2023-01-01");
        Claim enemyRing = claim(BAKHMUT, ENCIRCLED, Side.UA, "2023-01-01");
        assertEquals(ControlStatus.CONTESTED, statusOn(UA_HELD, "2023-01-03", enemyAdvance));
        assertEquals(ControlStatus.CONTESTED, statusOn(RU_HELD, "2023-01-03", enemyRing));
    }

    @Test
    void shellingChangesNothing() {
        Claim shelled = claim(BAKHMUT, SHELLED, Side.RU, "2023-01-01");
        assertEquals(ControlStatus.UA, statusOn(UA_HELD, "2023-01-02", shelled));
    }

    @Test
    void aCaptureEndsAContest() {
        Claim fight = claim(BAKHMUT, FIGHTING, null, "2023-01-01");
        Claim taken = claim(BAKHMUT, CAPTURED, Side.RU, "2023-01-10");
        assertEquals(ControlStatus.RU, statusOn(UA_HELD, "2023-01-11", fight, taken));
    }

    @Test
    void theLaterClaimOfTheSameDayWins() {
        Claim taken = claim(BAKHMUT, CAPTURED, Side.RU, "2023-01-10");
        Claim retaken = claim(BAKHMUT, RETAKEN, Side.UA, "2023-01-10");
        PlaceTimeline t = PlaceTimeline.compile(UA_HELD, List.of(taken, retaken), ControlRules.DEFAULT);
        assertEquals(ControlStatus.UA, t.stateAt(d("2023-01-10").toEpochDay()).status());
        assertEquals(0, t.changeDays().length, "a change undone the same day is no change");
    }

    @Test
    void aPlaceNobodyHoldsIsUnknownUntilAClaim() {
        Claim taken = claim(BAKHMUT, CAPTURED, Side.RU, "2023-01-10");
        assertEquals(ControlStatus.UNKNOWN, statusOn(PlaceState.UNKNOWN, "2023-01-09", taken));
        assertEquals(ControlStatus.RU, statusOn(PlaceState.UNKNOWN, "2023-01-10", taken));
    }

    @Test
    void undatedAndPreBaselineClaimsAreIgnoredByTheHistory() {
        Claim undated = claim(BAKHMUT, CAPTURED, Side.RU, null);
        Claim old = claim(BAKHMUT, CAPTURED, Side.RU, "2015-02-18");
        ClaimHistory h = ClaimHistory.of(List.of(BAKHMUT), List.of(undated, old));
        assertEquals(1, h.ignoredClaims());
        ViewTimelines v = ViewTimelines.build(h, ControlView.ALL, new PlaceState[] {UA_HELD}, ControlRules.DEFAULT);
        assertEquals(ControlStatus.UA, v.timeline(0).stateAt(d("2023-01-01").toEpochDay()).status());
    }

    @Test
    void packedStatesRoundTrip() {
        for (Side s : new Side[] {null, Side.RU, Side.UA}) {
            for (boolean c : new boolean[] {false, true}) {
                for (boolean disputed : new boolean[] {false, true}) {
                    PlaceState st = new PlaceState(s, c, disputed);
                    assertEquals(st, PlaceState.of(st.code()));
                }
            }
        }
    }
}
