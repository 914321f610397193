package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.frontline.model.DatePrecision;
import org.frontline.model.FuzzyDate;
import org.junit.jupiter.api.Test;

/** How the details pane writes an event date of each precision. */
class EventDateTextTest {
    private static String text(String date, DatePrecision precision) {
        return EventDateText.of(new FuzzyDate(LocalDate.parse(date), precision));
    }

    @Test
    void everyPrecisionReads() {
        assertEquals("unknown", EventDateText.of(null));
        assertEquals("March 2023 (month precision)", text("2023-03-01", DatePrecision.MONTH));
        assertEquals("2022 (year precision)", text("2022-01-01", DatePrecision.YEAR));
        assertEquals("autumn 2022 (season precision)", text("2022-09-01", DatePrecision.SEASON));
        assertEquals("winter 2023/24 (season precision)", text("2023-12-01", DatePrecision.SEASON));
    }
}
