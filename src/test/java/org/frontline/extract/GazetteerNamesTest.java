package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names the name finder does not know in the form written, found with the full gazetteer: a
 * case form of a place known only in Latin letters, other transliterations, the first word of a
 * two-word name; and capitalised words that are no places (first names, "Тим часом", acronyms).
 * Sentences written for these tests.
 */
class GazetteerNamesTest {
    private static final GazetteerPlaceLookup LOOKUP = GazetteerPlaceLookup.loadDefault();
    private static final Extractor EXTRACTOR = Extractor.withDefaultRules(LOOKUP);

    private static List<String> claims(String lang, String text) {
        return EXTRACTOR.extract(new ArticleText(text, lang, LocalDate.parse("2024-08-20"), "Test Outlet", "h")).claims()
                .stream().map(GazetteerNamesTest::summary).toList();
    }

    private static String summary(Claim c) {
        return c.placeId() + " " + c.type().code() + " " + (c.side() == null ? "-" : c.side().name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru|Бои продолжаются у Торского.|9404089946 fighting -",
            "fr|Des assauts russes ont été repoussés près de Chtcherbynivka.|694290 fighting RU",
            "fr|Les défenseurs de Velyka Novossilka ont quitté la localité.|690237 withdrew UA", // the defenders of a town Ukraine held (since version 27)
            "de|Die Verteidiger wehrten mehrere russische Sturmangriffe auf Krasnohoriwka ab.|704393 fighting RU",
            "ru|Шойгу доложил Владимиру Путину, что российские войска взяли Торецк.|709354 captured RU",
            "uk|Тим часом росіяни обстріляли Харків.|706483 shelled RU",
    })
    void namesTheFinderMissedAndWordsThatAreNoNames(String lang, String text, String expected) {
        assertEquals(List.of(expected), claims(lang, text), text);
    }
}
