package org.frontline.control;

import static org.frontline.control.TestClaims.BAKHMUT;
import static org.frontline.control.TestClaims.CHASIV_YAR;
import static org.frontline.control.TestClaims.KLISHCHIIVKA;
import static org.frontline.control.TestClaims.SOLEDAR;
import static org.frontline.control.TestClaims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.frontline.model.ClaimType;
import org.frontline.model.Place;
import org.frontline.model.Side;
import org.junit.jupiter.api.Test;

/** Settlements no article names follow the nearest larger settlement with claims whose reach covers them. */
class ClaimHistoryTest {
    private static final Place SUBURB = new Place(9_100_001, "Suburb", 48.5700, 38.0300, "UA", "05", "", "PPL", 900,
            "test", 500);
    private static final Place ACROSS_BORDER = new Place(9_100_002, "Across", 48.5800, 38.0200, "RU", "61", "", "PPL", 900,
            "test", 500);

    @Test
    void anUnmentionedSuburbFollowsItsCity() {
        ClaimHistory h = ClaimHistory.of(List.of(BAKHMUT, SUBURB, ACROSS_BORDER, CHASIV_YAR),
                List.of(claim(BAKHMUT, ClaimType.CAPTURED, Side.RU, "2023-05-20")));
        assertEquals(h.claimsOf(h.indexOf(BAKHMUT.id())), h.claimsOf(h.indexOf(SUBURB.id())));
        assertTrue(h.claimsOf(h.indexOf(ACROSS_BORDER.id())).isEmpty(), "never across a border");
        assertTrue(h.claimsOf(h.indexOf(CHASIV_YAR.id())).isEmpty(), "out of Bakhmut's reach, and smaller is required");
    }

    @Test
    void aSettlementWithItsOwnClaimsOrBiggerThanTheClaimedOneKeepsItsOwn() {
        ClaimHistory h = ClaimHistory.of(List.of(BAKHMUT, SOLEDAR, KLISHCHIIVKA), List.of(
                claim(KLISHCHIIVKA, ClaimType.CAPTURED, Side.RU, "2023-01-20"),
                claim(SOLEDAR, ClaimType.WITHDREW, Side.UA, "2023-01-16")));
        assertTrue(h.claimsOf(h.indexOf(BAKHMUT.id())).isEmpty(), "Bakhmut is bigger than Klishchiivka: it does not follow it");
        assertEquals(1, h.claimsOf(h.indexOf(SOLEDAR.id())).size(), "Soledar keeps its own claim");
    }
}
