package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sides and places read across clauses: genitive attackers, subjects shared after "but" or by a
 * fight verb after "and", fronted objects, "fell back". Sentences written for these tests.
 */
class ClauseSideTest {

    private static void has(String lang, String text, String expected) {
        List<String> got = Fixtures.summaries(Fixtures.extract(lang, "2024-03-20", text));
        assertTrue(got.contains(expected), () -> "expected " + expected + " in: " + text + " got " + got);
    }

    @Test
    void aGenitiveAfterAnAttackNounNamesTheAttackers() {
        has("es", "Las tropas ucranianas resisten los asaltos de las fuerzas rusas en Krynky.", "Krynky fighting RU asserted");
        has("de", "Ukrainische Soldaten wehren die Angriffe der russischen Armee in Krynky ab.", "Krynky fighting RU asserted");
        has("en", "Ukrainian forces repelled attacks of Russian troops near Bakhmut.", "Bakhmut fighting RU asserted");
    }

    @Test
    void aClauseAfterButSharesTheSubjectItLeavesOut() {
        has("en", "Russian troops failed to take Kupiansk but keep attacking the town from the north.",
                "Kupiansk fighting RU asserted");
        has("uk", "Російські війська не змогли взяти Вовчанськ, проте продовжують штурмувати північну частину міста.",
                "Vovchansk fighting RU asserted");
    }

    @Test
    void aFightVerbAfterAndSharesTheSubject() {
        has("es", "Las fuerzas rusas han entrado en el este de Lyman y combaten en las calles de la ciudad.",
                "Lyman fighting RU asserted");
    }

    @Test
    void aPlaceOpeningTheSentenceIsTheObjectOfTheVerbAfterIt() {
        has("uk", "Куп'янськ уночі атакували ударні дрони.", "Kupiansk shelled - asserted");
        has("ru", "Купянск ночью атаковали ударные дроны.", "Kupiansk shelled - asserted");
    }

    @Test
    void fellBackIsAWithdrawalNotAFall() {
        has("en", "Ukrainian troops fell back from positions near Krynky.", "Krynky withdrew UA asserted");
    }
}
