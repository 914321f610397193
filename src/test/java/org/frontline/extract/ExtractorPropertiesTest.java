package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.frontline.model.Claim;
import org.frontline.model.PlaceMention;

/** Invariants of every extraction: no exception, offsets inside the text, quotes equal to their span. */
class ExtractorPropertiesTest {

    private static final List<String> WORDS = List.of("Russian", "forces", "captured", "Toretsk", "Покровськ",
            "the city", "denied", "toward", "km from", "on", "Tuesday", "14", "July", ".", "\n", ",", "village of",
            "Zolota", "Hirka", "liberaron", "la ciudad de", "окружены", "Pokrovsk", "could", "fall", "Mr.", "-", "(",
            "am 14.", "Juli", "eingenommen", "reprise", "Bakhmout", "ont", "pris", "Kyiv", "'s", "years ago", "\u2019");

    @Provide
    Arbitrary<String> warLike() {
        return Arbitraries.of(WORDS).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void arbitraryStringsNeverBreakTheExtractor(@ForAll String text) {
        check(text, null);
        check(text, "en");
    }

    @Property(tries = 300)
    void warLikeTextsKeepTheInvariants(@ForAll("warLike") String text) {
        for (String lang : List.of("en", "es", "de", "ru")) {
            check(text, lang);
        }
    }

    private static void check(String text, String language) {
        Extraction e = Fixtures.EXTRACTOR.extract(new ArticleText(text, language, LocalDate.of(2025, 2, 10), null, "p"));
        for (Claim c : e.claims()) {
            assertTrue(0 <= c.quoteStart() && c.quoteStart() < c.quoteEnd() && c.quoteEnd() <= text.length());
            assertEquals(text.substring(c.quoteStart(), c.quoteEnd()), c.quote());
            assertTrue(c.confidence() >= 0 && c.confidence() <= 1);
        }
        for (PlaceMention m : e.mentions()) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length());
        }
    }
}
