package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negated verbs that affirm ("fighting has not stopped", "не исключают") are no denial, and "not
 * ruling out" an outcome forecasts it, while a plain negation still denies. Sentences written for
 * these tests.
 */
class StatusCuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Fighting in Pokrovsk has not stopped.|Pokrovsk fighting - asserted",
            "en|Russian troops did not capture Pokrovsk.|Pokrovsk captured RU denied",
            "ru|На окраинах Покровска не прекращаются бои.|Pokrovsk fighting - asserted",
            "ru|Российские войска не взяли Покровск.|Pokrovsk captured RU denied",
            "uk|Бої за Покровськ не вщухають.|Pokrovsk fighting - asserted",
            "fr|Les combats ne cessent pas à Pokrovsk.|Pokrovsk fighting - asserted",
            "es|Los combates no cesan en Pokrovsk.|Pokrovsk fighting - asserted",
            "ru|Аналитики не исключают, что Покровск окажется в окружении.|Pokrovsk encircled RU forecast",
            "uk|Аналітики не виключають, що Покровськ опиниться в оточенні.|Pokrovsk encircled RU forecast",
    })
    void negatedVerbsThatAffirm(String lang, String text, String expected) {
        assertEquals(List.of(expected), Fixtures.summaries(Fixtures.extract(lang, "2024-03-20", text)), text);
    }
}
