package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Claim type, side and status on short sentences written for these tests, in the six languages.
 * Each row: language, publication date, text, the claims expected ("place type side status").
 */
class ExtractorFixturesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
            // English
            row("en", "2024-02-22", "Russian forces captured the village of Krynky on Tuesday, the Russian defence ministry said.",
                    "Krynky captured RU asserted"),
            row("en", "2023-09-01", "Ukrainian troops recaptured Robotyne, according to the Ukrainian General Staff.",
                    "Robotyne retaken UA asserted"),
            row("en", "2024-02-20", "Ukraine's army withdrew from Avdiivka last week.", "Avdiivka withdrew UA asserted"),
            row("en", "2024-10-01", "Kyiv denied Moscow's claim that Ukrainian units in Kupiansk were surrounded.",
                    "Kupiansk encircled RU denied"),
            row("en", "2024-05-20", "Analysts say Vovchansk could fall within days.", "Vovchansk captured - forecast"),
            row("en", "2025-05-01", "The Russian offensive toward Kostiantynivka has stalled, seven kilometres from Chasiv Yar."),
            row("en", "2025-05-01", "Supply routes through Pokrovsk remain open."),
            row("en", "2022-11-12", "The Russian army said it had completed its withdrawal across the Dnipro."),
            row("en", "2023-06-10", "Fighting continues near Kupiansk, beyond the Oskil.", "Kupiansk fighting - asserted"),
            row("en", "2024-06-01", "Russian troops shelled Kherson overnight.", "Kherson shelled RU asserted"),
            row("en", "2024-06-01", "Fighting continues around Siversk.", "Siversk fighting - asserted"),
            row("en", "2024-10-20", "Russian forces took control of Vuhledar in early October 2024.", "Vuhledar captured RU asserted"),
            row("en", "2025-03-01", "Russian forces captured Soledar in January 2023.", "Soledar captured RU historical"),
            row("en", "2024-06-01", "Russian forces will be forced to abandon Krynky.", "Krynky withdrew RU forecast"),
            row("en", "2025-06-01", "The fall of Avdiivka more than a year ago changed the front.", "Avdiivka captured - historical"),
            row("en", "2024-06-01", "Russian troops captured the village of Novoselivka Persha.", "?Novoselivka Persha captured RU asserted"),
            row("en", "2024-06-01", "Residents of Kharkiv said the night was calm."),
            row("en", "2024-06-01", "Russian forces did not capture Siversk.", "Siversk captured RU denied"),
            row("en", "2024-06-01", "Ukrainian forces have been pushed back from Robotyne.", "Robotyne withdrew UA asserted"),
            row("en", "2024-06-01", "Russian units advanced toward Pokrovsk from Selydove's outskirts.",
                    "Pokrovsk advancing RU asserted"),
            row("en", "2024-12-01", "Moscow said its troops had taken full control of Kurakhove, a claim Kyiv did not immediately confirm.",
                    "Kurakhove captured RU asserted"),
            row("en", "2024-12-02", "Ukraine's military said on Monday it had repelled Russian attacks near Pokrovsk and Kurakhove.",
                    "Pokrovsk fighting RU asserted", "Kurakhove fighting RU asserted"),
            row("en", "2024-12-02", "Russian forces are about 3 km from the centre of Pokrovsk."),
            row("en", "2024-05-12", "Russian troops entered Vovchansk from the north, the governor said.", "Vovchansk captured RU asserted"),
            row("en", "2025-02-01", "Ukrainian forces liberated Kherson in November 2022.", "Kherson captured UA historical"),
            row("en", "2025-02-01", "Russia claims to have captured Toretsk, but Ukraine says fighting continues in the city.",
                    "Toretsk captured RU asserted", "Toretsk fighting - asserted"),
            row("en", "2025-02-10", "Russian forces captured Soledar in January 2023 and are now advancing on Siversk.",
                    "Soledar captured RU historical", "Siversk advancing RU asserted"),
            row("en", "2025-02-10", "The Russian army has taken Avdiivka after months of fighting, Shoigu said.",
                    "Avdiivka captured RU asserted"),
            row("en", "2025-02-10", "Kyiv said Russian forces had been driven out of Vovchansk.", "Vovchansk withdrew RU asserted"),
            row("en", "2025-02-10", "Ukrainian drones struck an oil depot in Novorossiysk.", "?Novorossiysk shelled UA asserted"),
            row("en", "2025-02-10", "Russian forces captured the villages of Krynky and Robotyne.",
                    "Krynky captured RU asserted", "Robotyne captured RU asserted"),
            row("en", "2025-02-10", "Zelensky took a train to Kharkiv."),
            row("en", "2025-02-10", "Diplomats met in advance of talks in Istanbul."),
            row("en", "2025-02-10", "The talks took place in Kyiv after Russian attacks on Kharkiv.", "Kharkiv fighting RU asserted"),
            row("en", "2025-02-10", "The battle-hardened brigade was moved from Bakhmut to Pokrovsk."),
            row("en", "2025-02-10", "The mayor of Kharkiv said schools will reopen next week."),
            row("en", "2025-02-10", "Explosions were heard in Kherson overnight."),
            row("uk", "2025-02-10", "Мер Харкова заявив, що школи відкриються."),
            row("en", "2025-02-10", "Russian missiles struck Kyiv overnight.", "Kyiv shelled RU asserted"),
            row("en", "2025-02-10", "Kyiv said Russian drones struck Kharkiv.", "Kharkiv shelled RU asserted"),
            // Spanish
            row("es", "2024-12-01", "El Ministerio de Defensa de Rusia anunció la toma de Kurájove.", "Kurakhove captured RU asserted"),
            row("es", "2024-12-01", "Según el Estado Mayor ucraniano, las fuerzas rusas atacaron Pokrovsk en veinte ocasiones.",
                    "Pokrovsk fighting RU asserted"),
            row("es", "2024-02-20", "Las tropas rusas tomaron el control de Avdiivka el 17 de febrero.", "Avdiivka captured RU asserted"),
            row("es", "2024-02-20", "El ejército ucraniano se retiró de Avdéyevka.", "Avdiivka withdrew UA asserted"),
            row("es", "2024-10-01", "Kiev niega que sus tropas estén rodeadas en Kupiansk.", "Kupiansk encircled RU denied"),
            row("es", "2024-10-01", "Los combates continúan en Chasiv Yar, según el Estado Mayor ucraniano.", "Chasiv Yar fighting - asserted"),
            row("es", "2024-10-01", "Las fuerzas rusas avanzan hacia Pokrovsk."),
            row("es", "2024-10-01", "Dzerzhinsk se encuentra a 7 km de Gorlovka."),
            row("es", "2024-04-10", "A mediados de marzo, las tropas ucranianas recuperaron Robotyne.", "Robotyne retaken UA asserted"),
            row("es", "2024-04-10", "Ayer las tropas rusas bombardearon Jersón.", "Kherson shelled RU asserted"),
            row("es", "2025-02-10", "Moscú afirma que sus tropas han cercado Pokrovsk.", "Pokrovsk encircled RU asserted"),
            // French
            row("fr", "2023-05-21", "Les forces russes ont pris le contrôle de Bakhmout le 20 mai 2023, selon le ministère russe de la Défense.",
                    "Bakhmut captured RU asserted"),
            row("fr", "2023-02-10", "L'armée ukrainienne s'est retirée de Soledar.", "Soledar withdrew UA asserted"),
            row("fr", "2023-02-10", "Des combats ont lieu près de Vougledar mercredi.", "Vuhledar fighting - asserted"),
            row("fr", "2023-02-10", "Les troupes russes avancent vers Kramatorsk."),
            row("fr", "2024-02-10", "Kiev dément que ses troupes soient encerclées à Avdiïvka.", "Avdiivka encircled RU denied"),
            row("fr", "2023-02-10", "Les Russes n'ont pas pris Vougledar.", "Vuhledar captured RU denied"),
            row("fr", "2025-02-10", "Kiev dément l'encerclement de Pokrovsk.", "Pokrovsk encircled RU denied"),
            row("fr", "2025-02-10", "Les troupes russes sont à 5 km de Pokrovsk."),
            // German
            row("de", "2024-02-20", "Russische Truppen haben Awdijiwka eingenommen, teilte das russische Verteidigungsministerium mit.",
                    "Avdiivka captured RU asserted"),
            row("de", "2023-08-30", "Ukrainische Truppen haben Robotyne am 14. Juli zurückerobert.", "Robotyne retaken UA asserted"),
            row("de", "2024-02-20", "Die ukrainische Armee zog sich aus Awdijiwka zurück.", "Avdiivka withdrew UA asserted"),
            row("de", "2024-02-20", "Kämpfe bei Tschassiw Jar dauern an.", "Chasiv Yar fighting - asserted"),
            row("de", "2024-02-20", "Russische Einheiten rücken in Richtung Kramatorsk vor."),
            // repelled attacks told by one side were the other side's (extractor 11; side null before)
            row("de", "2025-02-10", "Nach Angaben des ukrainischen Generalstabs wurden Angriffe bei Pokrowsk abgewehrt.",
                    "Pokrovsk fighting RU asserted"),
            row("de", "2025-02-10", "Die Ukraine dementiert, dass ihre Truppen in Pokrowsk eingekesselt sind.", "Pokrovsk encircled RU denied"),
            // Russian
            row("ru", "2025-02-10", "Минобороны России сообщило, что российские войска освободили Торецк.", "Toretsk captured RU asserted"),
            row("ru", "2024-10-03", "ВСУ отступили из Угледара 1 октября.", "Vuhledar withdrew UA asserted"),
            row("ru", "2024-10-03", "Бои идут в районе Часова Яра.", "Chasiv Yar fighting - asserted"),
            row("ru", "2025-10-30", "Киев опроверг заявление о том, что ВСУ в Покровске окружены.", "Pokrovsk encircled RU denied"),
            row("ru", "2025-10-30", "Российские войска продвигаются в направлении Константиновки."),
            row("ru", "2025-07-16", "14 июля ВС РФ нанесли удар по Харькову.", "Kharkiv shelled RU asserted"),
            row("ru", "2025-07-16", "В мае 2023 года российские войска взяли Бахмут.", "Bakhmut captured RU historical"),
            row("ru", "2024-08-20", "По данным Минобороны РФ, подразделения группировки «Центр» освободили населенный пункт Новоселовка Первая.",
                    "?Новоселовка Первая captured RU asserted"),
            row("ru", "2024-10-02", "ВСУ оставили Угледар после тяжелых боев.", "Vuhledar withdrew UA asserted"),
            row("ru", "2025-02-10", "В Киеве опровергли информацию об окружении Покровска.", "Pokrovsk encircled RU denied"),
            row("ru", "2025-02-10", "Российские войска находятся в 5 км от Покровска."),
            row("ru", "2025-02-10", "На Покровском направлении противник атаковал 30 раз."),
            // Ukrainian
            row("uk", "2024-12-02", "Сили оборони України відбили атаку на Покровськ.", "Pokrovsk fighting RU asserted"),
            row("uk", "2023-09-01", "Сили оборони звільнили Роботине, повідомив Генштаб ЗСУ.", "Robotyne captured UA asserted"),
            row("uk", "2024-10-03", "Російські війська захопили Вугледар 1 жовтня.", "Vuhledar captured RU asserted"),
            row("uk", "2024-10-03", "Вчора ворог обстріляв Херсон.", "Kherson shelled RU asserted"),
            row("uk", "2024-02-20", "Українські підрозділи вийшли з Авдіївки.", "Avdiivka withdrew UA asserted"),
            row("uk", "2024-02-20", "Бої тривають у напрямку Костянтинівки."),
            row("uk", "2025-10-30", "Окупанти можуть оточити Покровськ.", "Pokrovsk encircled RU forecast"));
    }

    private static Arguments row(String lang, String published, String text, String... expected) {
        return Arguments.of(lang, published, text, List.of(expected));
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @MethodSource("cases")
    void readsClaims(String lang, String published, String text, List<String> expected) {
        assertEquals(expected, Fixtures.summaries(Fixtures.extract(lang, published, text)));
    }
}
