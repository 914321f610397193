package org.frontline.control;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.ClaimantKind;
import org.frontline.model.FuzzyDate;
import org.frontline.model.Place;
import org.frontline.model.Side;

/** Small hand-written claim histories and real settlements around Bakhmut for the control tests. */
final class TestClaims {
    private static final AtomicLong IDS = new AtomicLong(1);

    static final Place BAKHMUT = place(704508, "Bakhmut", 48.5947, 38.0008, 72_000);
    static final Place SOLEDAR = place(692087, "Soledar", 48.6833, 38.0833, 10_500);
    static final Place CHASIV_YAR = place(711016, "Chasiv Yar", 48.5866, 37.8347, 12_000);
    static final Place KLISHCHIIVKA = place(9_000_001, "Klishchiivka", 48.5336, 37.9706, 400);
    static final Place KOSTIANTYNIVKA = place(704147, "Kostiantynivka", 48.5277, 37.7058, 67_000);
    static final Place TORETSK = place(709161, "Toretsk", 48.3972, 37.8472, 30_000);
    static final Place HORLIVKA = place(708233, "Horlivka", 48.3000, 38.0500, 240_000);
    static final Place POPASNA = place(697309, "Popasna", 48.6333, 38.3833, 20_000);
    static final Place SIVERSK = place(693196, "Siversk", 48.8667, 38.1000, 11_000);
    static final Place KRAMATORSK = place(704617, "Kramatorsk", 48.7389, 37.5644, 150_000);
    static final Place DRUZHKIVKA = place(709334, "Druzhkivka", 48.6203, 37.5278, 55_000);
    static final Place SVITLODARSK = place(692371, "Svitlodarsk", 48.4333, 38.2167, 11_000);
    static final Place DEBALTSEVE = place(709611, "Debaltseve", 48.3400, 38.4000, 25_000);

    static final List<Place> BAKHMUT_AREA = List.of(BAKHMUT, SOLEDAR, CHASIV_YAR, KLISHCHIIVKA, KOSTIANTYNIVKA,
            TORETSK, HORLIVKA, POPASNA, SIVERSK, KRAMATORSK, DRUZHKIVKA, SVITLODARSK, DEBALTSEVE);

    private TestClaims() {
    }

    static Place place(long id, String name, double lat, double lon, long population) {
        return new Place(id, name, lat, lon, "UA", "05", "", "PPL", population, "curated", 500);
    }

    static Claim claim(Place place, ClaimType type, Side side, String date) {
        return claim(place, type, side, ClaimStatus.ASSERTED, ClaimantKind.INDEPENDENT, date);
    }

    static Claim claim(Place place, ClaimType type, Side side, ClaimStatus status, ClaimantKind kind, String date) {
        long id = IDS.getAndIncrement();
        return new Claim(id, 1, "h:" + id + ":" + type.code(), place.name(), place.id(), type, side,
                new Claimant(kind.code() + " source", kind), status, status == ClaimStatus.DENIED ? "someone" : null,
                date == null ? null : FuzzyDate.day(LocalDate.parse(date)), "quote", 0, 5, 0.9);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
