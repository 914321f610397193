package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the date resolver's dateline reading on any text: no exception, no runaway, and a
 * date found is a real date, written where it says, in the text, or comes with the reason it is none.
 */
class DatelinePropertiesTest {
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final List<String> PIECES = List.of("KYIV,", "Feb.", "30", "31", "29", "2025", "2024", "1899",
            "March", "марта", "березня", "2023-02-29", "2024-13-01", "14.07.2024", "31.04.2024", "(Reuters)", "-", "\u2014",
            "Mon", "г.", "9999", "0000-00-00", ".", ",", "\n", "July 4,", "4 July", "le 3 mars", "am 3. März", "Jan 1, 0");

    @Provide
    Arbitrary<String> datelines() {
        return Arbitraries.of(PIECES).list().ofMaxSize(25).map(l -> String.join(" ", l));
    }

    @Property(tries = 400)
    void anyTextGivesNoDateOrARealOneWhereItSays(@ForAll String text) {
        check(text);
    }

    @Property(tries = 600)
    void datelineLikeTextGivesNoDateOrARealOneWhereItSays(@ForAll("datelines") String text) {
        check(text);
    }

    private static void check(String text) {
        Optional<DatelineParser.Found> found = assertTimeoutPreemptively(DEADLINE, () -> DatelineParser.find(text));
        found.ifPresent(f -> {
            assertTrue(f.offset() >= 0 && f.offset() + f.written().length() <= text.length(), f.toString());
            assertEquals(f.written(), text.substring(f.offset(), f.offset() + f.written().length()));
            LocalDate d = f.date();
            if (d == null) {
                assertTrue(f.reason() != null && !f.reason().isBlank(), "no date and no reason: " + f);
            } else {
                assertTrue(d.getYear() >= 1900 && d.getYear() <= 2200, "absurd year in " + f);
            }
        });
    }
}
