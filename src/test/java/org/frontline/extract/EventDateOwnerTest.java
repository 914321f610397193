package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.frontline.model.Claim;
import org.frontline.model.ClaimType;
import org.frontline.model.DatePrecision;
import org.frontline.model.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which date a claim takes when its sentence gives more than its event: a date of another clause
 * is not the claim's, a date after "since" starts a state that still holds at publication, and
 * "at the start/end of the month (week)" dates the event. Sentences written for these tests.
 */
class EventDateOwnerTest {
    /** A Wednesday. */
    private static final String PUBLISHED = "2024-03-20";
    private static final FuzzyDate PUBLICATION_DAY = FuzzyDate.day(LocalDate.parse(PUBLISHED));

    private static FuzzyDate dateOf(String lang, String published, String text, String place, ClaimType type) {
        Extraction e = Fixtures.extract(lang, published, text);
        return e.claims().stream()
                .filter(c -> place.equals(KnownPlaces.name(c.placeId())) && c.type() == type)
                .map(Claim::eventDate)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " claim on " + place + " in: " + text
                        + " got " + Fixtures.summaries(e)));
    }

    private static FuzzyDate week(String iso) {
        return new FuzzyDate(LocalDate.parse(iso), DatePrecision.WEEK);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | Ukrainian troops withdrew from Krynky, ending a blockade that began in late January.          | Krynky | WITHDREW
            es | Las tropas ucranianas abandonaron Krynky, que defendían a finales de enero.                   | Krynky | WITHDREW
            fr | Les troupes ukrainiennes ont quitté Krynky, une localité qu'elles tenaient encore à la fin janvier. | Krynky | WITHDREW
            de | Ukrainische Truppen haben sich aus Krynky zurückgezogen, das sie Mitte Januar noch hielten.   | Krynky | WITHDREW
            ru | Украинские войска покинули Крынки, которые они удерживали в конце января.                     | Krynky | WITHDREW
            uk | Українські війська залишили Кринки, які вони утримували наприкінці січня.                     | Krynky | WITHDREW
            """)
    void aDateInAnotherClauseIsNotTheEventsDate(String lang, String text, String place, ClaimType type) {
        assertEquals(PUBLICATION_DAY, dateOf(lang, PUBLISHED, text, place, type));
    }

    /**
     * The control of the two tables above and below: their date phrases, in a clause of the event
     * itself, do date it (else those tables would pass with dates that are simply not read).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | Ukrainian troops withdrew from Krynky in late January.                 | Krynky    | WITHDREW | 2024-01-21 | WEEK
            es | Las tropas ucranianas abandonaron Krynky a finales de enero.           | Krynky    | WITHDREW | 2024-01-21 | WEEK
            fr | Les troupes ukrainiennes ont quitté Krynky à la fin janvier.            | Krynky    | WITHDREW | 2024-01-21 | WEEK
            de | Ukrainische Truppen haben sich Mitte Januar aus Krynky zurückgezogen.   | Krynky    | WITHDREW | 2024-01-11 | WEEK
            ru | Украинские войска покинули Крынки в конце января.                      | Krynky    | WITHDREW | 2024-01-21 | WEEK
            uk | Українські війська залишили Кринки наприкінці січня.                   | Krynky    | WITHDREW | 2024-01-21 | WEEK
            en | Russian forces captured Vovchansk in mid-February.                     | Vovchansk | CAPTURED | 2024-02-11 | WEEK
            de | Russische Truppen haben Kupjansk Ende Januar besetzt.                   | Kupiansk  | CAPTURED | 2024-01-21 | WEEK
            fr | Les forces russes ont pris Lyman le 3 février.                         | Lyman     | CAPTURED | 2024-02-03 | DAY
            es | Las tropas rusas tomaron Krynky a principios de febrero.               | Krynky    | CAPTURED | 2024-02-01 | WEEK
            ru | Российские войска заняли Волчанск в начале февраля.                    | Vovchansk | CAPTURED | 2024-02-01 | WEEK
            uk | Російські війська окупували Лиман наприкінці січня.                    | Lyman     | CAPTURED | 2024-01-21 | WEEK
            en | Russian troops occupied Kupiansk in 2022.                              | Kupiansk  | CAPTURED | 2022-01-01 | YEAR
            en | Vovchansk fell into Russian hands in mid-February.                     | Vovchansk | CAPTURED | 2024-02-11 | WEEK
            es | Krynky cayó en manos rusas a principios de febrero.                    | Krynky    | CAPTURED | 2024-02-01 | WEEK
            fr | Lyman est tombée aux mains des Russes le 3 février.                    | Lyman     | CAPTURED | 2024-02-03 | DAY
            """)
    void theSameDatePhrasesDateTheEventInItsOwnClause(String lang, String text, String place, ClaimType type,
                                                      LocalDate date, DatePrecision precision) {
        assertEquals(new FuzzyDate(date, precision), dateOf(lang, PUBLISHED, text, place, type));
    }

    /** A month with "last year" after it is that month of the year before publication, not the latest such month. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | Russian forces captured Vovchansk in May last year.                     | Vovchansk | CAPTURED | 2023-05-01 | MONTH
            en | In May of last year Russian forces captured Vovchansk.                  | Vovchansk | CAPTURED | 2023-05-01 | MONTH
            de | Russische Truppen nahmen Kupjansk im Mai letzten Jahres ein.             | Kupiansk  | CAPTURED | 2023-05-01 | MONTH
            es | Las tropas rusas tomaron Krynky en mayo del año pasado.                 | Krynky    | CAPTURED | 2023-05-01 | MONTH
            fr | Les forces russes ont pris Lyman en mai de l'année dernière.            | Lyman     | CAPTURED | 2023-05-01 | MONTH
            ru | Российские войска заняли Волчанск в мае прошлого года.                  | Vovchansk | CAPTURED | 2023-05-01 | MONTH
            uk | Російські війська окупували Лиман у травні минулого року.               | Lyman     | CAPTURED | 2023-05-01 | MONTH
            """)
    void aMonthOfLastYear(String lang, String text, String place, ClaimType type, LocalDate date, DatePrecision precision) {
        assertEquals(new FuzzyDate(date, precision), dateOf(lang, "2024-08-20", text, place, type));
    }

    @Test
    void theStartOfTheMonthDatesTheEventNotTheOtherClausesMonth() {
        assertEquals(week("2024-03-01"), dateOf("en", PUBLISHED,
                "Ukrainian troops withdrew from Krynky at the start of the month, ending a blockade that began in late January.",
                "Krynky", ClaimType.WITHDREW));
    }

    @Test
    void partsOfTheCurrentMonthAndWeekInEveryLanguage() {
        assertEquals(week("2024-03-11"), dateOf("en", PUBLISHED,
                "Russian forces captured Krynky in the middle of the month.", "Krynky", ClaimType.CAPTURED));
        assertEquals(week("2024-03-21"), dateOf("es", "2024-03-28",
                "Las tropas ucranianas se retiraron de Krynky a finales de mes.", "Krynky", ClaimType.WITHDREW));
        assertEquals(week("2024-02-21"), dateOf("es", PUBLISHED,
                "Las tropas ucranianas se retiraron de Krynky a finales de mes.", "Krynky", ClaimType.WITHDREW),
                "the end of a month that has not ended yet is the end of the previous one");
        assertEquals(week("2024-03-01"), dateOf("fr", PUBLISHED,
                "Les troupes russes ont pris Krynky au début du mois.", "Krynky", ClaimType.CAPTURED));
        assertEquals(week("2024-03-18"), dateOf("de", PUBLISHED,
                "Russische Truppen haben Anfang der Woche Krynky erobert.", "Krynky", ClaimType.CAPTURED));
        assertEquals(week("2024-03-01"), dateOf("ru", PUBLISHED,
                "В начале месяца российские войска взяли Крынки.", "Krynky", ClaimType.CAPTURED));
        assertEquals(week("2024-03-18"), dateOf("uk", PUBLISHED,
                "На початку тижня російські війська захопили Кринки.", "Krynky", ClaimType.CAPTURED));
    }

    /** The last case: a state since an earlier year is no history either. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | Vovchansk has been occupied by Russian forces since mid-February. | Vovchansk | CAPTURED
            de | Kupjansk ist seit Ende Januar von russischen Truppen besetzt.      | Kupiansk  | CAPTURED
            fr | Lyman est occupée par les forces russes depuis le 3 février.       | Lyman     | CAPTURED
            es | Las tropas rusas ocupan Krynky desde principios de febrero.        | Krynky    | CAPTURED
            ru | Волчанск занят российскими войсками с начала февраля.             | Vovchansk | CAPTURED
            uk | Лиман окупований російськими військами з кінця січня.              | Lyman     | CAPTURED
            en | Russian troops have occupied Kupiansk since 2022.                  | Kupiansk  | CAPTURED
            """)
    void sinceADateTellsAStateThatHoldsAtPublication(String lang, String text, String place, ClaimType type) {
        assertEquals(PUBLICATION_DAY, dateOf(lang, PUBLISHED, text, place, type));
    }

    @Test
    void aSinceDateNearerTheTriggerDoesNotHideTheEventsDate() {
        // "since late January" is nearer "captured" than "on Monday", yet tells when a state began.
        assertEquals(FuzzyDate.day(LocalDate.parse("2024-03-18")), dateOf("en", PUBLISHED,
                "On Monday, after weeks of pressure since late January, Russian forces captured Kupiansk.",
                "Kupiansk", ClaimType.CAPTURED));
    }

    @Test
    void aRelativeClauseThatReportsTheEventKeepsItsDate() {
        assertEquals(week("2024-02-01"), dateOf("en", PUBLISHED,
                "Officials spoke of the capture of Krynky, which Moscow announced in early February, as a turning point.",
                "Krynky", ClaimType.CAPTURED));
    }

    @Test
    void aDateBeforeAReportClauseStillDatesTheReportedEvent() {
        assertEquals(FuzzyDate.day(LocalDate.parse("2024-03-18")), dateOf("en", PUBLISHED,
                "Kyiv said on Monday that Russian forces had captured Krynky.", "Krynky", ClaimType.CAPTURED));
    }
}
