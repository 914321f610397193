package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sides and places read across clauses: genitive attackers, subjects shared after "but" or by a
 * fight verb after "and", fronted objects, "fell back". Sentences written for these tests.
 */
class ClauseSideTest {

    /** The sentence gives exactly these claims, in order: a wrong extra claim fails too. */
    private static void gives(String lang, String text, String... expected) {
        List<String> got = Fixtures.summaries(Fixtures.extract(lang, "2024-03-20", text));
        assertEquals(List.of(expected), got, text);
    }

    @Test
    void aGenitiveAfterAnAttackNounNamesTheAttackers() {
        gives("es", "Las tropas ucranianas resisten los asaltos de las fuerzas rusas en Krynky.", "Krynky fighting RU asserted");
        gives("de", "Ukrainische Soldaten wehren die Angriffe der russischen Armee in Krynky ab.", "Krynky fighting RU asserted");
        // No patient verb ("repelled") to read the attacker from: the genitive alone names them.
        gives("en", "Ukrainian officers reported attacks of Russian troops near Bakhmut.", "Bakhmut fighting RU asserted");
    }

    @Test
    void aGenitiveAfterAShellingNamesItsTargetNotTheShooters() {
        gives("en", "Ukrainian gunners kept up the shelling of Russian positions near Bakhmut.", "Bakhmut shelled UA asserted");
    }

    @Test
    void aClauseAfterButSharesTheSubjectItLeavesOut() {
        gives("en", "Russian troops failed to take Kupiansk but keep attacking the town from the north.",
                "Kupiansk captured RU denied", "Kupiansk fighting RU asserted"); // a negated capture is kept, denied
        gives("uk", "Російські війська не змогли взяти Вовчанськ, проте продовжують штурмувати північну частину міста.",
                "Vovchansk captured RU denied", "Vovchansk fighting RU asserted");
    }

    @Test
    void aFightVerbAfterAndSharesTheSubject() {
        gives("es", "Las fuerzas rusas han entrado en el este de Lyman y combaten en las calles de la ciudad.",
                "Lyman captured RU asserted", "Lyman fighting RU asserted"); // "entered" counts as captured
    }

    @Test
    void aPlaceOpeningTheSentenceIsTheObjectOfTheVerbAfterIt() {
        gives("uk", "Куп'янськ уночі атакували ударні дрони.", "Kupiansk shelled RU asserted");
        gives("ru", "Купянск ночью атаковали ударные дроны.", "Kupiansk shelled RU asserted");
    }

    @Test
    void fellBackIsAWithdrawalNotAFall() {
        gives("en", "Ukrainian troops fell back from positions near Krynky.", "Krynky withdrew UA asserted");
    }

    @Test
    void theSpeakerOfAnInvertedReportingClauseIsNotTheSubject() {
        gives("ru", "Российские штурмовые группы, как признают украинские военные, закрепились в центре Покровска.",
                "Pokrovsk advancing RU asserted");
        // a source phrase closed by a comma names no speaker of what follows
        gives("uk", "За даними Генштабу, ворог атакував біля Часового Яру.", "Chasiv Yar fighting RU asserted");
    }

    @Test
    void aSideWordQualifyingTheStrikeWeaponNamesTheShooter() {
        gives("de", "Kupjansk wird fast täglich mit russischen Gleitbomben angegriffen.", "Kupiansk shelled RU asserted");
        gives("ru", "Губернатор сообщил об ударах российских управляемых бомб по Покровску.", "Pokrovsk shelled RU asserted");
    }

    @Test
    void aReportingAsideBetweenCommasKeepsTheClauseWhole() {
        gives("ru", "На окраинах Покровска, добавил генерал, идут упорные бои.", "Pokrovsk fighting - asserted");
        gives("ru", "На окраинах Покровска идут упорные бои.", "Pokrovsk fighting - asserted");
    }

    @Test
    void aTargetMarkerThatIntroducesThePlaceNamesNoTarget() {
        // "на" takes the place here; the Russian troops after it attack, they are not attacked
        gives("ru", "Наступление на Покровск российские войска начали ещё в октябре.", "Pokrovsk fighting RU asserted");
        gives("ru", "Удары по позициям ВСУ у Покровска не прекращаются.", "Pokrovsk shelled RU asserted");
    }

    @Test
    void aConditionalClauseBeforeTheMainOneEndsAtItsComma() {
        // the enemy is the subject of the "if" clause; the main clause names who is threatened
        gives("uk", "Якщо противнику вдасться закріпити успіх, під загрозою оточення опиняться українські сили в Покровську.",
                "Pokrovsk encircled RU forecast");
        // a side word in a conditional clause after the encirclement is not its object but the one closing it
        gives("uk", "Головна небезпека — можливе оточення Покровська, якщо росіянам вдасться замкнути кільце.",
                "Pokrovsk encircled RU forecast");
    }

    @Test
    void theLatterIsTheLastPlaceNamed() {
        gives("fr", "Les troupes russes attaquent Bakhmout et Pokrovsk. Dans cette dernière, les combats se poursuivent.",
                "Bakhmut fighting RU asserted", "Pokrovsk fighting RU asserted",
                "Pokrovsk fighting RU asserted"); // the second sentence's fight, its side from the first
        gives("es", "Las tropas rusas volvieron a tomar Pokrovsk.", "Pokrovsk retaken RU asserted");
    }

    @Test
    void theGenitiveAfterARepelledAttackNamesTheAttacker() {
        gives("ru", "У Покровска отражены контратаки ВСУ.", "Pokrovsk fighting UA asserted");
        // the enemy of the clause's subject
        gives("ru", "Силы обороны отразили атаки противника у Покровска.", "Pokrovsk fighting RU asserted");
    }

    @Test
    void aRepelledAttemptToAdvanceIsAFight() {
        gives("uk", "Сили оборони відбили спроби противника просунутися поблизу Покровська.", "Pokrovsk fighting RU asserted");
        gives("uk", "Міноборони Росії заявило про повний контроль над Покровськом.", "Pokrovsk captured RU asserted");
    }

    @Test
    void theAddresseeOfAReportIsOutsideTheReportedClause() {
        // "Putin" is told, not taken: the capture's side comes from the article's withdrawal
        gives("en", "Ukrainian troops withdrew from Pokrovsk. Hours later the minister reported to President Putin "
                + "that Pokrovsk had been fully taken.", "Pokrovsk withdrew UA asserted", "Pokrovsk captured RU asserted");
    }
}
