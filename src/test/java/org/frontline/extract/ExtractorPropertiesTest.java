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
import org.frontline.model.ClaimType;
import org.frontline.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Invariants of every extraction: no exception, offsets inside the text, quotes equal to their span, claim keys
 * unique (the store keeps one claim a key).
 */
class ExtractorPropertiesTest {

    private static final List<String> WORDS = List.of("Russian", "forces", "captured", "Toretsk", "Покровськ",
            "the city", "denied", "toward", "km from", "on", "Tuesday", "14", "July", ".", "\n", ",", "village of",
            "Zolota", "Hirka", "liberaron", "la ciudad de", "окружены", "Pokrovsk", "could", "fall", "Mr.", "-", "(",
            "am 14.", "Juli", "eingenommen", "reprise", "Bakhmout", "ont", "pris", "Kyiv", "'s", "years ago", "\u2019",
            "and", "Klishchiivka", "attacks near", "both villages", "repelled");

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

    /** "both villages" stands for two places at one anaphor: each keeps a mention, and so a key, of its own. */
    @Test
    void twoPlacesOfOneAnaphorKeepKeysOfTheirOwn() {
        String text = "Ukraine said it had retaken Kurakhove and Selydove. Russia's defence ministry said its units had"
                + " repelled Ukrainian attacks near both villages.";
        check(text, "en");
        Extraction e = Fixtures.EXTRACTOR.extract(new ArticleText(text, "en", LocalDate.of(2025, 2, 10), null, "p"));
        assertEquals(2, e.claims().stream().filter(c -> c.type() == ClaimType.FIGHTING).count(),
                () -> Fixtures.summaries(e).toString());
    }

    private static void check(String text, String language) {
        Extraction e = Fixtures.EXTRACTOR.extract(new ArticleText(text, language, LocalDate.of(2025, 2, 10), null, "p"));
        assertEquals(e.claims().size(), e.claims().stream().map(Claim::key).distinct().count(),
                () -> "claim keys repeat: " + e.claims().stream().map(Claim::key).toList());
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
