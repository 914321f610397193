package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimantKind;
import org.frontline.model.DatePrecision;
import org.frontline.model.FuzzyDate;
import org.frontline.model.MentionRole;
import org.frontline.model.PlaceMention;
import org.frontline.model.Side;
import org.junit.jupiter.api.Test;

/** Claimants, dates, offsets, keys, roles and language handling, on sentences written for these tests. */
class ClaimDetailsTest {

    private static Claim only(String lang, String published, String text) {
        List<Claim> claims = Fixtures.extract(lang, published, text).claims();
        assertEquals(1, claims.size(), () -> "one claim expected in: " + text + " got " + Fixtures.summaries(
                Fixtures.extract(lang, published, text)));
        return claims.get(0);
    }

    private static FuzzyDate day(String iso) {
        return FuzzyDate.day(LocalDate.parse(iso));
    }

    @Test
    void claimantsFromTheSentenceTheParagraphOrTheOutlet() {
        Claim mod = only("en", "2024-02-22", "Russia's defence ministry said its forces captured Krynky.");
        assertEquals("Russian Ministry of Defence", mod.claimant().name());
        assertEquals(ClaimantKind.RU_SIDE, mod.claimant().kind());

        Claim isw = only("en", "2024-02-22", "Russian forces advanced in Siversk, according to ISW.");
        assertEquals(ClaimantKind.INDEPENDENT, isw.claimant().kind());

        Claim paragraph = Fixtures.extract("en", "2024-02-22",
                "Ukrainian troops retook Robotyne. The Ukrainian General Staff reported it in the morning.").claims().get(0);
        assertEquals("Ukrainian General Staff", paragraph.claimant().name());

        Claim outlet = only("en", "2024-02-22", "Russian troops shelled Kherson.");
        assertEquals(ClaimantKind.OUTLET, outlet.claimant().kind());
        assertEquals("Test Outlet", outlet.claimant().name());

        Claim pronoun = Fixtures.extract("en", "2024-02-22",
                "Denis Pushilin spoke to reporters.\nAccording to him, Russian forces captured Krynky.").claims().get(0);
        assertEquals("Denis Pushilin", pronoun.claimant().name());
    }

    @Test
    void eachClauseKeepsItsOwnClaimant() {
        Extraction e = Fixtures.extract("en", "2025-02-01",
                "Russia claims to have captured Toretsk, but Ukraine says fighting continues in the city.");
        assertEquals(ClaimantKind.RU_SIDE, e.claims().get(0).claimant().kind());
        assertEquals(ClaimantKind.UA_SIDE, e.claims().get(1).claimant().kind());
    }

    @Test
    void aSpeakerNamedAfterAQuoteIsNeitherADenialNorTheOneDenied() {
        // "Denis" once matched the English denial cue "deni*", and a claimant after a denial is the one answered
        Claim quote = only("en", "2023-01-25",
                "\u201cFighting goes on in Bakhmut,\u201d said Denis Pushilin, the Russian-installed leader of the Donetsk region.");
        assertEquals("Denis Pushilin", quote.claimant().name());
        Claim denial = only("fr", "2025-12-12", "Siversk n'est pas tombée, a assuré le porte-parole ukrainien, "
                + "démentant les affirmations du chef d'état-major russe Valéri Guérassimov.");
        // the opponent the denial answers is not its claimant, and the fall it denies is the other side's gain
        assertTrue(denial.claimant().kind() != ClaimantKind.RU_SIDE, denial.claimant()::toString);
        assertEquals(Side.RU, denial.side());
        assertEquals(ClaimStatus.DENIED, denial.status());
    }

    @Test
    void denialRecordsWhoDenies() {
        Claim c = only("en", "2024-10-01", "Kyiv denied Moscow's claim that Ukrainian units in Kupiansk were surrounded.");
        assertEquals("Kyiv", c.deniedBy());
        assertEquals(ClaimantKind.RU_SIDE, c.claimant().kind());
    }

    @Test
    void relativeAndAbsoluteDatesInEveryLanguage() {
        // 2024-02-22 is a Thursday.
        assertEquals(day("2024-02-20"), only("en", "2024-02-22", "Russian forces captured Krynky on Tuesday.").eventDate());
        assertEquals(day("2024-02-22"), only("en", "2024-02-22", "Russian forces captured Krynky on Thursday.").eventDate());
        assertEquals(day("2024-02-21"), only("en", "2024-02-22", "Russian forces captured Krynky yesterday.").eventDate());
        assertEquals(day("2023-07-14"), only("en", "2024-02-22", "Russian forces captured Krynky on July 14.").eventDate(),
                "a month-day after publication belongs to the previous year");
        assertEquals(new FuzzyDate(LocalDate.parse("2024-01-11"), DatePrecision.WEEK),
                only("en", "2024-02-22", "Russian forces captured Krynky in mid-January.").eventDate());
        assertEquals(new FuzzyDate(LocalDate.parse("2024-02-12"), DatePrecision.WEEK),
                only("en", "2024-02-22", "Russian forces captured Krynky last week.").eventDate());
        assertEquals(day("2024-02-14"), only("es", "2024-02-22", "Las tropas rusas tomaron Krynky el 14 de febrero.").eventDate());
        assertEquals(day("2024-02-14"), only("fr", "2024-02-22", "Les troupes russes ont pris Krynky le 14 février.").eventDate());
        assertEquals(day("2024-02-14"), only("de", "2024-02-22", "Russische Truppen haben Krynky am 14. Februar erobert.").eventDate());
        assertEquals(day("2024-02-14"), only("ru", "2024-02-22", "14 февраля российские войска взяли Крынки.").eventDate());
        assertEquals(day("2024-02-14"), only("uk", "2024-02-22", "14 лютого російські війська захопили Кринки.").eventDate());
        assertEquals(day("2024-02-21"), only("uk", "2024-02-22", "Вчора російські війська захопили Кринки.").eventDate());
        assertEquals(day("2024-02-20"), only("es", "2024-02-22", "El martes las tropas rusas tomaron Krynky.").eventDate());
        assertEquals(new FuzzyDate(LocalDate.parse("2023-01-01"), DatePrecision.YEAR),
                only("ru", "2024-02-22", "В прошлом году российские войска взяли Крынки.").eventDate());
    }

    @Test
    void unknownPublicationDateLeavesRelativeDatesOpen() {
        assertNull(only("en", null, "Russian forces captured Krynky on Tuesday.").eventDate());
        assertEquals(day("2023-07-14"), only("en", null, "Russian forces captured Krynky on July 14, 2023.").eventDate());
    }

    @Test
    void quoteOffsetsKeysAndMentions() {
        String text = "Heavy rain fell.\n\nMr. Smith said Russian troops captured Krynky on Tuesday. Nothing else happened.";
        Extraction e = Fixtures.extract("en", "2024-02-22", text);
        Claim c = e.claims().get(0);
        assertEquals(text.substring(c.quoteStart(), c.quoteEnd()), c.quote());
        assertTrue(c.quote().startsWith("Mr. Smith"), "abbreviation does not split the sentence: " + c.quote());
        int at = text.indexOf("Krynky");
        assertEquals("h:" + at + ":captured", c.key());
        PlaceMention m = e.mentions().get(0);
        assertEquals("h:" + at, m.key());
        assertEquals(MentionRole.CLAIM, m.role());
        assertEquals("Krynky", text.substring(m.start(), m.end()));
        assertTrue(c.confidence() > 0.5 && c.confidence() <= 1, "confidence " + c.confidence());
    }

    @Test
    void rolesOfPlacesWithoutClaims() {
        Extraction e = Fixtures.extract("en", "2024-02-22",
                "Russian units pushed toward Pokrovsk, five km from Myrnohrad, cutting supply routes through Kostiantynivka.");
        assertEquals(List.of(), e.claims());
        assertEquals(List.of(MentionRole.DIRECTION, MentionRole.DISTANCE, MentionRole.CONTEXT),
                e.mentions().stream().map(PlaceMention::role).toList());
    }

    @Test
    void regionsAreNotSettlements() {
        Extraction e = Fixtures.extract("en", "2024-02-22", "Russian forces advanced in the Donetsk region.");
        assertEquals(List.of(), e.claims());
        assertEquals(List.of(), e.mentions());
    }

    @Test
    void unknownNameInClaimPositionStaysUnresolved() {
        Claim c = only("en", "2024-02-22", "Russian troops captured the village of Zolota Hirka.");
        assertNull(c.placeId());
        assertEquals("Zolota Hirka", c.placeText());
        assertTrue(c.confidence() < 0.5, "an unresolved place lowers confidence");
    }

    @Test
    void languageWithoutRulesIsReportedNotDropped() {
        Extraction e = Fixtures.extract("pl", "2024-02-22", "Rosyjskie wojska zajęły Krynky.");
        assertEquals("pl", e.language());
        assertTrue(e.languageNote().contains("no claim rules for 'pl'"), e.languageNote());
        assertEquals(List.of(), e.claims());
        assertEquals(1, e.mentions().size());
    }

    @Test
    void languageIsDetectedWhenNotGiven() {
        assertEquals("en", Fixtures.extract(null, "2024-02-22", "Russian forces captured Krynky on Tuesday.").language());
        assertEquals("es", Fixtures.extract(null, "2024-02-22", "Las tropas rusas tomaron Krynky el martes.").language());
        assertEquals("fr", Fixtures.extract(null, "2024-02-22", "Les troupes russes ont pris Krynky mardi.").language());
        assertEquals("de", Fixtures.extract(null, "2024-02-22", "Russische Truppen haben Krynky am Dienstag erobert.").language());
        assertEquals("ru", Fixtures.extract(null, "2024-02-22", "Российские войска взяли Крынки во вторник.").language());
        assertEquals("uk", Fixtures.extract(null, "2024-02-22", "Російські війська захопили Кринки у вівторок.").language());
    }

    @Test
    void aQuotedSentenceInAnotherLatinLanguageIsReadWithItsOwnRules() {
        Extraction e = Fixtures.extract(null, "2024-02-22",
                "The ministry in Madrid published a statement about the war in the east of the country.\n"
                        + "\"Las tropas rusas tomaron el control de Krynky y de los alrededores\", dice el texto.");
        assertEquals("en", e.language());
        assertEquals(List.of("Krynky captured RU asserted"), Fixtures.summaries(e));
    }

    @Test
    void aSentenceInAnotherScriptIsReadWithItsOwnRules() {
        Extraction e = Fixtures.extract(null, "2024-02-22",
                "The war goes on in the south and in the east of the country.\nРоссийские войска взяли Крынки во вторник.");
        assertEquals("en", e.language());
        assertEquals(List.of("Krynky captured RU asserted"), Fixtures.summaries(e));
        assertTrue(e.languageNote().contains("another language"), e.languageNote());
    }
}
