package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.frontline.model.DatePrecision;
import org.frontline.model.FuzzyDate;
import org.junit.jupiter.api.Test;

/** The date reader alone: resolution rules and robustness. */
class EventDateReaderTest {
    private static final RuleBook RULES = RuleBook.loadDefault();
    private static final EventDateReader READER = new EventDateReader();

    private static List<DateMention> read(String lang, String text, LocalDate published) {
        Tokens t = Tokens.of(text);
        return READER.read(t, 0, t.size(), published, RULES.forLanguage(lang).orElseThrow().calendar());
    }

    @Test
    void earlyMidLateAndYears() {
        LocalDate pub = LocalDate.parse("2025-02-10");
        assertEquals(new FuzzyDate(LocalDate.parse("2025-01-11"), DatePrecision.WEEK),
                read("es", "a mediados de enero de 2025", pub).get(0).date());
        assertEquals(new FuzzyDate(LocalDate.parse("2024-12-21"), DatePrecision.WEEK),
                read("en", "in late December", pub).get(0).date());
        assertEquals(new FuzzyDate(LocalDate.parse("2023-01-01"), DatePrecision.YEAR),
                read("en", "more than two years ago", pub).get(0).date());
        assertEquals(new FuzzyDate(LocalDate.parse("2023-05-01"), DatePrecision.MONTH),
                read("fr", "en mai 2023", pub).get(0).date());
        assertEquals(new FuzzyDate(LocalDate.parse("2025-01-01"), DatePrecision.WEEK),
                read("ru", "в начале января", pub).get(0).date());
    }

    @Test
    void seasonsWithTheirYear() {
        LocalDate pub = LocalDate.parse("2025-02-10");
        FuzzyDate autumn2022 = new FuzzyDate(LocalDate.parse("2022-09-01"), DatePrecision.SEASON);
        assertEquals(autumn2022, read("en", "in the autumn of 2022", pub).get(0).date());
        assertEquals(autumn2022, read("de", "im Herbst 2022", pub).get(0).date());
        assertEquals(autumn2022, read("ru", "осенью 2022 года", pub).get(0).date());
        assertEquals(autumn2022, read("uk", "восени 2022 року", pub).get(0).date());
        assertEquals(autumn2022, read("es", "en otoño de 2022", pub).get(0).date());
        assertEquals(new FuzzyDate(LocalDate.parse("2023-06-01"), DatePrecision.SEASON),
                read("fr", "à l'été 2023", pub).get(0).date());
        // a winter is named by the year it ends in
        assertEquals(new FuzzyDate(LocalDate.parse("2023-12-01"), DatePrecision.SEASON),
                read("en", "in winter 2024", pub).get(0).date());
        // without a year, a season is no date; the French past participle is no summer
        assertEquals(List.of(), read("en", "fighting may ease this summer", pub));
        assertEquals(List.of(), read("fr", "la ville a été reprise", pub));
    }

    @Test
    void modalMayIsNotAMonth() {
        assertEquals(List.of(), read("en", "the town may fall soon", LocalDate.parse("2025-02-10")));
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertEquals(List.of(), read("en", "on February 31", LocalDate.parse("2025-03-10")));
    }

    @Property(tries = 300)
    void neverThrows(@ForAll String text, @ForAll @IntRange(min = 1950, max = 2090) int year,
                     @ForAll @IntRange(min = 1, max = 365) int day) {
        LocalDate pub = LocalDate.ofYearDay(year, day);
        for (String lang : RuleBook.SHIPPED) {
            read(lang, text, pub);
            read(lang, text, null);
            read(lang, "on " + text + " 14 July " + day, pub);
        }
    }
}
