package org.frontline.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameFinderTest {
    private static NameFinder finder;

    @BeforeAll
    static void load() {
        finder = new NameFinder(Gazetteer.loadDefault());
    }

    private static List<String> surfaces(String text, String lang) {
        List<NameMatch> found = finder.find(text, lang);
        for (NameMatch m : found) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()), "offsets of " + m);
        }
        return found.stream().map(NameMatch::surface).toList();
    }

    @Test
    void findsMultiWordNamesWithExactOffsets() {
        String text = "Russian troops entered Chasiv Yar, Velyka Novosilka and Niu-York, officials said.";
        assertEquals(List.of("Chasiv Yar", "Velyka Novosilka", "Niu-York"), surfaces(text, "en"));
        NameMatch m = finder.find(text, "en").get(0);
        assertEquals(23, m.start());
        assertEquals(33, m.end());
        assertEquals(List.of(710915L), m.placeIds());
    }

    @Test
    void aNameWithAnApostropheIsFoundWholeAndNeverByItsFirstSyllable() {
        assertEquals(List.of("Лук'янців"), surfaces("Підрозділи відвели з Лук'янців.", "uk"));
        assertEquals(List.of(), surfaces("Підрозділи відвели з Лук'ядівки.", "uk")); // not Луків
    }

    @Test
    void findsInflectedRussianAndUkrainianForms() {
        assertEquals(List.of("Бахмуте", "Авдеевкой", "Часовом Яре"),
                surfaces("Бои идут в Бахмуте, под Авдеевкой и в Часовом Яре.", "ru"));
        assertEquals(List.of("Покровська", "Торецьку"), surfaces("Бої біля Покровська та у Торецьку.", "uk"));
        // the genitive and locative plural of an adjective in a name: -их, -ых
        assertEquals(List.of("Казачьих Лагерей", "Козачих Лагерях"),
                surfaces("Бои у Казачьих Лагерей; бої в Козачих Лагерях.", "ru"));
        NameMatch m = finder.find("в Бахмуте", "ru").get(0);
        assertEquals(MatchKind.INFLECTED, m.kind());
    }

    @Test
    void aCitysShortExonymIsFoundButNotATownsShortAlternateName() {
        // "Kiev", "Kiew", "Київ" are alternate names of four letters: junk for a town, not for a city
        assertEquals(List.of("Kiev", "Kiew", "Київ"), surfaces("Drones over Kiev; Raketen auf Kiew; удар по місту Київ.", "en"));
        assertEquals(List.of(), surfaces("Drohnen über Asow.", "de")); // a German name of Azov, a town of 82,000
    }

    @Test
    void findsFeaturesNamedAfterTowns() {
        List<NameMatch> found = finder.find("Shelling hit the Toretska mine; la mina Toretskaya; шахта Торецкая.", "en");
        assertEquals(3, found.size(), found.toString());
        for (NameMatch m : found) {
            assertEquals(MatchKind.FEATURE, m.kind());
            assertTrue(m.placeIds().contains(709354L), m.toString());
        }
        assertEquals("Toretska mine", found.get(0).surface());
    }

    @Test
    void skipsCommonWordsAndLowerCaseWords() {
        assertEquals(List.of(), surfaces("May 9 is Victory Day. Peace, not war. Мир и Победа. The mine was closed in may.", "en"));
        assertEquals(List.of("Sumy"), surfaces("Roy said the drone hit Sumy.", "en"));
    }

    @Test
    void findsAliasesAndPressSpellings() {
        assertEquals(List.of("Awdijiwka", "Bachmut", "Saporischschja"),
                surfaces("Die Kämpfe um Awdijiwka, Bachmut und Saporischschja gehen weiter.", "de"));
        assertEquals(List.of("Artemovsk"), surfaces("Formerly Artemovsk.", "en"));
    }
}
