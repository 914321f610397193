package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.frontline.model.Claim;
import org.frontline.model.PlaceMention;

/**
 * Adds to {@link ExtractorPropertiesTest}: each try has a deadline (no runaway regular
 * expression or loop), texts mix scripts, combining marks, surrogate pairs, control characters
 * and very long "sentences", and every event date lies within a century of publication.
 */
class ExtractorFuzzTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final List<String> PIECES = List.of("Russian forces captured", "Toretsk", "Покровськ", "окружены",
            "ЗСУ звільнили", "село", "\u0301", "😀", "\uD83C", "\u0000", "\u202E", "字", "\t", "\r\n", "...", "«", "»",
            "\"", "said", "denied", "on 31 February", "yesterday", "in 1943", "on 14 July 2099", "km", "north of",
            "Mr.", "U.S.", "(", ")", "—", "near", "Kupiansk-Vuzlovyi", "Vovchansk's", ";", "?!", "10", "2024");

    @Provide
    Arbitrary<String> messy() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> runOn() {
        // One sentence of up to 3,000 words: no full stop for the splitter to cut at.
        return Arbitraries.of("Russian", "forces", "captured", "Toretsk", "and", "Pokrovsk", "near", "the", "village",
                "of", ",").list().ofMinSize(500).ofMaxSize(3000).map(l -> String.join(" ", l));
    }

    @Property(tries = 200)
    void messyTextsKeepTheInvariantsInTime(@ForAll("messy") String text) {
        for (String lang : new String[] {null, "en", "uk", "ru"}) {
            check(text, lang);
        }
    }

    @Property(tries = 15)
    void longRunOnSentencesEndInTime(@ForAll("runOn") String text) {
        check(text, "en");
    }

    private static void check(String text, String language) {
        LocalDate published = LocalDate.of(2025, 2, 10);
        Extraction e = assertTimeoutPreemptively(DEADLINE,
                () -> Fixtures.EXTRACTOR.extract(new ArticleText(text, language, published, null, "p")));
        for (Claim c : e.claims()) {
            assertTrue(0 <= c.quoteStart() && c.quoteStart() < c.quoteEnd() && c.quoteEnd() <= text.length());
            assertEquals(text.substring(c.quoteStart(), c.quoteEnd()), c.quote());
            if (c.eventDate() != null) {
                LocalDate d = c.eventDate().date();
                assertTrue(Math.abs(d.getYear() - published.getYear()) <= 100, "event date " + d + " in " + text);
            }
        }
        for (PlaceMention m : e.mentions()) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length());
            assertEquals(text.substring(m.start(), m.end()), m.text(), "mention text differs from its span");
        }
    }
}
