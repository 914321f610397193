package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who fired at a place when the text does not say (sentences written for this test, read with the
 * shipped gazetteer and baseline as in {@link ListsAndEscapesTest}, published 2024-08-20): the side that
 * does not hold it. A Ukrainian town is struck by Russia, a town held by Russia since 2014 and a Russian
 * town by Ukraine; a change of hands the article tells as history, or dated before the strike's own
 * date, makes the gainer the holder; the fall that is the article's news does not, since the strikes
 * told beside it led up to it; a side the sentence names is kept.
 */
class ShellingSidesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the baseline: Ukrainian-held, held by Russia since 2014, in Russia
            "uk|Херсон знову потрапив під обстріл.|706448 shelled RU asserted",
            "de|Die Kleinstadt Orichiw wurde erneut mit Gleitbomben angegriffen.|698428 shelled RU asserted",
            "ru|Горловка вновь подверглась обстрелу.|707753 shelled UA asserted",
            "en|Belgorod was hit by drones overnight, the governor said.|578072 shelled UA asserted",
            // the sentence's own side wins over the baseline
            "en|Ukrainian artillery shelled Kherson overnight.|706448 shelled UA asserted",
            // a change of hands told as history
            "fr|Kherson, reprise par l'armée ukrainienne en novembre 2022, a de nouveau été bombardée.|706448 retaken UA historical;706448 shelled RU asserted",
            // a change dated before the strike's own date
            "es|Las tropas rusas tomaron Avdiivka en febrero. En abril, la ciudad fue bombardeada de nuevo.|713122 captured RU asserted;713122 shelled UA asserted",
            // the news of a fall: the strikes without a date of their own came before it
            "en|Russian forces captured Vuhledar on Tuesday. The town had been shelled for weeks.|9377604492 captured RU asserted;9377604492 shelled RU asserted",
    })
    void theShooterIsTheSideNotHoldingThePlace(String lang, String text, String expected) {
        List<String> want = Arrays.asList(expected.split(";"));
        assertEquals(want.stream().sorted().toList(), ListsAndEscapesTest.claims(lang, text), text);
    }
}
