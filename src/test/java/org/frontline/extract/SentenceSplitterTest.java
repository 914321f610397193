package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Datelines written for this test in the forms agencies use: split off as a paragraph of their own,
 * and openings that look alike but are sentences left whole; a live blog's time stamp left out of
 * the sentence it opens.
 */
class SentenceSplitterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KYIV, March 2 (AWS) - Russian troops attacked Irpin.|KYIV, March 2 (AWS) -",
            "MOSCOW/KYIV, Jan 6 (AWS) - Russia said its forces took a village.|MOSCOW/KYIV, Jan 6 (AWS) -",
            "SUMY, Ukraine, June 5 (TNS) - Drones struck the city.|SUMY, Ukraine, June 5 (TNS) -",
            "Kiew (nme) – Die ukrainische Armee meldet Erfolge.|Kiew (nme) –",
            "Bachmut/Moskau (adp) – Der Chef der Truppe sprach.|Bachmut/Moskau (adp) –",
            "JERSÓN (Ucrania), 11 nov (ALN).- Las tropas entraron en la ciudad.|JERSÓN (Ucrania), 11 nov (ALN).-",
            "MOSCÚ/KIEV, 21 (EUROPA NOTICIAS) El Ministerio de Defensa habló.|MOSCÚ/KIEV, 21 (EUROPA NOTICIAS)",
            "KIEV, 1 Abr. – Las fuerzas ucranianas avanzan.|KIEV, 1 Abr. –",
    })
    void aDatelineIsAParagraphOfItsOwn(String text, String dateline) {
        List<Sentence> sentences = new SentenceSplitter(null).split(text);
        Sentence first = sentences.get(0);
        assertEquals(dateline, text.substring(first.start(), first.end()));
        assertEquals(0, first.paragraph());
        assertEquals(1, sentences.get(1).paragraph(), "the text after the dateline starts the next paragraph");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russian troops – as the ministry said – took the village.",
            "Ukraine's General Staff said fighting went on.",
            "Kyiv says the town still holds.",
            "Avdiivka - a town of 30,000 before the war - has fallen.",
            "22 h 15 – Les troupes russes ont pris le village.",
    })
    void anOpeningThatIsNoDatelineStaysInItsSentence(String text) {
        assertEquals(0, SentenceSplitter.datelineEnd(text), text);
        assertEquals(0, new SentenceSplitter(null).split(text).get(0).paragraph());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Lage bleibt angespannt. +++ 15:20 Uhr +++ In Kostjantyniwka schlug eine Rakete ein.|In Kostjantyniwka schlug eine Rakete ein.",
            "The situation is tense. 15:05 In Kostiantynivka, Russian troops attacked.|In Kostiantynivka, Russian troops attacked.",
            "La situation reste tendue. 09:12 - Les troupes russes ont pris le village.|Les troupes russes ont pris le village.",
    })
    void aLiveBlogTimeStampOpeningASentenceIsNoWordOfIt(String text, String second) {
        Sentence s = new SentenceSplitter(null).split(text).get(1);
        assertEquals(second, text.substring(s.start(), s.end()));
    }

    /**
     * German words ending in "r.", "s.", "b." end sentences; "z. B.", "u. a.", "Nr.", "am 14. Juli" do not. An
     * abbreviation counts only as a whole word: German "am." is one, "Telegram." and "Potsdam." are none.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Die Truppen rücken bei Werbowe vor. Tokmak liegt weiter südlich. Dort wird gekämpft.|3",
            "de|Die Einheiten zogen sich aus der Stadt zurück. Wir sahen es. Der Rückzug kam nicht überraschend.|3",
            "de|Sie kamen von Osten her. Das Dorf liegt im Grab der Geschichte. Es ist leer.|3",
            "de|Einige Orte, z. B. Robotyne, wurden u. a. am 14. Juli beschossen. Das meldete Kiew.|2",
            "de|Die Brigade Nr. 47 rückte vor. Sie hielt die Stellung.|2",
            "en|He came to the bar. Then he left for Kyiv, e.g. by train.|2",
            "fr|Les troupes sont arrivées vers 8 h. Elles ont pris le village.|2",
            "de|Der Gouverneur schrieb es auf Telegram. Bei Kosinka wird gekämpft.|2",
            "de|Das Team kam aus Potsdam. Dann fuhr es nach Charkiw.|2",
            "de|Die Lage bleibt bedrohlich und ernst. Die Truppen halten Stellung.|2",
            "de|Der Angriff kam am 5. Sept. an die Grenze. Dr. Müller bestätigte es.|2",
            "en|Mr. Smith met U.S. Army officers in Kyiv. They left on Monday.|2",
            "es|Llegó el Sr. Pérez a Járkov. Luego se fue.|2",
            // a number ends a sentence where ordinals take no period: a live blog's time stamps
            "fr|Les unités se sont repliées de Soudja. 11 h 30. Moscou affirme avoir repris le village.|2",
            "en|The shelling of Kupiansk began at 5. Twelve people were wounded.|2",
    })
    void abbreviationsDoNotSwallowWordEndings(String language, String text, int count) {
        assertEquals(count, new SentenceSplitter(language).split(text).size(), text);
    }
}
