package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            KYIV, March 3, 2024 — Officials said                  | 2024-03-03
            WASHINGTON, Sept. 21st, 2023 (Wire) - Text             | 2023-09-21
            Madrid, 10 de febrero de 2025 (EFE).- Texto            | 2025-02-10
            Madrid, 10 feb 2025 (EFE).- Texto                      | 2025-02-10
            PARIS, 3 mars 2024 (AFP) - Texte                       | 2024-03-03
            Paris, le 1er avril 2024 - Texte                       | 2024-04-01
            Berlin, 3. März 2024 - Text                            | 2024-03-03
            Київ, 3 березня 2024 р. Текст                          | 2024-03-03
            Москва, 12 сентября 2023 г. Текст                      | 2023-09-12
            Донецьк 12.03.2024. Текст                              | 2024-03-12
            Published 2024-06-30T10:00 by the desk                 | 2024-06-30
            """)
    void readsDatelinesInTheSixLanguages(String head, String expected) {
        DatelineParser.Found f = DatelineParser.find(head).orElseThrow();
        assertEquals(LocalDate.parse(expected), f.date(), f.toString());
    }

    @Test
    void earliestDateWinsAndOnlyTheHeadIsSearched() {
        String text = "LVIV, May 2, 2024 — It recalled events of 1 March 2022.";
        assertEquals(LocalDate.of(2024, 5, 2), DatelineParser.find(text).orElseThrow().date());
        String late = "x".repeat(DatelineParser.WINDOW) + " March 3, 2024";
        assertTrue(DatelineParser.find(late).isEmpty());
    }

    @Test
    void yearlessAndImpossibleDatesGiveNoDateButSayWhy() {
        DatelineParser.Found yearless = DatelineParser.find("Madrid, 10 feb (EFE).- Texto").orElseThrow();
        assertNull(yearless.date());
        assertTrue(yearless.reason().contains("no year"), yearless.reason());
        DatelineParser.Found impossible = DatelineParser.find("Dated 2025-02-30 in the text").orElseThrow();
        assertNull(impossible.date());
        assertTrue(impossible.reason().contains("2025-02-30"), impossible.reason());
    }

    @Test
    void wordsThatAreNotMonthsAndSlashedDatesAreIgnored() {
        assertTrue(DatelineParser.find("Brigades 1, 9 and 132 of the 51 Army; 5 may be more. 03/04/2024").stream()
                .allMatch(f -> f.date() == null));
    }
}
