package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claims of sentences written for these tests, read with the shipped gazetteer as in
 * {@link ListsAndEscapesTest}: verb forms (adverbial participles, impersonal participles, "returned
 * under the control of"), phrases (breaking through a defence, controlling the whole territory,
 * cutting a place off), a ministry named with its country's adjective, and case forms of plural
 * village names (Липцев, Лукьянцев).
 */
class FormsAndClaimantsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "uk|Російське Міноборони заявило, що його війська «повністю звільнили» Велику Новосілку.|690237 captured RU asserted",
            "uk|Українські бригади почали контрнаступ, звільнивши Сторожеве й Макарівку.|8000000025 captured UA asserted;8000000026 captured UA asserted",
            "uk|Лиман на Донеччині повністю зачищено, заявив президент Володимир Зеленський.|704204 captured UA asserted",
            "uk|Під контроль українських підрозділів повернулися також Білозерка та Чорнобаївка.|710715 retaken UA asserted;712508 retaken UA asserted",
            "ru|Генштаб ВСУ подчёркивает, что прорвать оборону у Липцев противнику не удалось.|9087225389 fighting RU asserted",
            "ru|Пригожин утверждал, что его штурмовые отряды контролируют всю территорию Соледара.|706757 captured RU asserted",
            "ru|Подразделения ВДВ отрезали Соледар с севера и юга.|706757 encircled RU asserted",
            "ru|Российские войска атаковали у Липцев и Лукьянцев.|9087225389 fighting RU asserted;9947960468 fighting RU asserted",
    })
    void claimsOf(String lang, String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertEquals(want.stream().sorted().toList(), ListsAndEscapesTest.claims(lang, text), text);
    }
}
